package dev.kefu.examples;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * A self-contained HTML report: inline CSS, tables and SVG bar charts, no scripts, no external
 * fonts or images. Written as well-formed XHTML so that any XML parser can read it.
 */
final class HtmlReport {

    private final StringBuilder body = new StringBuilder();

    void section(String id, String title) {
        body.append("<h2 id=\"").append(esc(id)).append("\">").append(esc(title)).append("</h2>\n");
    }

    void paragraph(String text) {
        body.append("<p>").append(esc(text)).append("</p>\n");
    }

    void table(List<String> header, List<List<String>> rows) {
        body.append("<table><thead><tr>");
        for (String h : header) {
            body.append("<th>").append(esc(h)).append("</th>");
        }
        body.append("</tr></thead><tbody>\n");
        for (List<String> r : rows) {
            body.append("<tr>");
            for (String c : r) {
                body.append("<td>").append(esc(c)).append("</td>");
            }
            body.append("</tr>\n");
        }
        body.append("</tbody></table>\n");
    }

    /** A horizontal bar chart of non-negative values. */
    void barChart(String title, List<String> labels, List<Double> values) {
        double max = values.stream().mapToDouble(Double::doubleValue).max().orElse(1);
        int height = 24 * labels.size() + 30;
        body.append("<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"620\" height=\"").append(height)
                .append("\" role=\"img\" aria-label=\"").append(esc(title)).append("\">\n");
        body.append("<text x=\"4\" y=\"16\" font-size=\"13\">").append(esc(title)).append("</text>\n");
        for (int i = 0; i < labels.size(); i++) {
            double w = max <= 0 ? 0 : 400 * values.get(i) / max;
            int y = 26 + 24 * i;
            body.append("<text x=\"4\" y=\"").append(y + 14).append("\" font-size=\"12\">").append(esc(labels.get(i))).append("</text>\n");
            body.append("<rect x=\"150\" y=\"").append(y).append("\" width=\"").append(String.format(java.util.Locale.ROOT, "%.1f", w))
                    .append("\" height=\"18\" fill=\"#3b7dd8\"/>\n");
            body.append("<text x=\"").append(String.format(java.util.Locale.ROOT, "%.1f", 156 + w)).append("\" y=\"").append(y + 14)
                    .append("\" font-size=\"12\">").append(esc(String.format(java.util.Locale.ROOT, "%.2f", values.get(i)))).append("</text>\n");
        }
        body.append("</svg>\n");
    }

    void write(Path file, String title) {
        String html = "<!DOCTYPE html>\n<html xmlns=\"http://www.w3.org/1999/xhtml\" lang=\"zh-CN\"><head><meta charset=\"UTF-8\"/>"
                + "<title>" + esc(title) + "</title><style>body{font-family:sans-serif;margin:2em;max-width:60em}"
                + "table{border-collapse:collapse;margin:1em 0}td,th{border:1px solid #bbb;padding:.25em .5em;font-size:13px}"
                + "th{background:#eef}</style></head><body>\n<h1>" + esc(title) + "</h1>\n" + body + "</body></html>\n";
        try {
            Files.createDirectories(file.toAbsolutePath().getParent());
            Files.writeString(file, html, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String esc(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
