package dev.linkkeeper.extract;

import java.nio.file.Path;
import java.util.List;

/** In-memory extraction for the focused tests: file {@code list.md} in directory {@code lists}. */
final class Md {
  static final String FILE = "lists/list.md";

  private Md() {}

  static List<Link> links(String markdown) {
    return new Extractor().extractText(FILE, Path.of("lists"), markdown);
  }

  static List<String> urls(String markdown) {
    return links(markdown).stream().map(l -> l.url() != null ? l.url() : l.kind().id() + ":" + l.sources().get(0).text()).toList();
  }

  static Link only(String markdown) {
    List<Link> links = links(markdown);
    if (links.size() != 1) {
      throw new AssertionError("expected one link, got " + links);
    }
    return links.get(0);
  }

  static Source place(Link link) {
    return link.sources().get(0);
  }
}
