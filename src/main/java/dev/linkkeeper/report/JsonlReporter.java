package dev.linkkeeper.report;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.ObjectMapper;
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
    // One generator for the whole file, writing straight through: no tree, no string per line.
    JsonGenerator json = MAPPER.getFactory().createGenerator(out).disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
    json.setRootValueSeparator(null);
    return new Walk() {
      @Override
      public void visit(LinkResult r, LinkHistory h) throws IOException {
        write(json, r, h, data.repairs());
        json.writeRaw('\n');
      }

      @Override
      public void finish() throws IOException {
        json.flush();
      }
    };
  }

  /** One link's object, keys in the order the schema lists them. */
  static void write(JsonGenerator json, LinkResult r, LinkHistory h, RepairPlan plan) throws IOException {
    json.writeStartObject();
    json.writeStringField("url", r.link().url());
    json.writeStringField("raw", r.link().raw());
    json.writeStringField("kind", r.link().kind().id());
    json.writeStringField("final_url", r.finalUrl());
    json.writeStringField("status", r.status().id());
    if (r.httpStatus() > 0) json.writeNumberField("http_status", r.httpStatus());
    else json.writeNullField("http_status");
    json.writeStringField("reason", r.verdict().reason());
    json.writeStringField("site", r.site());
    json.writeStringField("title", r.metadata().title());
    json.writeStringField("checked_at", r.checkedAt().toString());
    json.writeNumberField("elapsed_ms", r.elapsedMs());
    json.writeArrayFieldStart("redirects");
    for (Hop hop : r.redirects()) {
      json.writeStartObject();
      json.writeStringField("url", hop.url());
      json.writeNumberField("status", hop.status());
      json.writeEndObject();
    }
    json.writeEndArray();
    json.writeArrayFieldStart("sources");
    for (Source s : r.link().sources()) {
      json.writeStartObject();
      json.writeStringField("file", s.file());
      json.writeNumberField("line", s.line());
      json.writeNumberField("column", s.column());
      json.writeStringField("text", s.text());
      json.writeEndObject();
    }
    json.writeEndArray();
    history(json, h);
    suggestions(json, plan, r.key());
    json.writeEndObject();
  }

  /** {@code history}: what earlier runs say (null when the link has no history, e.g. a re-rendered run). */
  private static void history(JsonGenerator json, LinkHistory h) throws IOException {
    if (h == null) {
      json.writeNullField("history");
      return;
    }
    json.writeObjectFieldStart("history");
    json.writeStringField("last_ok", h.lastOk() == null ? null : h.lastOk().toString());
    json.writeNumberField("failures", h.failures());
    json.writeNumberField("flips", h.flips());
    json.writeBooleanField("flaky", h.flaky());
    json.writeStringField("change", h.change() == null ? null : h.change().id());
    json.writeBooleanField("cached", h.cached());
    json.writeArrayFieldStart("recent");
    for (var status : h.recent()) json.writeString(status.id());
    json.writeEndArray();
    json.writeEndObject();
  }

  /** {@code suggestions}: every repair proposed for the link, advice included. */
  private static void suggestions(JsonGenerator json, RepairPlan plan, String key) throws IOException {
    json.writeArrayFieldStart("suggestions");
    for (Suggestion s : plan.forKey(key)) {
      json.writeStartObject();
      json.writeStringField("kind", s.kind().id());
      json.writeStringField("replacement", s.replacement());
      json.writeNumberField("confidence", s.confidence());
      json.writeStringField("detail", s.detail());
      json.writeBooleanField("in_patch", plan.recommended(s));
      json.writeEndObject();
    }
    json.writeEndArray();
  }
}
