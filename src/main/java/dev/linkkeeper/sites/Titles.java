package dev.linkkeeper.sites;

import java.util.List;
import java.util.regex.Pattern;

/** Site names that platforms glue onto page titles, removed so the title is the work's own. */
final class Titles {
  private static final List<Pattern> SUFFIXES = List.of(
      Pattern.compile("\\s*[-–—|]\\s*知乎$"),
      Pattern.compile("\\s*[-–—|]\\s*YouTube$"),
      Pattern.compile("_哔哩哔哩_bilibili$"),
      Pattern.compile("\\s*[-_]\\s*哔哩哔哩$"),
      Pattern.compile("_bilibili$"),
      Pattern.compile("(_[\\w\\-\\u4e00-\\u9fa5]{1,60}?的博客)?\\s*-\\s*CSDN博客$"),
      Pattern.compile("\\s*-\\s*掘金$"),
      Pattern.compile("\\s+\\|\\s+by\\s+.{1,80}?\\s+\\|\\s+Medium$"),
      Pattern.compile("\\s+\\|\\s+Medium$"),
      Pattern.compile("\\s*-\\s*简书$"),
      Pattern.compile("\\s+-\\s+[^-]{1,60}\\s+-\\s+博客园$"),
      Pattern.compile("\\s*-\\s*博客园$"),
      Pattern.compile("\\s*-\\s*腾讯云开发者社区-腾讯云$"),
      Pattern.compile("\\s*-\\s*51CTO博客$"));

  private Titles() {}

  /** The cleaned title without a known platform suffix; null when nothing is left. */
  static String trim(String title) {
    String t = Text.clean(title);
    if (t == null) return null;
    for (Pattern p : SUFFIXES) {
      String cut = p.matcher(t).replaceFirst("");
      if (!cut.equals(t) && !cut.isBlank()) {
        t = cut.trim();
      }
    }
    return t;
  }
}
