package dev.linkkeeper.sites;

import dev.linkkeeper.fetch.Fetcher;
import dev.linkkeeper.fetch.Hop;
import dev.linkkeeper.verdict.Status;
import dev.linkkeeper.verdict.Verdict;
import java.net.URI;
import java.util.List;
import java.util.Set;
import org.jsoup.nodes.Element;

/**
 * WeChat official-account articles ({@code mp.weixin.qq.com/s/…}, {@code /s?__biz=…}). Every
 * answer is HTTP 200: deleted, violating, expired and migrated articles are small pages whose
 * {@code weui-msg__title} says why (broken, with that message); the "environment abnormal"
 * captcha is blocked. Metadata comes from Open Graph or, on older pages, the script variables.
 */
public final class WechatSite implements Site {
  private static final List<String> DOMAINS = List.of("mp.weixin.qq.com");
  private static final Set<String> ARTICLE_PARAMS = Set.of("__biz", "mid", "idx", "sn");
  private static final List<String> CAPTCHA = List.of("环境异常", "完成验证后即可继续访问", "wappoc_appmsgcaptcha");
  private static final List<String> GONE = List.of(
      "该内容已被发布者删除", "此内容因违规无法查看", "链接已过期", "该内容暂时无法查看", "该公众号已迁移",
      "此帐号已被封禁", "此帐号已自主注销", "内容已删除", "此内容被投诉且经审核涉嫌侵权");

  @Override
  public String name() {
    return "wechat";
  }

  @Override
  public boolean matches(URI url) {
    return Urls.hostIn(url, DOMAINS);
  }

  @Override
  public List<String> domains() {
    return DOMAINS;
  }

  /** {@code /s/ID} needs no parameter; {@code /s?…} needs only __biz, mid, idx and sn. */
  @Override
  public String canonical(String url) {
    String base = Urls.withoutFragment(url).replaceFirst("^http://", "https://");
    List<String> seg = Urls.segments(url);
    if (seg.size() == 2 && seg.get(0).equals("s")) {
      int q = base.indexOf('?');
      return q < 0 ? base : base.substring(0, q);
    }
    return Urls.removeParams(base, p -> !ARTICLE_PARAMS.contains(p));
  }

  @Override
  public SiteResult check(String url, Fetcher fetcher) {
    Page page = Page.get(fetcher, url);
    if (!page.fetch().ok() || !page.isHtml()) return page.result(page.verdict(), Metadata.EMPTY);
    if (captcha(page)) return page.result(Verdict.of(Status.BLOCKED, "environment abnormal (captcha)"), Metadata.EMPTY);
    String gone = gone(page);
    if (gone != null) return page.result(Verdict.of(Status.BROKEN, gone), Metadata.EMPTY);
    return page.result(page.verdict(), WechatArticle.read(page, siteId(url)));
  }

  private static boolean captcha(Page page) {
    for (Hop h : page.fetch().redirects()) {
      if (h.url().contains("wappoc_appmsgcaptcha")) return true;
    }
    if (page.fetch().finalUrl().contains("wappoc_appmsgcaptcha")) return true;
    String text = page.doc().title() + " " + messages(page);
    return CAPTCHA.stream().anyMatch(text::contains);
  }

  /** The page's own message when it is one of WeChat's "this article is gone" pages, or null. */
  private static String gone(Page page) {
    String message = Text.clean(messages(page));
    if (message != null) return message;
    // The small "temporarily unviewable" page has no weui markup, only a title and a <p>.
    String title = Text.clean(page.doc().title());
    for (String phrase : GONE) {
      if (title != null && title.contains(phrase)) return phrase;
    }
    Element body = page.doc().body();
    if (body != null && body.text().length() < 200) {
      for (String phrase : GONE) {
        if (body.text().contains(phrase)) return phrase;
      }
    }
    return null;
  }

  private static String messages(Page page) {
    StringBuilder sb = new StringBuilder();
    for (Element e : page.doc().getElementsByClass("weui-msg__title")) {
      sb.append(sb.length() == 0 ? "" : " ").append(e.text());
    }
    return sb.toString();
  }

  private static String siteId(String url) {
    List<String> seg = Urls.segments(url);
    if (seg.size() == 2 && seg.get(0).equals("s")) return seg.get(1);
    return Urls.param(url, "sn");
  }
}
