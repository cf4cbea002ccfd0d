package dev.linkkeeper.report;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.linkkeeper.check.LinkResult;
import dev.linkkeeper.extract.Source;
import dev.linkkeeper.fetch.Hop;
import dev.linkkeeper.history.LinkHistory;
import dev.linkkeeper.repair.RepairPlan;
import dev.linkkeeper.repair.Suggestion;
import java.io.IOException;
import java.io.Writer;

/**
 * {@code links.jsonl}: one JSON object per link, in reading order, for scripts ({@code jq}).
 * Every key is always present, in the same order, null when unknown; the schema is in
 * {@code reports/README.md}.
 */
public final class JsonlReporter implements WalkingReporter {
  private static final ObjectMapper MAPPER = new ObjectMapper();

  @Override
  public String fileName() {
    return "links.jsonl";
  }

  @Override
  public Walk start(ReportData data, Writer out) throws IOException {
    // One generator for the whole file, writing straight through: no string per line.
    JsonGenerator json = MAPPER.getFactory().createGenerator(out).disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
    json.setRootValueSeparator(null);
    return new Walk() {
      @Override
      public void visit(LinkResult r, LinkHistory h) throws IOException {
        ObjectNode o = line(r);
        history(o, h);
        suggestions(o, data.repairs(), r.key());
        MAPPER.writeTree(json, o);
        json.writeRaw('\n');
      }

      @Override
      public void finish() throws IOException {
        json.flush();
      }
    };
  }

  static ObjectNode line(LinkResult r) {
    ObjectNode o = MAPPER.createObjectNode();
    o.put("url", r.link().url());
    o.put("raw", r.link().raw());
    o.put("kind", r.link().kind().id());
    o.put("final_url", r.finalUrl());
    o.put("status", r.status().id());
    if (r.httpStatus() > 0) o.put("http_status", r.httpStatus());
    else o.putNull("http_status");
    o.put("reason", r.verdict().reason());
    o.put("site", r.site());
    o.put("title", r.metadata().title());
    o.put("checked_at", r.checkedAt().toString());
    o.put("elapsed_ms", r.elapsedMs());
    ArrayNode redirects = o.putArray("redirects");
    for (Hop hop : r.redirects()) redirects.addObject().put("url", hop.url()).put("status", hop.status());
    ArrayNode sources = o.putArray("sources");
    for (Source s : r.link().sources()) {
      sources.addObject().put("file", s.file()).put("line", s.line()).put("column", s.column()).put("text", s.text());
    }
    return o;
  }

  /** {@code history}: what earlier runs say (null when the link has no history, e.g. a re-rendered run). */
  static void history(ObjectNode o, LinkHistory h) {
    if (h == null) {
      o.putNull("history");
      return;
    }
    ObjectNode n = o.putObject("history");
    n.put("last_ok", h.lastOk() == null ? null : h.lastOk().toString());
    n.put("failures", h.failures());
    n.put("flips", h.flips());
    n.put("flaky", h.flaky());
    n.put("change", h.change() == null ? null : h.change().id());
    n.put("cached", h.cached());
    ArrayNode recent = n.putArray("recent");
    h.recent().forEach(s -> recent.add(s.id()));
  }

  /** {@code suggestions}: every repair proposed for the link, advice included. */
  static void suggestions(ObjectNode o, RepairPlan plan, String key) {
    ArrayNode all = o.putArray("suggestions");
    for (Suggestion s : plan.forKey(key)) {
      ObjectNode n = all.addObject();
      n.put("kind", s.kind().id());
      n.put("replacement", s.replacement());
      n.put("confidence", s.confidence());
      n.put("detail", s.detail());
      n.put("in_patch", plan.recommended(s));
    }
  }
}
