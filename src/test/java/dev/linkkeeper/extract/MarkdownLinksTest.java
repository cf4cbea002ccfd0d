package dev.linkkeeper.extract;

import static dev.linkkeeper.extract.Md.links;
import static dev.linkkeeper.extract.Md.only;
import static dev.linkkeeper.extract.Md.place;
import static dev.linkkeeper.extract.Md.urls;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import org.junit.jupiter.api.Test;

class MarkdownLinksTest {
  @Test
  void inlineLinkIsPlacedAtItsUrlWithItsText() {
    Link link = only("see [the *paper*](https://arxiv.org/abs/1706.03762 \"title\") now");
    assertThat(link.kind()).isEqualTo(LinkKind.INLINE);
    assertThat(link.target()).isEqualTo(Target.WEB);
    assertThat(link.raw()).isEqualTo("https://arxiv.org/abs/1706.03762");
    assertThat(place(link)).extracting(Source::file, Source::line, Source::column, Source::text)
        .containsExactly(Md.FILE, 1, 19, "the paper");
  }

  @Test
  void referenceLinkIsPlacedAtItsDefinitionWithTheTextOfItsUse() {
    Link link = only("Read [the guide][g] first.\n\n[G]:   <https://example.com/a b>  \"Guide\"\n");
    assertThat(link.kind()).isEqualTo(LinkKind.REFERENCE);
    assertThat(link.url()).isEqualTo("https://example.com/a%20b");
    assertThat(link.raw()).isEqualTo("https://example.com/a b");
    assertThat(place(link)).extracting(Source::line, Source::column, Source::text).containsExactly(3, 9, "the guide");
  }

  @Test
  void collapsedAndShortcutReferencesUseTheirDefinition() {
    assertThat(links("[Foo][] and [bar]\n\n[foo]: https://foo.org\n[bar]: https://bar.org\n"))
        .extracting(Link::url, Link::kind, l -> place(l).text())
        .containsExactly(tuple("https://foo.org/", LinkKind.REFERENCE, "Foo"), tuple("https://bar.org/", LinkKind.REFERENCE, "bar"));
  }

  @Test
  void autolinkIsPlacedInsideItsAngleBrackets() {
    Link link = only("Site: <https://Example.COM:443/x>\n");
    assertThat(link.kind()).isEqualTo(LinkKind.AUTOLINK);
    assertThat(link.url()).isEqualTo("https://example.com/x");
    assertThat(place(link)).extracting(Source::column, Source::text).containsExactly(8, "Site");
  }

  @Test
  void emailAutolinkIsAContact() {
    Link link = only("<someone@example.com>");
    assertThat(link.url()).isEqualTo("mailto:someone@example.com");
    assertThat(link.target()).isEqualTo(Target.CONTACT);
    assertThat(place(link).column()).isEqualTo(2);
  }

  @Test
  void imageIsALinkWithItsAltText() {
    Link link = only("![alt text](https://img.example/x.png \"t\")");
    assertThat(link.url()).isEqualTo("https://img.example/x.png");
    assertThat(place(link)).extracting(Source::column, Source::text).containsExactly(13, "alt text");
  }

  @Test
  void badgeImageInsideALinkGivesBothUrls() {
    assertThat(links("[![build](https://ci.example/badge.svg)](https://ci.example/job)"))
        .extracting(Link::url, l -> place(l).column())
        .containsExactly(tuple("https://ci.example/badge.svg", 11), tuple("https://ci.example/job", 42));
  }

  @Test
  void anchorAndImageInBlockHtml() {
    String md = "<p align=\"center\"><a href=\"https://www.youtube.com/watch?v=2IK3DFHRFfw&amp;t=1\">图片出处</a>\n"
        + "<img src='pic.png' alt=\"A picture\"></p>\n";
    assertThat(links(md)).extracting(Link::url, Link::kind, l -> place(l).line(), l -> place(l).column(), l -> place(l).text())
        .containsExactly(
            tuple("https://www.youtube.com/watch?v=2IK3DFHRFfw&t=1", LinkKind.HTML, 1, 28, "图片出处"),
            tuple("lists/pic.png", LinkKind.RELATIVE, 2, 11, "A picture"));
  }

