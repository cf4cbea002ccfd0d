package dev.linkkeeper.sites;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.nodes.Element;

/**
 * Metadata of a live WeChat article. 2025 pages carry Open Graph tags; 2018 pages only the
 * script variables ({@code var msg_title = "…"}, {@code var nickname = htmlDecode("…")},
 * {@code var ct = "unix"}), so both are read.
 */
final class WechatArticle {
  private WechatArticle() {}

  static Metadata read(Page page, String siteId) {
    MetaTags meta = new MetaTags(page.doc());
    String scripts = page.scripts();
    Element h = page.doc().getElementById("activity-name");
    String title = Text.firstNonBlank(
        meta.first("og:title"), variable(scripts, "msg_title"), h == null ? null : Text.clean(h.text()),
        Text.clean(page.doc().title()));
    String author = Text.firstNonBlank(variable(scripts, "nickname"), meta.first("og:article:author"));
    String description = Text.firstNonBlank(meta.first("og:description"), variable(scripts, "msg_desc"));
    String ct = variable(scripts, "ct");
    return MetaBuilder.empty()
        .title(Text.clean(title))
        .author(Text.clean(author))
        .description(Text.plain(description))
        .published(ct != null && ct.matches("\\d{1,12}") ? Dates.fromUnix(Long.parseLong(ct)) : null)
        .canonical(Text.firstNonBlank(meta.first("og:url"), variable(scripts, "msg_link")))
        .siteId(siteId)
        .build();
  }

  /**
   * A string assigned to a script variable: {@code var x = "v";}, {@code var x = 'v'.html(false);}
   * or {@code var x = htmlDecode("v");}, JavaScript escapes and HTML entities decoded.
   */
  static String variable(String scripts, String name) {
    Pattern p = Pattern.compile("\\bvar\\s+" + Pattern.quote(name)
        + "\\s*=\\s*(?:htmlDecode\\(\\s*)?(['\"])((?:\\\\.|(?!\\1).)*)\\1");
    Matcher m = p.matcher(scripts);
    if (!m.find()) return null;
    return Text.clean(unescapeJs(m.group(2)));
  }

  private static String unescapeJs(String s) {
    StringBuilder out = new StringBuilder();
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c != '\\' || i + 1 >= s.length()) {
        out.append(c);
        continue;
      }
      char n = s.charAt(++i);
      int digits = n == 'x' ? 2 : n == 'u' ? 4 : 0;
      Integer code = digits > 0 && i + digits < s.length() ? hex(s.substring(i + 1, i + 1 + digits)) : null;
      if (code != null) {
        out.append((char) code.intValue());
        i += digits;
      } else {
        out.append(switch (n) {
          case 'n' -> '\n';
          case 't' -> '\t';
          case 'r' -> '\r';
          default -> n;
        });
      }
    }
    return out.toString();
  }

  private static Integer hex(String digits) {
    try {
      return Integer.parseInt(digits, 16);
    } catch (NumberFormatException e) {
      return null;
    }
  }
}
