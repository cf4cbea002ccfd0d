package dev.linkkeeper.report;

import static org.assertj.core.api.Assertions.assertThat;

import dev.linkkeeper.check.LinkResult;
import dev.linkkeeper.check.SampleResults;
import dev.linkkeeper.verdict.Status;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

class JunitReporterTest {
  static Document parse(String xml) throws Exception {
    DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
    f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
    return f.newDocumentBuilder().parse(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)));
  }

  @Test
  void theSampleRunRendersAsTheGoldenFile() throws Exception {
    Golden.assertMatches("junit.xml", Golden.render(new JunitReporter(), SampleReport.withHistory()));
  }

  @Test
  void itIsWellFormedWithOneTestcasePerLinkAndTheRightCounts() throws Exception {
    ReportData data = SampleReport.withHistory();
    Element root = parse(Golden.render(new JunitReporter(), data)).getDocumentElement();
    assertThat(root.getTagName()).isEqualTo("testsuites");
    assertThat(root.getAttribute("tests")).isEqualTo(String.valueOf(data.results().size()));
    assertThat(root.getAttribute("failures")).isEqualTo("3"); // 2 broken + 1 invalid
    assertThat(root.getAttribute("skipped")).isEqualTo("4"); // blocked, transient, 2 skipped
    assertThat(root.getElementsByTagName("testcase").getLength()).isEqualTo(data.results().size());
    NodeList suites = root.getElementsByTagName("testsuite");
    List<String> names = new ArrayList<>();
    int tests = 0;
    for (int i = 0; i < suites.getLength(); i++) {
      Element suite = (Element) suites.item(i);
      names.add(suite.getAttribute("name"));
      tests += Integer.parseInt(suite.getAttribute("tests"));
      NodeList cases = suite.getElementsByTagName("testcase");
      assertThat(cases.getLength()).isEqualTo(Integer.parseInt(suite.getAttribute("tests")));
      for (int j = 0; j < cases.getLength(); j++) {
        assertThat(((Element) cases.item(j)).getAttribute("classname")).isEqualTo(suite.getAttribute("name"));
      }
    }
    assertThat(names).containsExactly("lists/a.md", "lists/b.md");
    assertThat(tests).isEqualTo(data.results().size());
  }

  @Test
  void brokenIsAFailureWithTheReasonAndBlockedIsSkippedWithTheReason() throws Exception {
    Document doc = parse(Golden.render(new JunitReporter(), SampleReport.withHistory()));
    Element failure = (Element) doc.getElementsByTagName("failure").item(1);
    assertThat(failure.getAttribute("message")).isEqualTo("HTTP 404 Not Found");
    assertThat(failure.getAttribute("type")).isEqualTo("broken/not-found");
    assertThat(failure.getTextContent()).contains("lists/a.md:3:5 Attention | <script>x</script>");
    Element skipped = (Element) doc.getElementsByTagName("skipped").item(0);
    assertThat(skipped.getAttribute("message")).isEqualTo("blocked: HTTP 403: anti-bot wall");
  }

  @Test
  void controlCharactersFromTheWebDoNotBreakTheXml() throws Exception {
    LinkResult nasty = SampleResults.web("https://x.example/", Status.BROKEN, "bad \u0000\u0007 answer \uD800]]>",
        SampleResults.src("a&b <c>.md", 1, "\u001b[31m red"));
    ReportData data = new ReportData(SampleReport.summary(1, List.of(nasty)), List.of(nasty));
    Document doc = parse(Golden.render(new JunitReporter(), data));
    Element failure = (Element) doc.getElementsByTagName("failure").item(0);
    assertThat(failure.getAttribute("message")).isEqualTo("bad \uFFFD\uFFFD answer \uFFFD]]>");
    assertThat(((Element) doc.getElementsByTagName("testcase").item(0)).getAttribute("classname")).isEqualTo("a&b <c>.md");
  }
}
