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

  /**
   * The literal word each suffix ends with ({@code 知乎}, {@code Medium}): a title not ending
   * with it cannot match, and most titles end with none, so no matcher is made for them.
   */
  private static final List<String> ENDINGS = SUFFIXES.stream().map(Titles::ending).toList();

  private Titles() {}

  /** The letters and digits just before a pattern's {@code $}. */
  static String ending(Pattern p) {
    String re = p.pattern();
    int end = re.endsWith("$") ? re.length() - 1 : re.length();
    int start = end;
    while (start > 0 && Character.isLetterOrDigit(re.charAt(start - 1))) start--;
    return re.substring(start, end);
  }

  /** The cleaned title without a known platform suffix; null when nothing is left. */
  static String trim(String title) {
    String t = Text.clean(title);
    if (t == null) return null;
    for (int i = 0; i < SUFFIXES.size(); i++) {
      if (!t.endsWith(ENDINGS.get(i))) continue;
      Pattern p = SUFFIXES.get(i);
      String cut = p.matcher(t).replaceFirst("");
      if (!cut.equals(t) && !cut.isBlank()) {
        t = cut.trim();
      }
    }
    return t;
  }
}