  @Test
  void anchorInInlineHtmlTakesTheTextUpToItsEnd() {
    Link link = only("Go <a href=\"https://example.org/\">to the <b>site</b></a> now");
    assertThat(link.kind()).isEqualTo(LinkKind.HTML);
    assertThat(place(link)).extracting(Source::column, Source::text).containsExactly(13, "to the site");
  }

  @Test
  void anAnchorLeftOpenEndsWhereTheNextAnchorStarts() {
    assertThat(links("<a href=\"https://a.example/\">first <a href=\"https://b.example/\">second</a>"))
        .extracting(l -> place(l).text()).containsExactly("first", "second");
  }

  @Test
  void htmlCommentsHoldNoLinks() {
    assertThat(links("<!-- <a href=\"https://hidden.example\">x</a> -->\n\ntext <!-- https://hidden.example/2 -->")).isEmpty();
  }

  @Test
  void linksInTablesAndNestedListsAreFound() {
    String md = "| name | link |\n| --- | --- |\n| A | [a](https://a.example/) |\n\n"
        + "- one\n  - two\n    1. [deep](https://deep.example/)\n";
    assertThat(links(md)).extracting(Link::url, l -> place(l).line(), l -> place(l).column())
        .containsExactly(tuple("https://a.example/", 3, 11), tuple("https://deep.example/", 7, 15));
  }

  @Test
  void codeBlocksAndCodeSpansHoldNoLinks() {
    String md = "```\n[a](https://fenced.example)\nhttps://fenced.example/2\n```\n\n"
        + "    https://indented.example\n\n"
        + "Use `curl https://span.example` or ``[x](https://span2.example)``; see https://real.example\n";
    assertThat(urls(md)).containsExactly("https://real.example/");
  }

  @Test
  void anUnterminatedFenceMakesTheRestCode() {
    assertThat(urls("[before](https://before.example)\n\n~~~\n[after](https://after.example)\n\nhttps://after.example/2\n"))
        .containsExactly("https://before.example/");
  }

  @Test
  void frontMatterIsNeitherLinksNorASetextUnderline() {
    String md = "---\nlayout: post\nurl: https://front.example\ntitle: [x](https://front.example/2)\n---\n"
        + "Heading text https://body.example\n";
    Link link = only(md);
    assertThat(link.url()).isEqualTo("https://body.example/");
    assertThat(place(link)).extracting(Source::line, Source::column, Source::text).containsExactly(6, 14, "Heading text");
  }

  @Test
  void aDashLineWithoutClosingIsNoFrontMatter() {
    assertThat(urls("---\nhttps://after-rule.example\n")).containsExactly("https://after-rule.example/");
  }

  @Test
  void multiLineLinkIsPlacedOnTheUrlsLine() {
    Link link = only("[a long\ntitle](\n   https://wrapped.example/x)");
    assertThat(place(link)).extracting(Source::line, Source::column, Source::text).containsExactly(3, 4, "a long title");
  }

  @Test
  void escapedCharactersStayInRawButNotInTheUrl() {
    Link link = only("[a](https://x.example/a\\_b\\(c\\))");
    assertThat(link.raw()).isEqualTo("https://x.example/a\\_b\\(c\\)");
    assertThat(link.url()).isEqualTo("https://x.example/a_b(c)");
  }

  @Test
  void emptyDestinationIsAMissingLink() {
    Link link = only("- [Slides]()");
    assertThat(link.kind()).isEqualTo(LinkKind.MISSING);
    assertThat(link.problem()).isEqualTo("empty URL");
    assertThat(place(link)).extracting(Source::column, Source::text).containsExactly(3, "Slides");
  }

  @Test
  void invalidUrlIsReportedNotThrown() {
    Link link = only("[x](<http://exa mple.com>)");
    assertThat(link.url()).isNull();
    assertThat(link.target()).isEqualTo(Target.NONE);
    assertThat(link.problem()).isEqualTo("invalid URL: space in host 'exa mple.com'");
    assertThat(link.raw()).isEqualTo("http://exa mple.com");
  }

  @Test
  void sameUrlInSeveralPlacesIsOneLinkWithSourcesInOrder() {
    Link link = only("[a](https://x.example/#one)\n\nagain: https://X.example/#two\n\n[b](https://x.example)");
    assertThat(link.raw()).isEqualTo("https://x.example/#one");
    assertThat(link.sources()).extracting(Source::line, Source::text).containsExactly(tuple(1, "a"), tuple(3, "again"), tuple(5, "b"));
  }
}
