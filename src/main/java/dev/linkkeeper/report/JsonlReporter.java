package dev.linkkeeper.report;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.linkkeeper.check.LinkResult;
import dev.linkkeeper.extract.Source;
import dev.linkkeeper.fetch.Hop;
import java.io.IOException;
import java.io.Writer;

/**
 * {@code links.jsonl}: one JSON object per link, in reading order, for scripts ({@code jq}).
 * Every key is always present, in the same order, null when unknown; the schema is in
 * {@code reports/README.md}.
 */
public final class JsonlReporter implements Reporter {
  private static final ObjectMapper MAPPER = new ObjectMapper();

  @Override
  public String fileName() {
    return "links.jsonl";
  }

  @Override
  public void render(ReportData data, Writer out) throws IOException {
    for (LinkResult r : data.results()) {
      out.write(MAPPER.writeValueAsString(line(r)));
      out.write('\n');
    }
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
}
