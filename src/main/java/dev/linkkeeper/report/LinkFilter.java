package dev.linkkeeper.report;

import dev.linkkeeper.extract.Source;
import dev.linkkeeper.verdict.Status;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The filters of {@code crawler query}; every one given must match (null or empty = any).
 *
 * @param statuses any of these statuses
 * @param site the site reader's name ({@code arxiv}, {@code zhihu}, ...), any case
 * @param list a list file (or a directory of lists) the link is written in, as given on the
 *     command line or just its trailing path ({@code must-read.md})
 * @param since the current status began at most this long ago ("what broke this week")
 * @param heldFor the current status has lasted at least this long ("blocked for a month")
 * @param grep text anywhere in URL, title, authors, abstract, reason or link text, any case
 */
public record LinkFilter(Set<Status> statuses, String site, String list, Duration since, Duration heldFor, String grep) {
  public LinkFilter {
    statuses = statuses == null ? Set.of() : Set.copyOf(statuses);
  }

  public static LinkFilter all() {
    return new LinkFilter(Set.of(), null, null, null, null, null);
  }

  public boolean test(MetadataRow r, Instant now) {
    if (!statuses.isEmpty() && !statuses.contains(r.status())) return false;
    if (site != null && !site.equalsIgnoreCase(r.site())) return false;
    if (list != null && r.sources().stream().noneMatch(s -> inList(s, list))) return false;
    if (since != null && (r.statusSince() == null || r.statusSince().isBefore(now.minus(since)))) return false;
    if (heldFor != null && (r.statusSince() == null || r.statusSince().isAfter(now.minus(heldFor)))) return false;
    return grep == null || haystack(r).contains(grep.toLowerCase(Locale.ROOT));
  }

  private static boolean inList(Source s, String list) {
    String file = tidy(s.file());
    String want = tidy(list);
    return file.equals(want) || file.endsWith("/" + want) || file.startsWith(want + "/") || file.contains("/" + want + "/");
  }

  private static String tidy(String path) {
    String p = path.replace('\\', '/');
    while (p.startsWith("./")) p = p.substring(2);
    while (p.endsWith("/")) p = p.substring(0, p.length() - 1);
    return p;
  }

  private static String haystack(MetadataRow r) {
    List<String> parts = new ArrayList<>(List.of(r.url(), nz(r.finalUrl()), nz(r.reason()), nz(r.metadata().title()),
        nz(r.metadata().abstractText()), nz(r.metadata().description()), nz(r.metadata().siteId())));
    parts.addAll(r.metadata().authors());
    r.sources().forEach(s -> parts.add(s.text()));
    return String.join("\n", parts).toLowerCase(Locale.ROOT);
  }

  private static String nz(String s) {
    return s == null ? "" : s;
  }
}
