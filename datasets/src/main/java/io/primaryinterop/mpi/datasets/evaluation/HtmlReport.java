package io.primaryinterop.mpi.datasets.evaluation;

import io.primaryinterop.mpi.core.record.PatientField;
import io.primaryinterop.mpi.core.record.PatientRecord;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Renders an evaluation as one self-contained HTML file: inline CSS and SVG charts drawn here (a
 * precision-recall curve and a match-weight histogram), no script and nothing fetched from the network, so the
 * report opens anywhere and can be archived with the run.
 */
public final class HtmlReport {

    private static final String CSS = """
            :root{--ink:#1f2933;--muted:#616e7c;--line:#e4e7eb;--true:#2f855a;--false:#c53030;--accent:#2b6cb0;--bg:#f7f9fb}
            *{box-sizing:border-box}body{margin:0;background:var(--bg);color:var(--ink);
            font:15px/1.5 -apple-system,"Segoe UI",Roboto,"Helvetica Neue",Arial,sans-serif}
            main{max-width:1180px;margin:0 auto;padding:32px 40px 60px}
            h1{font-size:26px;margin:0 0 4px;font-weight:650}h2{font-size:18px;margin:36px 0 12px;font-weight:620}
            .sub{color:var(--muted);margin:0 0 24px}
            .cards{display:grid;grid-template-columns:repeat(4,1fr);gap:14px}
            .card{background:#fff;border:1px solid var(--line);border-radius:10px;padding:14px 16px}
            .card .k{color:var(--muted);font-size:12px;text-transform:uppercase;letter-spacing:.05em}
            .card .v{font-size:26px;font-weight:650;font-variant-numeric:tabular-nums}
            .card .d{color:var(--muted);font-size:13px}
            .row{display:grid;grid-template-columns:1fr 1fr;gap:14px}
            .panel{background:#fff;border:1px solid var(--line);border-radius:10px;padding:16px}
            .panel h3{margin:0 0 8px;font-size:15px;font-weight:600}
            table{border-collapse:collapse;width:100%;background:#fff;font-variant-numeric:tabular-nums;font-size:13.5px}
            th,td{padding:6px 10px;border-bottom:1px solid var(--line);text-align:right;white-space:nowrap}
            th{color:var(--muted);font-weight:600;font-size:12px;text-transform:uppercase;letter-spacing:.04em;background:#fbfcfd}
            td.l,th.l{text-align:left}tr.best td{background:#ebf8ff;font-weight:600}
            .bad{color:var(--false);font-weight:600}.ok{color:var(--true);font-weight:600}
            .pair td{font-size:12.5px}.pair tr.first td{border-top:2px solid var(--line)}
            td.diff{background:#fff5f5}td.same{color:var(--muted)}
            .legend span{display:inline-block;width:10px;height:10px;border-radius:2px;margin:0 4px 0 12px}
            .note{color:var(--muted);font-size:13px;margin:6px 0 0}
            .scroll{overflow-x:auto;border:1px solid var(--line);border-radius:10px}
            """;

    private HtmlReport() {
    }

