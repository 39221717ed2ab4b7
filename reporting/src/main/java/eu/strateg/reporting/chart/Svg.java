package eu.strateg.reporting.chart;


/** A tiny SVG writer: escaped text, coordinates with two decimals, nothing else. Deterministic output. */
final class Svg {

    static final String FONT = "DejaVu Sans, Verdana, Arial, sans-serif";

    private final StringBuilder out;

    Svg(int expectedSize) {
        out = new StringBuilder(expectedSize);
    }

    /** XML-escapes text for element content and attribute values (quotes included). */
    static String escape(String s) {
        if (s == null) {
            return "";
        }
        StringBuilder b = null;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            String rep = switch (c) {
                case '&' -> "&amp;";
                case '<' -> "&lt;";
                case '>' -> "&gt;";
                case '"' -> "&quot;";
                case '\'' -> "&#39;";
                default -> null;
            };
            if (rep == null && c < 0x20 && c != '\n' && c != '\t' && c != '\r') {
                rep = " ";
            }
            if (rep != null) {
                if (b == null) {
                    b = new StringBuilder(s.length() + 16).append(s, 0, i);
                }
                b.append(rep);
            } else if (b != null) {
                b.append(c);
            }
        }
        return b == null ? s : b.toString();
    }

    static String num(double v) {
        if (Math.abs(v - Math.rint(v)) < 1e-9) {
            return Long.toString(Math.round(v));
        }
        // two places, half-up, like "%.2f" but without the Formatter (it was 41 % of rendering a large report)
        return java.math.BigDecimal.valueOf(v).setScale(2, java.math.RoundingMode.HALF_UP).toPlainString();
    }

    Svg raw(String s) {
        out.append(s);
        return this;
    }

    /** Appends {@code name="value"} with the value escaped. */
    Svg attr(String name, String value) {
        out.append(' ').append(name).append("=\"").append(escape(value)).append('"');
        return this;
    }

    Svg attr(String name, double value) {
        out.append(' ').append(name).append("=\"").append(num(value)).append('"');
        return this;
    }

    Svg text(String s) {
        out.append(escape(s));
        return this;
    }

    /** A {@code <text>} element at (x, y) with the given anchor, size and fill. */
    Svg label(double x, double y, String anchor, int size, String fill, String text) {
        return label(null, x, y, anchor, size, fill, text);
    }

    /** The same with a class attribute (null for none). */
    Svg label(String cssClass, double x, double y, String anchor, int size, String fill, String text) {
        raw("<text");
        if (cssClass != null) {
            attr("class", cssClass);
        }
        attr("x", x).attr("y", y).attr("text-anchor", anchor).attr("font-size", size).attr("fill", fill)
                .attr("font-family", FONT).raw(">").text(text).raw("</text>");
        return this;
    }

    /** A {@code <title>} child: the tooltip and accessible name of its parent. */
    Svg title(String text) {
        return raw("<title>").text(text).raw("</title>");
    }

    @Override
    public String toString() {
        return out.toString();
    }
}
