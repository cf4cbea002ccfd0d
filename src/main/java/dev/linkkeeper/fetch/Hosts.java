package dev.linkkeeper.fetch;

import okhttp3.HttpUrl;

/** The host a URL's requests go to, the key of politeness and scheduling. */
public final class Hosts {
  private Hosts() {}

  /** The lower-case host of an http(s) URL, or "" when it does not parse as one. */
  public static String of(String url) {
    HttpUrl parsed = url == null ? null : HttpUrl.parse(url);
    return parsed == null ? "" : parsed.host();
  }
}
