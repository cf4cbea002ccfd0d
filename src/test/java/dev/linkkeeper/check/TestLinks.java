package dev.linkkeeper.check;

import dev.linkkeeper.extract.Link;
import dev.linkkeeper.extract.LinkKind;
import dev.linkkeeper.extract.Source;
import dev.linkkeeper.extract.Target;
import java.util.List;

/** Links as extraction would hand them over. */
final class TestLinks {
  private TestLinks() {}

  static Link web(String url) {
    return new Link(url, url, LinkKind.INLINE, Target.WEB, null, null, source(url));
  }

  static Link of(String url, Target target) {
    return new Link(url, url, LinkKind.INLINE, target, null, null, source(url));
  }

  static Link invalid(String raw, String problem) {
    return new Link(null, raw, LinkKind.INLINE, Target.NONE, problem, null, source(raw));
  }

  static Link missing(String title) {
    return new Link(null, null, LinkKind.MISSING, Target.NONE, null, null, source(title));
  }

  static Link file(String path, boolean exists) {
    return new Link(path, path, LinkKind.RELATIVE, Target.FILE, null, exists, source(path));
  }

  private static List<Source> source(String text) {
    return List.of(new Source("lists/reading.md", 3, 5, text == null ? "" : text));
  }
}
