package eu.csar.web.transparency.portal;

import java.util.List;
import java.util.Locale;

/**
 * A small horizontal bar chart drawn on the server as inline SVG (no script, no third-party
 * resource, so the portal's strict CSP holds): one bar per entry, its length the value's share of
 * the largest, the number written beside it. A suppressed count draws no bar at all (its length
 * would give the value away) and shows its "&lt; threshold" text. The SVG has a title and a role
 * of img; the same numbers are in the table next to it for screen readers.
 */
public final class SvgBarChart {

    /** One bar: its label, its value (null when suppressed) and the text shown for it. */
    public record Bar(String label, Long value, String shown) {
    }

    static final int WIDTH = 560;
    static final int LABEL_WIDTH = 190;
    static final int ROW = 26;
    static final int BAR_MAX = WIDTH - LABEL_WIDTH - 90;

    private SvgBarChart() {
    }

    public static String render(String id, String title, List<Bar> bars) {
        long max = bars.stream().filter(b -> b.value() != null).mapToLong(Bar::value).max().orElse(0);
        int height = Math.max(1, bars.size()) * ROW + 8;
        StringBuilder svg = new StringBuilder();
        svg.append("<svg xmlns=\"http://www.w3.org/2000/svg\" id=\"").append(escape(id)).append("\" class=\"csar-chart\" role=\"img\" width=\"100%\" ")
                .append("viewBox=\"0 0 ").append(WIDTH).append(' ').append(height).append("\" preserveAspectRatio=\"xMinYMin meet\" ")
                .append("aria-labelledby=\"").append(escape(id)).append("-title\"><title id=\"").append(escape(id)).append("-title\">")
                .append(escape(title)).append("</title>");
        int y = 4;
        for (Bar b : bars) {
            int length = b.value() == null || max == 0 ? 0 : (int) Math.max(1, Math.round((double) b.value() / max * BAR_MAX));
            svg.append("<g class=\"csar-chart-bar\" data-label=\"").append(escape(b.label())).append("\" data-shown=\"")
                    .append(escape(b.shown())).append("\">")
                    .append("<text x=\"").append(LABEL_WIDTH - 8).append("\" y=\"").append(y + 17)
                    .append("\" text-anchor=\"end\" font-size=\"13\" fill=\"#1f2933\">").append(escape(b.label())).append("</text>");
            if (length > 0) {
                svg.append("<rect x=\"").append(LABEL_WIDTH).append("\" y=\"").append(y + 4).append("\" width=\"").append(length)
                        .append("\" height=\"").append(ROW - 8).append("\" fill=\"#1d4f91\"/>");
            }
            svg.append("<text x=\"").append(LABEL_WIDTH + length + 6).append("\" y=\"").append(y + 17)
                    .append("\" font-size=\"13\" fill=\"#1f2933\">").append(escape(b.shown())).append("</text></g>");
            y += ROW;
        }
        return svg.append("</svg>").toString();
    }

    static String escape(String s) {
        StringBuilder out = new StringBuilder(s.length());
        for (char c : s.toCharArray()) {
            switch (c) {
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '&' -> out.append("&amp;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                default -> out.append(c);
            }
        }
        return out.toString();
    }

    /** A bucket bound in minutes as a short label: "≤ 45 min", "≤ 6 h", "≤ 7 d", "&gt; 7 d". */
    public static String bucketLabel(int minutes, int openBucket, int lastBound) {
        if (minutes == openBucket) {
            return "> " + lastBound / 1440 + " d";
        }
        if (minutes < 60) {
            return "≤ " + minutes + " min";
        }
        if (minutes < 2880) {
            return "≤ " + String.format(Locale.ROOT, minutes % 60 == 0 ? "%.0f" : "%.1f", minutes / 60.0) + " h";
        }
        return "≤ " + minutes / 1440 + " d";
    }
}
