package dev.linkkeeper.report;

import dev.linkkeeper.check.LinkResult;
import dev.linkkeeper.extract.Source;
import dev.linkkeeper.history.LinkHistory;
import dev.linkkeeper.verdict.Status;
import java.io.IOException;
import java.io.Writer;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Map;
import java.util.function.ToIntFunction;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

/**
 * {@code junit.xml} for CI test tabs: one test suite per list file, one test case per link
 * (class name = the file it is first written in, name = the URL). Broken and invalid links are
 * failures with the reason; blocked, transient and skipped links are skipped with the reason,
 * since nobody can fix them in the list; ok and redirected links pass.
 */
public final class JunitReporter implements WalkingReporter {
  @Override
  public String fileName() {
    return "junit.xml";
  }

  @Override
  public Walk start(ReportData data, Writer out) throws IOException {
    return new Suites(data, out);
  }

  /**
   * One suite per file of first place, in reading order: the walk meets each file's links one
   * after the other, and the digest has counted them for the suite's attributes.
   */
  private static final class Suites implements Walk {
    private final XMLStreamWriter x;
    private final Map<String, Digest.FileTally> tallies;
    private String open;

    Suites(ReportData data, Writer out) throws IOException {
      tallies = data.digest().byFirstFile();
      try {
        x = XMLOutputFactory.newFactory().createXMLStreamWriter(out);
        x.writeStartDocument("UTF-8", "1.0");
        x.writeCharacters("\n");
        x.writeStartElement("testsuites");
        x.writeAttribute("name", "linkkeeper");
        counts(x, data.size(), failures(data::count), skipped(data::count));
        x.writeAttribute("time", seconds(data.elapsed().toMillis()));
        x.writeAttribute("timestamp", DateTimeFormatter.ISO_INSTANT.format(data.summary().started()));
      } catch (XMLStreamException e) {
        throw failed(e);
      }
    }

    @Override
    public void visit(LinkResult r, LinkHistory h) throws IOException {
      String file = r.link().sources().isEmpty() ? Digest.NO_SOURCE : r.link().sources().get(0).file();
      try {
        if (!file.equals(open)) {
          if (open != null) endSuite(x);
          startSuite(x, file, tallies.get(file));
          open = file;
        }
        testcase(x, file, r);
      } catch (XMLStreamException e) {
        throw failed(e);
      }
    }

    @Override
    public void finish() throws IOException {
      try {
        if (open != null) endSuite(x);
        x.writeCharacters("\n");
        x.writeEndElement();
        x.writeCharacters("\n");
        x.writeEndDocument();
        x.flush();
      } catch (XMLStreamException e) {
        throw failed(e);
      }
    }

    private static IOException failed(XMLStreamException e) {
      return new IOException("cannot write junit.xml: " + e.getMessage(), e);
    }
  }

  private static void startSuite(XMLStreamWriter x, String file, Digest.FileTally tally) throws XMLStreamException {
    x.writeCharacters("\n  ");
    x.writeStartElement("testsuite");
    x.writeAttribute("name", Xml.clean(file));
    counts(x, tally.tests(), failures(tally::count), skipped(tally::count));
    x.writeAttribute("time", seconds(tally.elapsedMs()));
  }

  private static void endSuite(XMLStreamWriter x) throws XMLStreamException {
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

  private static void counts(XMLStreamWriter x, int tests, int failures, int skipped) throws XMLStreamException {
    x.writeAttribute("tests", String.valueOf(tests));
    x.writeAttribute("failures", String.valueOf(failures));
    x.writeAttribute("errors", "0");
    x.writeAttribute("skipped", String.valueOf(skipped));
  }

  private static int failures(ToIntFunction<Status> count) {
    return sum(count, Kind.FAILURE);
  }

  private static int skipped(ToIntFunction<Status> count) {
    return sum(count, Kind.SKIPPED);
  }

  private static int sum(ToIntFunction<Status> count, Kind kind) {
    int n = 0;
    for (Status s : Status.values()) {
      if (kind(s) == kind) n += count.applyAsInt(s);
    }
    return n;
  }

  /** {@code 1.234}: {@code String.format("%.3f", ms / 1000.0)}, without a formatter for each test case. */
  static String seconds(long ms) {
    if (ms < 0) return String.format(Locale.ROOT, "%.3f", ms / 1000.0);
    String millis = Long.toString(ms % 1000);
    return ms / 1000 + "." + "000".substring(millis.length()) + millis;
  }
}
