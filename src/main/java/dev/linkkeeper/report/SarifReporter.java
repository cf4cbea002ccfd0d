package dev.linkkeeper.report;

import dev.linkkeeper.repair.Suggestion;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.linkkeeper.Version;
import dev.linkkeeper.check.LinkResult;
import dev.linkkeeper.extract.Source;
import dev.linkkeeper.verdict.Status;
import java.io.IOException;
import java.io.Writer;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * {@code results.sarif} (SARIF 2.1.0) for code-scanning UIs: one result per place a broken or
 * invalid link is written, at its file, line and column, so the list files get annotated.
 * Rules are the {@link LinkRule}s; file URIs are relative to the repository root (the working
 * directory of the run), which is what GitHub code scanning expects.
 */
public final class SarifReporter implements Reporter {
  static final String SCHEMA = "https://json.schemastore.org/sarif-2.1.0.json";
  static final String INFORMATION_URI = "https://github.com/linkkeeper/linkkeeper";
  private static final ObjectMapper MAPPER = new ObjectMapper();
  /** Two-space indent, {@code "key": value}: how SARIF files usually look, diffable in a review. */
  private static final DefaultPrettyPrinter PRETTY = new DefaultPrettyPrinter()
      .withSeparators(Separators.createDefaultInstance().withObjectFieldValueSpacing(Separators.Spacing.AFTER)
          .withArrayEmptySeparator("").withObjectEmptySeparator(""))
      .withObjectIndenter(new DefaultIndenter("  ", "\n"))
      .withArrayIndenter(new DefaultIndenter("  ", "\n"));

  private final Path root;
  private final String version;

  /** Relative to the working directory, with this build's version. */
  public SarifReporter() {
    this(Path.of("").toAbsolutePath(), Version.get());
  }

  public SarifReporter(Path root, String version) {
    this.root = root.toAbsolutePath().normalize();
    this.version = version;
  }

  @Override
  public String fileName() {
    return "results.sarif";
  }

  @Override
  public void render(ReportData data, Writer out) throws IOException {
    ObjectNode log = MAPPER.createObjectNode();
    log.put("$schema", SCHEMA);
    log.put("version", "2.1.0");
    ObjectNode run = log.putArray("runs").addObject();
    ObjectNode driver = run.putObject("tool").putObject("driver");
    driver.put("name", "linkkeeper");
    driver.put("version", version);
    driver.put("informationUri", INFORMATION_URI);
    ArrayNode rules = driver.putArray("rules");
    for (LinkRule rule : LinkRule.values()) rules.add(rule(rule));
    ArrayNode results = run.putArray("results");
    Map<String, Integer> seen = new HashMap<>();
    for (LinkResult r : data.held()) { // broken and invalid links are held
      Optional<LinkRule> rule = LinkRule.of(r);
      if (rule.isEmpty()) continue;
      for (Source s : r.link().sources()) results.add(result(data, r, rule.get(), s, seen));
    }
    out.write(MAPPER.writer(PRETTY).writeValueAsString(log));
    out.write('\n');
  }

  private static ObjectNode rule(LinkRule rule) {
    ObjectNode o = MAPPER.createObjectNode();
    o.put("id", rule.id());
    o.putObject("shortDescription").put("text", rule.description());
    o.putObject("help").put("text", rule.help());
    o.putObject("defaultConfiguration").put("level", level(rule));
    o.putObject("properties").putArray("tags").add("links").add(rule.id().substring(0, rule.id().indexOf('/')));
    return o;
  }

  private ObjectNode result(ReportData data, LinkResult r, LinkRule rule, Source s, Map<String, Integer> seen) {
    ObjectNode o = MAPPER.createObjectNode();
    o.put("ruleId", rule.id());
    o.put("ruleIndex", rule.ordinal());
    o.put("level", level(rule));
    o.putObject("message").put("text", message(data, r, s));
    ObjectNode physical = o.putArray("locations").addObject().putObject("physicalLocation");
    String uri = uri(s.file());
    physical.putObject("artifactLocation").put("uri", uri);
    physical.putObject("region").put("startLine", s.line()).put("startColumn", s.column());
    // Stable across runs even when lines move; the count keeps two places in one file apart.
    String identity = rule.id() + "|" + Places.target(r) + "|" + uri;
    int nth = seen.merge(identity, 1, Integer::sum);
    o.putObject("partialFingerprints").put("linkkeeperLink/v1", sha256(identity) + ":" + nth);
    ObjectNode props = o.putObject("properties");
    props.put("status", r.status().id());
    props.put("site", r.site());
    if (r.link().url() != null) props.put("url", r.link().url());
    if (r.httpStatus() > 0) props.put("httpStatus", r.httpStatus());
    return o;
  }

  /** {@code Broken link https://x ("its title or text here"): HTTP 404 Not Found.} plus the best suggestion. */
  private static String message(ReportData data, LinkResult r, Source s) {
    String title = r.metadata().title();
    String label = (title != null && !title.isBlank() ? title : s.text()).strip();
    StringBuilder m = new StringBuilder(r.status() == Status.BROKEN ? "Broken link " : "Invalid link ");
    if (r.link().url() != null) {
      m.append(r.link().url());
      if (!label.isEmpty()) m.append(" (\"").append(label).append("\")");
    } else {
      m.append('"').append(label.isEmpty() ? Places.target(r) : label).append('"');
    }
    m.append(": ").append(r.verdict().reason().isEmpty() ? r.status().id() : r.verdict().reason()).append('.');
    List<Suggestion> suggestions = data.suggestions(r);
    if (!suggestions.isEmpty()) m.append(" Suggestion: ").append(suggestions.get(0).oneLine()).append('.');
    return m.toString();
  }

  private static String level(LinkRule rule) {
    return rule.id().startsWith("broken/") ? "error" : "warning";
  }

  /** A relative URI reference from the root, percent-encoded; an absolute file: URI for files outside it. */
  String uri(String file) {
    Path p = Path.of(file);
    if (p.isAbsolute()) {
      Path abs = p.normalize();
      if (!abs.startsWith(root)) return abs.toUri().toASCIIString();
      p = root.relativize(abs);
    }
    String path = p.normalize().toString().replace('\\', '/');
    try {
      // "./" keeps a first segment with ':' from reading as a scheme
      String prefix = path.split("/", 2)[0].contains(":") ? "./" : "";
      return new URI(null, null, prefix + path, null).toASCIIString();
    } catch (URISyntaxException e) {
      throw new IllegalStateException("cannot make a URI of " + path, e);
    }
  }

  private static String sha256(String s) {
    try {
      byte[] d = MessageDigest.getInstance("SHA-256").digest(s.getBytes(StandardCharsets.UTF_8));
      return HexFormat.of().formatHex(d, 0, 16);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("the JDK always has SHA-256", e);
    }
  }
}
