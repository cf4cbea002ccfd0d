package dev.linkkeeper.report;

import dev.linkkeeper.check.RunSummary;
import dev.linkkeeper.verdict.Status;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The report's charts as inline SVG, drawn here rather than by a script so the page stays one
 * file that renders with scripts off. Every label is escaped; each mark has a {@code <title>}
 * so hovering tells the exact count.
 */
final class SvgCharts {
  static final int MAX_BARS = 12;
  /** About the width a chart gets on the page, so 11px text stays 11px. */
  private static final int WIDTH = 400;
  private static final int LABEL = 120;
  private static final int COUNT = 72;
  private static final int ROW = 22;
  private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("MM-dd", Locale.ROOT).withZone(ZoneOffset.UTC);

  /** One bar of counts per status: a list file or a site. */
  record Bar(String label, Map<Status, Integer> counts) {
    int total() {
      return counts.values().stream().mapToInt(Integer::intValue).sum();
    }
  }

  private SvgCharts() {}

  /**
   * Horizontal stacked bars, longest first, all on one scale so a bigger list draws a longer
   * bar. Beyond {@link #MAX_BARS} the rest are summed into one "N more" bar.
   */
  static String stackedBars(String name, List<Bar> bars) {
    List<Bar> shown = new ArrayList<>(bars);
    shown.sort((a, b) -> b.total() != a.total() ? b.total() - a.total() : a.label().compareTo(b.label()));
    if (shown.size() > MAX_BARS) {
      List<Bar> rest = shown.subList(MAX_BARS - 1, shown.size());
      Map<Status, Integer> sum = new EnumMap<>(Status.class);
      rest.forEach(b -> b.counts().forEach((s, n) -> sum.merge(s, n, Integer::sum)));
      Bar more = new Bar(rest.size() + " more", sum);
      shown = new ArrayList<>(shown.subList(0, MAX_BARS - 1));
      shown.add(more);
    }
    int max = Math.max(1, shown.stream().mapToInt(Bar::total).max().orElse(1));
    int height = shown.size() * ROW + 4;
    double span = WIDTH - LABEL - COUNT;
    StringBuilder svg = open(name, height);
    for (int i = 0; i < shown.size(); i++) {
      Bar bar = shown.get(i);
      int y = i * ROW + 4;
      svg.append("<text class=\"lbl\" x=\"").append(LABEL - 8).append("\" y=\"").append(y + 12)
          .append("\" text-anchor=\"end\"><title>").append(Html.escape(bar.label())).append("</title>")
          .append(Html.escape(clip(bar.label(), 19))).append("</text>");
      double x = LABEL;
      for (Status s : ReportData.DISPLAY_ORDER) {
        int n = bar.counts().getOrDefault(s, 0);
        if (n == 0) continue;
        double w = Math.max(1.5, span * n / max);
        svg.append("<rect x=\"").append(fmt(x)).append("\" y=\"").append(y + 2).append("\" width=\"").append(fmt(w))
            .append("\" height=\"14\" fill=\"").append(StatusLook.color(s)).append("\"><title>")
            .append(Html.escape(bar.label())).append(": ").append(n).append(' ').append(s.id()).append("</title></rect>");
        x += w;
      }
      int problems = bar.counts().getOrDefault(Status.BROKEN, 0) + bar.counts().getOrDefault(Status.INVALID, 0);
      svg.append("<text class=\"num\" x=\"").append(fmt(x + 6)).append("\" y=\"").append(y + 12).append("\">")
          .append(bar.total()).append(problems > 0 ? " · " + problems + " to fix" : "").append("</text>");
    }
    return svg.append("</svg>").toString();
  }

