package dev.linkkeeper.report;

import dev.linkkeeper.check.LinkResult;
import dev.linkkeeper.extract.Source;
import dev.linkkeeper.verdict.Status;
import java.io.IOException;
import java.io.Writer;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

/**
 * {@code junit.xml} for CI test tabs: one test suite per list file, one test case per link
 * (class name = the file it is first written in, name = the URL). Broken and invalid links are
 * failures with the reason; blocked, transient and skipped links are skipped with the reason,
 * since nobody can fix them in the list; ok and redirected links pass.
 */
public final class JunitReporter implements Reporter {
  @Override
  public String fileName() {
    return "junit.xml";
  }

  @Override
  public void render(ReportData data, Writer out) throws IOException {
    try {
      XMLStreamWriter x = XMLOutputFactory.newFactory().createXMLStreamWriter(out);
      x.writeStartDocument("UTF-8", "1.0");
      x.writeCharacters("\n");
      x.writeStartElement("testsuites");
      x.writeAttribute("name", "linkkeeper");
      counts(x, data.results());
      x.writeAttribute("time", seconds(data.elapsed().toMillis()));
      x.writeAttribute("timestamp", DateTimeFormatter.ISO_INSTANT.format(data.summary().started()));
      for (Map.Entry<String, List<LinkResult>> suite : byFile(data.results()).entrySet()) {
        suite(x, suite.getKey(), suite.getValue());
      }
      x.writeCharacters("\n");
      x.writeEndElement();
      x.writeCharacters("\n");
      x.writeEndDocument();
      x.flush();
    } catch (XMLStreamException e) {
      throw new IOException("cannot write junit.xml: " + e.getMessage(), e);
    }
  }

  private static void suite(XMLStreamWriter x, String file, List<LinkResult> results) throws XMLStreamException {
    x.writeCharacters("\n  ");
    x.writeStartElement("testsuite");
    x.writeAttribute("name", Xml.clean(file));
    counts(x, results);
    x.writeAttribute("time", seconds(results.stream().mapToLong(LinkResult::elapsedMs).sum()));
    for (LinkResult r : results) testcase(x, file, r);
    x.writeCharacters("\n  ");
    x.writeEndElement();
  }

  private static void testcase(XMLStreamWriter x, String file, LinkResult r) throws XMLStreamException {
    x.writeCharacters("\n    ");
    Kind kind = kind(r.status());
    if (kind == Kind.PASS) x.writeEmptyElement("testcase");
    else x.writeStartElement("testcase");
    x.writeAttribute("classname", Xml.clean(file));
    x.writeAttribute("name", Xml.clean(Places.target(r)));
    x.writeAttribute("time", seconds(r.elapsedMs()));
    if (!r.link().sources().isEmpty()) {
      x.writeAttribute("file", Xml.clean(r.link().sources().get(0).file()));
      x.writeAttribute("line", String.valueOf(r.link().sources().get(0).line()));
    }
    if (kind == Kind.PASS) return;
    String reason = r.verdict().reason().isEmpty() ? r.status().id() : r.verdict().reason();
    x.writeCharacters("\n      ");
    if (kind == Kind.FAILURE) {
      x.writeStartElement("failure");
      x.writeAttribute("message", Xml.clean(reason));
      x.writeAttribute("type", LinkRule.of(r).map(LinkRule::id).orElse(r.status().id()));
      x.writeCharacters(Xml.clean(details(r, reason)));
      x.writeEndElement();
    } else {
      x.writeEmptyElement("skipped");
      x.writeAttribute("message", Xml.clean(r.status().id() + ": " + reason));
    }
    x.writeCharacters("\n    ");
    x.writeEndElement();
  }

  /** The failure body: the verdict, then every place the link is written with its text. */
  private static String details(LinkResult r, String reason) {
    StringBuilder b = new StringBuilder(r.status().id()).append(": ").append(reason);
    if (r.httpStatus() > 0 && !reason.contains(String.valueOf(r.httpStatus()))) {
      b.append(" (HTTP ").append(r.httpStatus()).append(')');
    }
    for (Source s : r.link().sources()) b.append('\n').append(s.location()).append(' ').append(s.text());
    return b.toString();
  }

  private enum Kind { PASS, FAILURE, SKIPPED }

  private static Kind kind(Status s) {
    return switch (s) {
      case BROKEN, INVALID -> Kind.FAILURE;
      case FAILING, BLOCKED, TRANSIENT, SKIPPED -> Kind.SKIPPED;
      case OK, REDIRECTED -> Kind.PASS;
    };
  }

  private static void counts(XMLStreamWriter x, List<LinkResult> results) throws XMLStreamException {
    x.writeAttribute("tests", String.valueOf(results.size()));
    x.writeAttribute("failures", String.valueOf(results.stream().filter(r -> kind(r.status()) == Kind.FAILURE).count()));
    x.writeAttribute("errors", "0");
    x.writeAttribute("skipped", String.valueOf(results.stream().filter(r -> kind(r.status()) == Kind.SKIPPED).count()));
  }

  /** Results grouped by the file of their first place, in reading order (ReportData's order). */
  private static Map<String, List<LinkResult>> byFile(List<LinkResult> results) {
    Map<String, List<LinkResult>> byFile = new LinkedHashMap<>();
    for (LinkResult r : results) {
      String file = r.link().sources().isEmpty() ? "(no source)" : r.link().sources().get(0).file();
      byFile.computeIfAbsent(file, k -> new ArrayList<>()).add(r);
    }
    return byFile;
  }

  private static String seconds(long ms) {
    return String.format(Locale.ROOT, "%.3f", ms / 1000.0);
  }
}
