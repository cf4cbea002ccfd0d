package dev.linkkeeper.repair;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * How alike two paper titles are, 0 to 1: edit distance over the normalized titles (NFKC,
 * lower case, punctuation to spaces). Lists often put a short name before the title
 * ({@code GPT-3: Language Models are Few-Shot Learners}) that arXiv leaves out, or the other
 * way round, so the titles are also compared without such a prefix.
 */
final class TitleMatch {
  private static final Pattern PREFIX = Pattern.compile("^\\s*([\\p{L}\\p{N}.+-]+(?:\\s[\\p{L}\\p{N}.+-]+){0,2})\\s*:\\s+(.+)$");

  private TitleMatch() {}

  static double similarity(String a, String b) {
    double best = ratio(normalize(a), normalize(b));
    for (String x : new String[] {a, withoutPrefix(a)}) {
      for (String y : new String[] {b, withoutPrefix(b)}) {
        best = Math.max(best, ratio(normalize(x), normalize(y)));
      }
    }
    return best;
  }

  /** {@code GPT-3: Language Models ...} to {@code Language Models ...}; the title itself when it has no short prefix. */
  static String withoutPrefix(String title) {
    Matcher m = PREFIX.matcher(title);
    return m.matches() && m.group(2).strip().contains(" ") ? m.group(2).strip() : title;
  }

  static String normalize(String title) {
    String t = Normalizer.normalize(title, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT);
    return t.replaceAll("[^\\p{L}\\p{N}]+", " ").trim();
  }

  private static double ratio(String a, String b) {
    int max = Math.max(a.length(), b.length());
    return max == 0 ? 0 : 1.0 - (double) distance(a, b) / max;
  }

  /** Levenshtein distance with two rows. */
  static int distance(String a, String b) {
    int[] prev = new int[b.length() + 1];
    int[] cur = new int[b.length() + 1];
    for (int j = 0; j <= b.length(); j++) prev[j] = j;
    for (int i = 1; i <= a.length(); i++) {
      cur[0] = i;
      for (int j = 1; j <= b.length(); j++) {
        int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
        cur[j] = Math.min(Math.min(cur[j - 1] + 1, prev[j] + 1), prev[j - 1] + cost);
      }
      int[] t = prev;
      prev = cur;
      cur = t;
    }
    return prev[b.length()];
  }
}