  /**
   * Broken and ok links over the runs, one panel each with its own scale: 3 broken next to
   * 400 ok would be a flat line on a shared axis.
   */
  static String trend(List<RunSummary> runs) {
    int panel = 90;
    StringBuilder svg = open("Broken and ok links over the last " + runs.size() + " runs", 2 * panel + 24);
    series(svg, runs, Status.BROKEN, "broken", 0, panel);
    series(svg, runs, Status.OK, "ok", panel, panel);
    int last = runs.size() - 1;
    svg.append("<text class=\"axis\" x=\"").append(LABEL).append("\" y=\"").append(2 * panel + 18).append("\">")
        .append(DAY.format(runs.get(0).started())).append("</text>");
    svg.append("<text class=\"axis\" x=\"").append(WIDTH - COUNT).append("\" y=\"").append(2 * panel + 18)
        .append("\" text-anchor=\"end\">").append(DAY.format(runs.get(last).started())).append("</text>");
    return svg.append("</svg>").toString();
  }

  private static void series(StringBuilder svg, List<RunSummary> runs, Status status, String name, int top, int height) {
    int max = Math.max(1, runs.stream().mapToInt(r -> count(r, status)).max().orElse(1));
    double plotTop = top + 14;
    double plotHeight = height - 24;
    double span = WIDTH - LABEL - COUNT;
    String color = StatusLook.color(status);
    svg.append("<text class=\"lbl\" x=\"").append(LABEL - 8).append("\" y=\"").append(fmt(plotTop + plotHeight / 2 + 4))
        .append("\" text-anchor=\"end\">").append(name).append(" (max ").append(max).append(")</text>");
    svg.append("<line class=\"base\" x1=\"").append(LABEL).append("\" x2=\"").append(WIDTH - COUNT).append("\" y1=\"")
        .append(fmt(plotTop + plotHeight)).append("\" y2=\"").append(fmt(plotTop + plotHeight)).append("\"/>");
    StringBuilder points = new StringBuilder();
    StringBuilder dots = new StringBuilder();
    for (int i = 0; i < runs.size(); i++) {
      RunSummary r = runs.get(i);
      double x = LABEL + (runs.size() == 1 ? span : span * i / (runs.size() - 1));
      double y = plotTop + plotHeight - plotHeight * count(r, status) / max;
      points.append(points.length() == 0 ? "" : " ").append(fmt(x)).append(',').append(fmt(y));
      dots.append("<circle cx=\"").append(fmt(x)).append("\" cy=\"").append(fmt(y)).append("\" r=\"3\" fill=\"")
          .append(color).append("\"><title>run ").append(r.runId()).append(", ")
          .append(HumanTime.instant(r.started())).append(": ").append(count(r, status)).append(' ').append(name)
          .append("</title></circle>");
    }
    svg.append("<polyline fill=\"none\" stroke=\"").append(color).append("\" stroke-width=\"2\" points=\"")
        .append(points).append("\"/>").append(dots);
    RunSummary last = runs.get(runs.size() - 1);
    double lastY = plotTop + plotHeight - plotHeight * count(last, status) / max;
    svg.append("<text class=\"num\" x=\"").append(WIDTH - COUNT + 8).append("\" y=\"").append(fmt(lastY + 4))
        .append("\">").append(count(last, status)).append("</text>");
  }

  /** Ok and redirected both work: the trend counts them together as ok. */
  private static int count(RunSummary r, Status status) {
    return status == Status.OK ? r.count(Status.OK) + r.count(Status.REDIRECTED) : r.count(status);
  }

  private static StringBuilder open(String name, int height) {
    return new StringBuilder("<svg class=\"chart\" xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 ")
        .append(WIDTH).append(' ').append(height).append("\" role=\"img\" aria-label=\"").append(Html.escape(name))
        .append("\">");
  }

  /** A path too long for the label keeps its file name (the full path is in the tooltip); then its end. */
  private static String clip(String s, int max) {
    if (s.length() <= max) return s;
    String name = s.substring(s.lastIndexOf('/') + 1);
    return name.length() <= max ? name : "…" + name.substring(name.length() - max + 1);
  }

  private static String fmt(double v) {
    return String.format(Locale.ROOT, "%.1f", v);
  }
}
