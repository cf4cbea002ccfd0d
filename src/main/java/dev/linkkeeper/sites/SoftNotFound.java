package dev.linkkeeper.sites;

import dev.linkkeeper.fetch.FetchResult;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * Pages that answer 200 but say the content is not there: an error title or heading, or a
 * deep link redirected to the site's home page.
 */
final class SoftNotFound {
  private static final org.jsoup.select.Evaluator H1 = org.jsoup.select.QueryParser.parse("h1");
  private static final Pattern STARTS_404 = Pattern.compile("^(error\\s*)?404\\b.*");
  private static final List<String> PHRASES = List.of(
      "page not found", "page does not exist", "page doesn't exist", "page cannot be found",
      "页面不存在", "页面找不到", "页面没有找到", "找不到页面", "找不到该页面", "页面已删除",
      "你似乎来到了没有知识存在的荒原", "文章不存在", "内容不存在");
  private static final Pattern HOME_PAGE = Pattern.compile("(?i)^/?((index|default)\\.\\w+)?$");

  private SoftNotFound() {}

  /** The reason ("soft 404 ...") or null when the page looks real. */
  static String reason(FetchResult fetch, Document doc) {
    if (redirectedHome(fetch)) return "soft 404 (redirected to the home page " + fetch.finalUrl() + ")";
    Element h1 = doc.selectFirst(H1);
    for (String text : new String[] {doc.title(), h1 == null ? null : h1.text()}) {
      String t = Text.clean(text);
      if (t != null && saysNotFound(t)) return "soft 404 (page says \"" + t + "\")";
    }
    return null;
  }

  static boolean saysNotFound(String text) {
    String t = text.toLowerCase(Locale.ROOT);
    if (STARTS_404.matcher(t).matches()) return true;
    for (String p : PHRASES) {
      if (t.contains(p)) return true;
    }
    return false;
  }

  /** A deep link that ended on "/" after redirects: the site forgot the page and sent us home. */
  static boolean redirectedHome(FetchResult fetch) {
    if (fetch.redirects().isEmpty()) return false;
    String from = Urls.path(fetch.url());
    String to = Urls.path(fetch.finalUrl());
    boolean deep = !HOME_PAGE.matcher(from).matches() || Urls.query(fetch.url()) != null;
    boolean home = HOME_PAGE.matcher(to).matches() && Urls.query(fetch.finalUrl()) == null;
    return deep && home;
  }
}