    /** Writes the report (to a temporary file first, then moved into place). */
    public static void write(EvaluationReport report, Path file) throws IOException {
        Path tmp = file.resolveSibling(file.getFileName() + ".tmp");
        Files.writeString(tmp, render(report), StandardCharsets.UTF_8);
        Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING);
    }

    public static String render(EvaluationReport report) {
        StringBuilder h = new StringBuilder(64 * 1024);
        h.append("<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>")
                .append(esc(report.title())).append("</title><style>").append(CSS).append("</style></head><body><main>");
        ClusterEvaluation c = report.clusters();
        PairwiseMetrics p = c.pairwise();
        h.append("<h1>").append(esc(report.title())).append("</h1><p class=\"sub\">")
                .append(fmt("%,d records · %,d persons in the truth · %,d clusters in the result", c.records(), c.persons(),
                        c.predictedClusters()));
        if (report.clustering().missing() > 0 || report.clustering().unknown() > 0) {
            h.append(fmt(" · %,d records missing from the result (singletons) · %,d result records not in the truth",
                    report.clustering().missing(), report.clustering().unknown()));
        }
        h.append("</p>");

        h.append("<div class=\"cards\">");
        card(h, "Pairwise precision", p.precision(), fmt("%,d of %,d linked pairs are right", p.truePositives(), p.predictedPairs()));
        card(h, "Pairwise recall", p.recall(), fmt("%,d of %,d true pairs linked", p.truePositives(), p.truePairs()));
        card(h, "Pairwise F1", p.f1(), fmt("%,d false positive, %,d false negative pairs", p.falsePositives(), p.falseNegatives()));
        card(h, "B-cubed F1", c.bCubed().f1(), fmt("precision %.4f · recall %.4f", c.bCubed().precision(), c.bCubed().recall()));
        h.append("</div>");

        if (!report.hardNegatives().isEmpty()) {
            h.append("<h2>Hard negatives</h2><table><tr><th class=\"l\">kind</th><th>pairs of persons</th><th>linked by the result</th></tr>");
            for (HardNegativeEvaluation.KindResult k : report.hardNegatives()) {
                h.append("<tr><td class=\"l\">").append(esc(k.kind() == io.primaryinterop.mpi.datasets.generator.HardNegativeKind.JUNIOR_SENIOR ? "junior/senior"
                        : k.kind().label().replace('_', ' '))).append("</td><td>")
                        .append(fmt("%,d", k.pairs())).append("</td><td class=\"").append(k.linked() == 0 ? "ok" : "bad")
                        .append("\">").append(fmt("%,d", k.linked())).append("</td></tr>");
            }
            h.append("</table><p class=\"note\">Different people who look alike: a pair counts as linked when any record of "
                    + "one shares a cluster with any record of the other.</p>");
        }

        ScoredPairEvaluation s = report.pairs();
        if (s != null) {
            h.append("<h2>Scored pairs</h2><div class=\"row\"><div class=\"panel\"><h3>Precision–recall by match probability threshold</h3>")
                    .append(prCurve(s)).append("</div><div class=\"panel\"><h3>Match weights of scored pairs</h3>")
                    .append(histogram(s.histogram()))
                    .append("<div class=\"legend note\"><span style=\"background:var(--true)\"></span>same person"
                            + "<span style=\"background:var(--false)\"></span>different persons · counts on a log scale</div>")
                    .append("</div></div>");
            h.append(fmt("<p class=\"note\">%,d scored pairs, %,d of them the same person; the truth has %,d true pairs. "
                    + "Recall in the sweep counts every true pair, so pairs blocking never produced are misses at every threshold. "
                    + "The sweep scores pairs as they are, before clustering.</p>", s.scoredPairs(), s.scoredTruePairs(), s.truePairs()));
            h.append("<h2>Threshold sweep</h2><table><tr><th>match probability ≥</th><th>true positives</th><th>false positives</th>"
                    + "<th>precision</th><th>recall</th><th>F1</th></tr>");
            for (ScoredPairEvaluation.SweepRow r : s.sweep()) {
                if (r.threshold() < 0.5 && r != s.best()) {
                    continue; // the low end says little; keep the table short
                }
                h.append(r == s.best() ? "<tr class=\"best\">" : "<tr>").append("<td>").append(threshold(r.threshold()))
                        .append("</td><td>").append(fmt("%,d", r.truePositives())).append("</td><td>")
                        .append(fmt("%,d", r.falsePositives())).append("</td><td>").append(fmt("%.4f", r.precision()))
                        .append("</td><td>").append(fmt("%.4f", r.recall())).append("</td><td>").append(fmt("%.4f", r.f1()))
                        .append("</td></tr>");
            }
            h.append("</table><p class=\"note\">Highlighted: the best F1.</p>");
            pairTable(h, "Largest false positives", "linked by the result, different persons, highest match weight first",
                    s.falsePositives(), report.records());
            pairTable(h, "Largest false negatives", "same person, not linked, lowest match weight first",
                    s.falseNegatives(), report.records());
        }

        h.append("<h2>Cluster sizes</h2><table><tr><th>records in cluster</th><th>clusters in the result</th><th>persons in the truth</th></tr>");
        java.util.TreeSet<Integer> sizes = new java.util.TreeSet<>(c.predictedSizes().keySet());
        sizes.addAll(c.trueSizes().keySet());
        for (int size : sizes) {
            h.append("<tr><td>").append(size).append("</td><td>").append(fmt("%,d", c.predictedSizes().getOrDefault(size, 0L)))
                    .append("</td><td>").append(fmt("%,d", c.trueSizes().getOrDefault(size, 0L))).append("</td></tr>");
        }
        h.append("</table></main></body></html>\n");
        return h.toString();
    }

    private static void card(StringBuilder h, String label, double value, String detail) {
        h.append("<div class=\"card\"><div class=\"k\">").append(esc(label)).append("</div><div class=\"v\">")
                .append(fmt("%.4f", value)).append("</div><div class=\"d\">").append(esc(detail)).append("</div></div>");
    }

    private static String prCurve(ScoredPairEvaluation s) {
        int w = 520;
        int ht = 300;
        int left = 48;
        int bottom = 36;
        int top = 10;
        int right = 14;
        double minP = 1.0;
        double minR = 1.0;
        for (ScoredPairEvaluation.SweepRow r : s.sweep()) {
            minP = Math.min(minP, r.precision());
            minR = Math.min(minR, r.recall());
        }
        // zoom on the range the curve covers: matchers live near the top right corner
        double yFrom = Math.max(0, Math.floor(minP * 50) / 50 - 0.02);
        double xFrom = Math.max(0, Math.floor(minR * 50) / 50 - 0.02);
        StringBuilder svg = new StringBuilder();
        svg.append(fmt("<svg viewBox=\"0 0 %d %d\" width=\"100%%\" role=\"img\" aria-label=\"precision-recall curve\">", w, ht));
        double plotW = w - left - right;
        double plotH = ht - top - bottom;
        for (int i = 0; i <= 5; i++) {
            double x = left + plotW * i / 5;
            double y = top + plotH * i / 5;
            svg.append(fmt("<line x1=\"%.1f\" y1=\"%d\" x2=\"%.1f\" y2=\"%.1f\" stroke=\"#edf0f3\"/>", x, top, x, top + plotH));
            svg.append(fmt("<line x1=\"%d\" y1=\"%.1f\" x2=\"%.1f\" y2=\"%.1f\" stroke=\"#edf0f3\"/>", left, y, left + plotW, y));
            svg.append(fmt("<text x=\"%.1f\" y=\"%d\" font-size=\"11\" fill=\"#616e7c\" text-anchor=\"middle\">%.3f</text>",
                    x, ht - bottom + 16, xFrom + (1 - xFrom) * i / 5));
            svg.append(fmt("<text x=\"%d\" y=\"%.1f\" font-size=\"11\" fill=\"#616e7c\" text-anchor=\"end\">%.3f</text>",
                    left - 6, y + 4, 1 - (1 - yFrom) * i / 5));
        }
        svg.append(fmt("<text x=\"%.1f\" y=\"%d\" font-size=\"12\" fill=\"#1f2933\" text-anchor=\"middle\">recall</text>",
                left + plotW / 2, ht - 4));
        svg.append(fmt("<text x=\"12\" y=\"%.1f\" font-size=\"12\" fill=\"#1f2933\" text-anchor=\"middle\" "
                + "transform=\"rotate(-90 12 %.1f)\">precision</text>", top + plotH / 2, top + plotH / 2));
        StringBuilder path = new StringBuilder();
        for (ScoredPairEvaluation.SweepRow r : s.sweep()) {
            double x = left + plotW * (r.recall() - xFrom) / (1 - xFrom);
            double y = top + plotH * (1 - (r.precision() - yFrom) / (1 - yFrom));
            path.append(path.length() == 0 ? "M" : "L").append(fmt("%.1f %.1f", x, Math.min(top + plotH, y)));
        }
        svg.append("<path d=\"").append(path).append("\" fill=\"none\" stroke=\"#2b6cb0\" stroke-width=\"2.2\"/>");
        for (ScoredPairEvaluation.SweepRow r : s.sweep()) {
            double x = left + plotW * (r.recall() - xFrom) / (1 - xFrom);
            double y = top + plotH * (1 - (r.precision() - yFrom) / (1 - yFrom));
            boolean best = r == s.best();
            svg.append(fmt("<circle cx=\"%.1f\" cy=\"%.1f\" r=\"%s\" fill=\"%s\"><title>p ≥ %s: precision %.4f, recall %.4f</title></circle>",
                    x, Math.min(top + plotH, y), best ? "5" : "2.5", best ? "#dd6b20" : "#2b6cb0", threshold(r.threshold()),
                    r.precision(), r.recall()));
            if (best) {
                svg.append(fmt("<text x=\"%.1f\" y=\"%.1f\" font-size=\"11.5\" fill=\"#dd6b20\" text-anchor=\"end\">best F1 %.4f at p ≥ %s</text>",
                        x - 8, Math.min(top + plotH, y) + 16, r.f1(), threshold(r.threshold())));
            }
        }
        return svg.append("</svg>").toString();
    }

    private static String histogram(WeightHistogram hist) {
        int w = 520;
        int ht = 300;
        int left = 44;
        int bottom = 36;
        int top = 10;
        int right = 10;
        int first = hist.bins();
        int last = -1;
        double max = 0;
        for (int b = 0; b < hist.bins(); b++) {
            if (hist.trueCounts()[b] + hist.falseCounts()[b] > 0) {
                first = Math.min(first, b);
                last = Math.max(last, b);
            }
            max = Math.max(max, Math.max(log(hist.trueCounts()[b]), log(hist.falseCounts()[b])));
        }
        StringBuilder svg = new StringBuilder(fmt("<svg viewBox=\"0 0 %d %d\" width=\"100%%\" role=\"img\" aria-label=\"match weight histogram\">", w, ht));
        if (last < 0) {
            return svg.append("<text x=\"20\" y=\"40\">no scored pairs</text></svg>").toString();
        }
        double plotW = w - left - right;
        double plotH = ht - top - bottom;
        int bins = last - first + 1;
        double bw = plotW / bins;
        int ticks = (int) Math.ceil(max);
        for (int t = 0; t <= ticks; t++) {
            double y = top + plotH * (1 - t / Math.max(max, 1e-9));
            if (y < top) {
                continue;
            }
            svg.append(fmt("<line x1=\"%d\" y1=\"%.1f\" x2=\"%.1f\" y2=\"%.1f\" stroke=\"#edf0f3\"/>", left, y, left + plotW, y));
            svg.append(fmt("<text x=\"%d\" y=\"%.1f\" font-size=\"11\" fill=\"#616e7c\" text-anchor=\"end\">%s</text>",
                    left - 6, y + 4, t == 0 ? "1" : "1e" + t));
        }
        for (int b = first; b <= last; b++) {
            double x = left + (b - first) * bw;
            double hf = plotH * log(hist.falseCounts()[b]) / Math.max(max, 1e-9);
            double htr = plotH * log(hist.trueCounts()[b]) / Math.max(max, 1e-9);
            double half = Math.max((bw - 1) / 2, 0.5);
            svg.append(fmt("<rect x=\"%.1f\" y=\"%.1f\" width=\"%.1f\" height=\"%.1f\" fill=\"#c53030\" fill-opacity=\"0.8\"><title>weight %d..%d: %,d different persons</title></rect>",
                    x + 0.5, top + plotH - hf, half, hf, WeightHistogram.lowerEdge(b), WeightHistogram.lowerEdge(b) + 1,
                    hist.falseCounts()[b]));
            svg.append(fmt("<rect x=\"%.1f\" y=\"%.1f\" width=\"%.1f\" height=\"%.1f\" fill=\"#2f855a\" fill-opacity=\"0.85\"><title>weight %d..%d: %,d same person</title></rect>",
                    x + 0.5 + half, top + plotH - htr, half, htr, WeightHistogram.lowerEdge(b), WeightHistogram.lowerEdge(b) + 1,
                    hist.trueCounts()[b]));
            int edge = WeightHistogram.lowerEdge(b);
            if (edge % (bins > 60 ? 10 : 5) == 0) {
                svg.append(fmt("<text x=\"%.1f\" y=\"%d\" font-size=\"11\" fill=\"#616e7c\" text-anchor=\"middle\">%d</text>",
                        x, ht - bottom + 16, edge));
            }
        }
        svg.append(fmt("<line x1=\"%d\" y1=\"%.1f\" x2=\"%.1f\" y2=\"%.1f\" stroke=\"#9aa5b1\"/>", left, top + plotH, left + plotW, top + plotH));
        svg.append(fmt("<text x=\"%.1f\" y=\"%d\" font-size=\"12\" fill=\"#1f2933\" text-anchor=\"middle\">match weight (log2 Bayes factor + prior)</text>",
                left + plotW / 2, ht - 4));
        return svg.append("</svg>").toString();
    }

    private static double log(long count) {
        return count <= 0 ? 0 : Math.log10(count) + 0.15; // +0.15 so that a single pair still shows
    }

    private static final PatientField[] SHOWN = {PatientField.SOURCE, PatientField.GIVEN_NAME, PatientField.MIDDLE_NAME,
            PatientField.FAMILY_NAME, PatientField.SEX, PatientField.BIRTH_DATE, PatientField.ADDRESS_LINE, PatientField.CITY,
            PatientField.STATE, PatientField.POSTAL_CODE, PatientField.PHONE, PatientField.EMAIL, PatientField.NATIONAL_ID};

    private static void pairTable(StringBuilder h, String title, String note, List<ScoredPairEvaluation.PairExample> pairs,
                                  Map<String, PatientRecord> records) {
        h.append("<h2>").append(esc(title)).append("</h2><p class=\"note\">").append(esc(note));
        if (records.isEmpty() && !pairs.isEmpty()) {
            h.append(" · pass --records to see field values");
        }
        h.append("</p>");
        if (pairs.isEmpty()) {
            h.append("<p class=\"note\">None among the scored pairs.</p>");
            return;
        }
        h.append("<div class=\"scroll\"><table class=\"pair\"><tr><th>weight</th><th>probability</th><th class=\"l\">record</th>");
        for (PatientField f : SHOWN) {
            h.append("<th class=\"l\">").append(esc(f.column().replace('_', ' '))).append("</th>");
        }
        h.append("</tr>");
        for (ScoredPairEvaluation.PairExample e : pairs) {
            PatientRecord a = records.get(e.leftId());
            PatientRecord b = records.get(e.rightId());
            for (int side = 0; side < 2; side++) {
                PatientRecord r = side == 0 ? a : b;
                PatientRecord other = side == 0 ? b : a;
                h.append(side == 0 ? "<tr class=\"first\"><td>" + fmt("%.2f", e.matchWeight()) + "</td><td>"
                        + fmt("%.5f", e.matchProbability()) + "</td>" : "<tr><td></td><td></td>");
                h.append("<td class=\"l\">").append(esc(side == 0 ? e.leftId() : e.rightId())).append("</td>");
                for (PatientField f : SHOWN) {
                    String v = r == null ? "" : nz(r.get(f));
                    String o = other == null ? "" : nz(other.get(f));
                    boolean differs = !v.isEmpty() && !o.isEmpty() && !v.equalsIgnoreCase(o);
                    h.append("<td class=\"l ").append(differs ? "diff" : "same").append("\">").append(esc(v)).append("</td>");
                }
                h.append("</tr>");
            }
        }
        h.append("</table></div>");
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }

    private static String threshold(double t) {
        String s = String.format(Locale.ROOT, "%.5f", t);
        s = s.replaceAll("0+$", "");
        return s.endsWith(".") ? s + "0" : s;
    }

    private static String fmt(String format, Object... args) {
        return String.format(Locale.ROOT, format, args);
    }

    static String esc(String s) {
        StringBuilder sb = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '<' -> sb.append("&lt;");
                case '>' -> sb.append("&gt;");
                case '&' -> sb.append("&amp;");
                case '"' -> sb.append("&quot;");
                case '\'' -> sb.append("&#39;");
                default -> sb.append(c);
            }
        }
        return sb.toString();
    }
}
