package dev.linkkeeper.extract;

import java.util.List;
import java.util.Objects;

/**
 * One distinct link of the lists, with every place it is written.
 *
 * @param url normalized URL used for fetching and as identity (no fragment); null when the
 *     link has no usable URL ({@code MISSING}, or {@code problem} says why it is invalid)
 * @param raw the URL exactly as first written (fragment kept); null for a missing link
 * @param kind how it was (first) written
 * @param target what the checker does with it
 * @param problem why the link is unusable (e.g. "undefined reference", "invalid URL: ..."),
 *     null when it is fine
 * @param exists for {@code RELATIVE} links, whether the file exists; null otherwise
 * @param sources every place the link is written, in file order
 */
public record Link(
    String url,
    String raw,
    LinkKind kind,
    Target target,
    String problem,
    Boolean exists,
    List<Source> sources) {

  public Link {
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(target, "target");
    sources = List.copyOf(sources);
  }

  /** The key that merges several sources into one link: the URL, or for a link without one, its text. */
  public String identity() {
    if (url != null) {
      return url;
    }
    return kind.id() + ":" + (raw != null ? raw : sources.isEmpty() ? "" : sources.get(0).text());
  }

  public boolean fetchable() {
    return target == Target.WEB && problem == null && url != null;
  }
}
