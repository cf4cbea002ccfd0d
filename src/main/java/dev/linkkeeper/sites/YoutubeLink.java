package dev.linkkeeper.sites;

import java.util.List;
import java.util.Locale;
import java.util.Set;

/** What a YouTube URL points at: a video, a playlist, a channel, a search or another page. */
record YoutubeLink(Kind kind, String id) {
  enum Kind { VIDEO, PLAYLIST, CHANNEL, SEARCH, PAGE }

  private static final Set<String> VIDEO_PREFIXES = Set.of("shorts", "embed", "live", "v", "e");
  private static final Set<String> CHANNEL_PREFIXES = Set.of("channel", "c", "user");

  static YoutubeLink of(String url) {
    String host = Urls.host(url);
    List<String> seg = Urls.segments(url);
    if (host.equals("youtu.be")) {
      return seg.isEmpty() ? new YoutubeLink(Kind.PAGE, null) : new YoutubeLink(Kind.VIDEO, seg.get(0));
    }
    String first = seg.isEmpty() ? "" : seg.get(0).toLowerCase(Locale.ROOT);
    String v = Urls.param(url, "v");
    if (first.equals("watch") && !Text.isBlank(v)) return new YoutubeLink(Kind.VIDEO, v);
    if (VIDEO_PREFIXES.contains(first) && seg.size() > 1) return new YoutubeLink(Kind.VIDEO, seg.get(1));
    String list = Urls.param(url, "list");
    if (first.equals("playlist") && !Text.isBlank(list)) return new YoutubeLink(Kind.PLAYLIST, list);
    if (first.startsWith("@")) return new YoutubeLink(Kind.CHANNEL, seg.get(0));
    if (CHANNEL_PREFIXES.contains(first) && seg.size() > 1) return new YoutubeLink(Kind.CHANNEL, seg.get(1));
    if (first.equals("results")) return new YoutubeLink(Kind.SEARCH, Urls.param(url, "search_query"));
    return new YoutubeLink(Kind.PAGE, null);
  }

  /** The one URL YouTube itself uses for this thing; pages keep their path on www. */
  String canonical(String url) {
    return switch (kind) {
      case VIDEO -> "https://www.youtube.com/watch?v=" + id;
      case PLAYLIST -> "https://www.youtube.com/playlist?list=" + id;
      default -> Urls.removeParams(url, p -> Urls.isTracking(p) || p.equals("si") || p.equals("feature") || p.equals("pp"))
          .replaceFirst("^http://", "https://")
          .replaceFirst("^https://(m\\.|music\\.)?youtube\\.com", "https://www.youtube.com");
    };
  }
}
