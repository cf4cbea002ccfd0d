package dev.linkkeeper.fetch;

/** One step of a redirect chain: the URL asked for and the status it answered with. */
public record Hop(String url, int status) {
  public boolean permanent() {
    return status == 301 || status == 308;
  }
}
