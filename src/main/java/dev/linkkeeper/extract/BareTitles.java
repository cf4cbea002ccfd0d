package dev.linkkeeper.extract;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.commonmark.node.ListItem;
import org.commonmark.node.Node;
import org.commonmark.node.Paragraph;
import org.commonmark.node.SourceSpan;

/**
 * Titles listed without any link ({@code kind: missing}, problem {@code "no link"}): reading
 * lists often name a paper and forget its URL. To stay clear of ordinary prose, task items
 * ({@code - [X] ChatGLM-6B 模型微调}) and syllabus bullets, only three citation shapes count,
 * and only when the list item (or paragraph) holds no link of any kind:
 *
 * <ol>
 *   <li><b>Quoted title</b>: a list item whose first line starts with a quoted title of two
 *       or more words: {@code 4. "Language Models are Unsupervised Multitask Learners" by
 *       Radford et al.}; the title is the quoted text.
 *   <li><b>Book citation</b>: a list item {@code Authors. Title}, where the authors are two or
 *       more capitalised names or initials joined by spaces, commas and "and" ({@code Ian
 *       Goodfellow, Yoshua Bengio, and Aaron Courville. Deep Learning}); the title runs to a
 *       parenthesis or the end, and has two or more words.
 *   <li><b>Report citation</b>: a one-line paragraph or item {@code Publisher | Title} (also
 *       with the full-width {@code ｜}): a publisher of one to three capitalised Latin words,
 *       then a Latin title of three or more words, optionally followed by its Chinese
 *       translation, which is left out of the title ({@code Gartner | Hype Cycle for Artificial
 *       Intelligence, 2023 人工智能...}). A line ending in a colon is a caption for a link
 *       below ({@code KDD'22 | 基于...：}), never a title.
 * </ol>
 *
 * The column is that of the title's first character.
 */
final class BareTitles {
  /** Titles are short; longer lines are prose, and the patterns need not scan them. */
  private static final int MAX_LINE = 400;
  private static final Pattern QUOTED = Pattern.compile("^[\"“]([^\"“”]+)[\"”]");
  private static final String NAME = "(?:\\p{Lu}[\\p{L}'’-]+|\\p{Lu}\\.)";
  private static final String JOIN = "(?:,?\\s+and\\s+|,\\s*|\\s+)";
  private static final String PARTICLE = "(?:von|van|de|der|den|da|di|du|le|la)\\s+";
  private static final Pattern CITATION = Pattern.compile(
      "^(" + NAME + "(?:" + JOIN + "(?:" + PARTICLE + ")?" + NAME + ")+)\\.\\s+(\\p{Lu}[^(]*?)\\s*(?:\\(.*)?$");
  private static final Pattern REPORT = Pattern.compile(
      "^(\\p{Lu}[A-Za-z0-9&'.-]*(?:\\s\\p{Lu}[A-Za-z0-9&'.-]*){0,2})\\s*[|｜]\\s*([A-Za-z0-9].*)$");

  private BareTitles() {}

  static List<Found> find(SourceText src, List<ListItem> items, List<Paragraph> paragraphs, List<Found> links) {
    int[] linked = links.stream().mapToInt(Found::offset).sorted().toArray();
    List<Found> titles = new ArrayList<>();
    for (ListItem item : items) {
      if (!(item.getFirstChild() instanceof Paragraph first) || hasLink(linked, item)) continue;
      Line line = firstLine(src, first);
      if (line.text().length() > MAX_LINE) continue;
      Found title = quoted(line);
      if (title == null) title = citation(line);
      if (title != null) titles.add(title);
    }
    for (Paragraph paragraph : paragraphs) {
      if (paragraph.getSourceSpans().size() != 1 || hasLink(linked, paragraph)) continue;
      Line line = firstLine(src, paragraph);
      Found title = line.text().length() > MAX_LINE ? null : report(line);
      if (title != null) titles.add(title);
    }
    return titles;
  }

  private record Line(String text, int offset) {}

  private static Line firstLine(SourceText src, Paragraph paragraph) {
    SourceSpan span = paragraph.getSourceSpans().get(0);
    String text = src.text().substring(span.getInputIndex(), span.getInputIndex() + span.getLength());
    int lead = text.length() - text.stripLeading().length();
    return new Line(text.strip(), span.getInputIndex() + lead);
  }

  private static boolean hasLink(int[] linked, Node node) {
    int start = Tree.start(node);
    int end = Tree.end(node);
    if (start < 0) return true;
    int i = Arrays.binarySearch(linked, start);
    int next = i >= 0 ? i : -i - 1;
    return next < linked.length && linked[next] < end;
  }

  private static Found quoted(Line line) {
    Matcher m = QUOTED.matcher(line.text());
    if (!m.find() || !m.group(1).strip().contains(" ")) return null;
    return title(m.group(1), line.offset() + m.start(1));
  }

  private static Found citation(Line line) {
    Matcher m = CITATION.matcher(line.text());
    if (!m.matches() || !m.group(2).contains(" ")) return null;
    return title(m.group(2), line.offset() + m.start(2));
  }

  private static Found report(Line line) {
    String text = line.text();
    if (text.endsWith(":") || text.endsWith("：")) return null;
    Matcher m = REPORT.matcher(text);
    if (!m.matches()) return null;
    String title = latinPart(m.group(2));
    if (title.split("\\s+").length < 3) return null;
    return title(title, line.offset() + m.start(2));
  }

  /** {@code Hype Cycle for AI, 2023 人工智能2023年...} to {@code Hype Cycle for AI, 2023}. */
  static String latinPart(String title) {
    int cut = 0;
    while (cut < title.length() && !isCjk(title.codePointAt(cut))) cut += Character.charCount(title.codePointAt(cut));
    // A number glued to the translation ("2023年") belongs to the translation.
    while (cut > 0 && cut < title.length() && Character.isLetterOrDigit(title.charAt(cut - 1)) && title.charAt(cut - 1) < 0x80) cut--;
    String latin = title.substring(0, cut);
    int end = latin.length();
    while (end > 0 && (Character.isWhitespace(latin.charAt(end - 1)) || Character.isSpaceChar(latin.charAt(end - 1))
        || "—–-:：|｜,，".indexOf(latin.charAt(end - 1)) >= 0)) end--;
    return latin.substring(0, end);
  }

  private static boolean isCjk(int cp) {
    Character.UnicodeScript script = Character.UnicodeScript.of(cp);
    return script == Character.UnicodeScript.HAN || script == Character.UnicodeScript.HIRAGANA
        || script == Character.UnicodeScript.KATAKANA || script == Character.UnicodeScript.HANGUL;
  }

  private static Found title(String title, int offset) {
    String text = title.strip();
    int lead = title.length() - title.stripLeading().length();
    text = text.endsWith(".") ? text.substring(0, text.length() - 1).strip() : text;
    return Found.missing(LinkContext.truncate(text), offset + lead, "no link");
  }
}
