package dev.linkkeeper.extract;

import static dev.linkkeeper.extract.Md.links;
import static dev.linkkeeper.extract.Md.only;
import static dev.linkkeeper.extract.Md.place;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TargetsTest {
  @Test
  void relativePathsResolveAgainstTheListDirectory() {
    String md = "[preface](./PREFACE.md) ![pic](picture/x.png \"t\") [index](./) [prev](0-1-intro) [up](../README.md#top)";
    assertThat(links(md)).extracting(Link::url, Link::raw, Link::kind, Link::target)
        .containsExactly(
            tuple("lists/PREFACE.md", "./PREFACE.md", LinkKind.RELATIVE, Target.FILE),
            tuple("lists/picture/x.png", "picture/x.png", LinkKind.RELATIVE, Target.FILE),
            tuple("lists", "./", LinkKind.RELATIVE, Target.FILE),
            tuple("lists/0-1-intro", "0-1-intro", LinkKind.RELATIVE, Target.FILE),
            tuple("README.md", "../README.md#top", LinkKind.RELATIVE, Target.FILE));
  }

  @Test
  void relativeLinksSayWhetherTheFileExists(@TempDir Path dir) throws IOException {
    Files.writeString(dir.resolve("here.md"), "x");
    Files.createDirectory(dir.resolve("sub dir"));
    List<Link> links = new Extractor().extractText("list.md", dir, "[a](here.md) [b](gone.md) [c](./) [d](sub%20dir)");
    assertThat(links).extracting(Link::exists).containsExactly(true, false, true, true);
    assertThat(links.get(3).url()).isEqualTo(dir.resolve("sub dir").toString());
  }

  @Test
  void rootRelativePathHasAProblem() {
    Link link = only("[home](/read/)");
    assertThat(link.target()).isEqualTo(Target.FILE);
    assertThat(link.problem()).startsWith("root-relative path");
  }

  @Test
  void contactScriptAnchorAndOtherSchemesAreRecognisedNeverFetched() {
    String md = "[mail](MAILTO:a@b.example) [call](tel:+1-555) [js](javascript:void(0)) [top](#Top) [ftp](ftp://files.example/x)";
    List<Link> links = links(md);
    assertThat(links).extracting(Link::url, Link::kind, Link::target)
        .containsExactly(
            tuple("mailto:a@b.example", LinkKind.INLINE, Target.CONTACT),
            tuple("tel:+1-555", LinkKind.INLINE, Target.CONTACT),
            tuple("javascript:void(0)", LinkKind.INLINE, Target.SCRIPT),
            tuple(Md.FILE + "#Top", LinkKind.INLINE, Target.ANCHOR),
            tuple("ftp://files.example/x", LinkKind.INLINE, Target.OTHER));
    assertThat(links).noneMatch(Link::fetchable);
  }

  @Test
  void schemeRelativeUrlIsHttps() {
    assertThat(only("[x](//cdn.example/lib.js)").url()).isEqualTo("https://cdn.example/lib.js");
  }

  @Test
  void relativeImageInHtmlIsRelative() {
    Link link = only("<img src=\"picture/a.png\">");
    assertThat(link.kind()).isEqualTo(LinkKind.RELATIVE);
    assertThat(place(link).column()).isEqualTo(11);
  }
}
