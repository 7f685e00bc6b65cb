package nl.talentcharter.hrscans.web;

import java.util.List;
import java.util.Locale;
import org.springframework.web.util.HtmlUtils;

/**
 * An inline SVG radar chart drawn on the server: one axis per domain (0 in the centre, 100 at the rim) and
 * one closed polygon per series. No script, so it prints as it shows.
 */
final class RadarChart {

    /** One line on the chart; a null value leaves that axis out of the series (drawn at the centre). */
    record Series(String label, String colour, boolean dashed, List<Double> values) {
    }

    private static final int SIZE = 460;
    private static final double CENTRE = SIZE / 2.0;
    private static final double RADIUS = 150;

    private RadarChart() {
    }

    static String svg(List<String> axes, List<Series> series) {
        StringBuilder svg = new StringBuilder();
        svg.append("<svg xmlns=\"http://www.w3.org/2000/svg\" role=\"img\" class=\"radar\" width=\"").append(SIZE)
                .append("\" height=\"").append(SIZE).append("\" viewBox=\"0 0 ").append(SIZE).append(' ').append(SIZE)
                .append("\"><title>Radar van de domeinscores</title>");
        for (int ring = 1; ring <= 4; ring++) {
            double level = 25.0 * ring;
            svg.append("<polygon fill=\"none\" stroke=\"#ccc\" points=\"")
                    .append(points(axes.size(), i -> level)).append("\"/>");
        }
        for (int i = 0; i < axes.size(); i++) {
            double[] end = point(i, axes.size(), 100);
            double[] label = point(i, axes.size(), 118);
            svg.append(String.format(Locale.ROOT, "<line x1=\"%.1f\" y1=\"%.1f\" x2=\"%.1f\" y2=\"%.1f\" stroke=\"#ccc\"/>",
                    CENTRE, CENTRE, end[0], end[1]));
            String anchor = Math.abs(label[0] - CENTRE) < 5 ? "middle" : label[0] < CENTRE ? "end" : "start";
            svg.append(String.format(Locale.ROOT, "<text x=\"%.1f\" y=\"%.1f\" font-size=\"10\" text-anchor=\"%s\">%s</text>",
                    label[0], label[1], anchor, HtmlUtils.htmlEscape(axes.get(i))));
        }
        for (Series s : series) {
            svg.append("<polygon class=\"series\" data-series=\"").append(HtmlUtils.htmlEscape(s.label()))
                    .append("\" fill=\"").append(s.colour()).append("\" fill-opacity=\"0.15\" stroke=\"")
                    .append(s.colour()).append("\" stroke-width=\"2\"")
                    .append(s.dashed() ? " stroke-dasharray=\"6 4\"" : "").append(" points=\"")
                    .append(points(axes.size(), i -> s.values().get(i) == null ? 0 : s.values().get(i)))
                    .append("\"/>");
        }
        int y = SIZE - 12 * series.size();
        for (Series s : series) {
            svg.append(String.format(Locale.ROOT, "<rect x=\"8\" y=\"%d\" width=\"10\" height=\"10\" fill=\"%s\"/>"
                    + "<text x=\"24\" y=\"%d\" font-size=\"11\">%s</text>", y - 9, s.colour(), y,
                    HtmlUtils.htmlEscape(s.label())));
            y += 12;
        }
        return svg.append("</svg>").toString();
    }

    private static String points(int axes, java.util.function.IntToDoubleFunction value) {
        StringBuilder points = new StringBuilder();
        for (int i = 0; i < axes; i++) {
            double[] p = point(i, axes, value.applyAsDouble(i));
            points.append(String.format(Locale.ROOT, "%.1f,%.1f ", p[0], p[1]));
        }
        return points.toString().trim();
    }

    /** Axis {@code i} of {@code n}, starting at the top and going clockwise; {@code value} 0..100 (more for labels). */
    private static double[] point(int i, int n, double value) {
        double angle = -Math.PI / 2 + 2 * Math.PI * i / n;
        double r = RADIUS * value / 100.0;
        return new double[] {CENTRE + r * Math.cos(angle), CENTRE + r * Math.sin(angle)};
    }
}
