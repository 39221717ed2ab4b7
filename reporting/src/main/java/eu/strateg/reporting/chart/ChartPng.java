package eu.strateg.reporting.chart;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.FontFormatException;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.Shape;
import java.awt.geom.AffineTransform;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Line2D;
import java.awt.geom.Path2D;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.imageio.ImageIO;

/**
 * The same chart as a PNG: draws the SVG written by {@link LineChart} (or {@link DistributionChart}) with Java2D and
 * encodes it with {@code javax.imageio}, so the picture is the SVG's picture without a browser. It understands exactly
 * what those writers produce: {@code svg} (width, height), {@code g} (translate, inherited presentation attributes),
 * {@code rect}, {@code line}, {@code polyline}, {@code polygon}, {@code circle} and {@code text} with {@code fill},
 * {@code fill-opacity}, {@code stroke}, {@code stroke-width}, {@code stroke-dasharray}, {@code font-size} and
 * {@code text-anchor}, read by a small XML tokenizer of its own (elements, quoted attributes, the five entities and
 * character references; no DTD); titles are tooltips and not drawn. Text is set in DejaVu Sans shipped in this jar, whatever fonts
 * the machine has.
 */
public final class ChartPng {

    private static final String FONT_RESOURCE = "/eu/strateg/reporting/pdf/fonts/DejaVuSans.ttf";
    private static final Font FONT = loadFont();
    private static final Pattern NAME = Pattern.compile("[A-Za-z_][\\w:.-]*");
    private static final Pattern ATTRIBUTE = Pattern.compile("\\s+([A-Za-z_][\\w:.-]*)\\s*=\\s*(?:\"([^\"]*)\"|'([^']*)')");

    private ChartPng() {
    }

    /**
     * Draws {@code svg} at {@code scale} (1 = one pixel per SVG unit) on a white background and returns the PNG.
     *
     * @throws IllegalArgumentException when {@code svg} is not well-formed XML or lacks a width and height
     */
    public static byte[] png(String svg, double scale) {
        BufferedImage image = null;
        Graphics2D g = null;
        Deque<Map<String, String>> styles = new ArrayDeque<>();
        Deque<AffineTransform> transforms = new ArrayDeque<>();
        Deque<String> open = new ArrayDeque<>();
        int skipDepth = 0;
        StringBuilder text = null;
        Map<String, String> textAttrs = null;
        int i = 0;
        while (i < svg.length()) {
            int lt = svg.indexOf('<', i);
            if (lt < 0) {
                lt = svg.length();
            }
            if (lt > i && text != null && skipDepth == 0) {
                text.append(unescape(svg.substring(i, lt)));
            }
            if (lt == svg.length()) {
                break;
            }
            if (svg.startsWith("<?", lt) || svg.startsWith("<!--", lt)) {
                String close = svg.startsWith("<?", lt) ? "?>" : "-->";
                int e = svg.indexOf(close, lt);
                if (e < 0) {
                    throw notWellFormed("an unclosed " + svg.substring(lt, Math.min(svg.length(), lt + 4)), lt);
                }
                i = e + close.length();
                continue;
            }
            int gt = tagEnd(svg, lt);
            String tag = svg.substring(lt + 1, gt);
            i = gt + 1;
            if (tag.startsWith("/")) {
                String name = tag.substring(1).trim();
                if (open.isEmpty() || !open.pop().equals(name)) {
                    throw notWellFormed("an unexpected </" + name + ">", lt);
                }
                if (skipDepth > 0) {
                    skipDepth--;
                    continue;
                }
                if (name.equals("text") && text != null) {
                    draw(g, text.toString(), textAttrs);
                    text = null;
                }
                styles.pop();
                g.setTransform(transforms.pop());
                continue;
            }
            boolean empty = tag.endsWith("/");
            Matcher nm = NAME.matcher(tag);
            if (!nm.lookingAt()) {
                throw notWellFormed("a tag without a name", lt);
            }
            String name = nm.group();
            Map<String, String> a = attributes(tag.substring(nm.end(), empty ? tag.length() - 1 : tag.length()), styles.isEmpty() ? Map.of() : styles.peek(), lt);
            if (skipDepth > 0 || name.equals("title") || name.equals("desc")) {
                if (!empty) {
                    skipDepth++;
                    open.push(name);
                }
                continue;
            }
            if (name.equals("svg")) {
                int w = (int) Math.ceil(number(a, "width", Double.NaN) * scale);
                int h = (int) Math.ceil(number(a, "height", Double.NaN) * scale);
                if (w <= 0 || h <= 0) {
                    throw new IllegalArgumentException("the chart SVG has no positive width and height");
                }
                image = new BufferedImage(w, h, BufferedImage.TYPE_INT_RGB);
                g = image.createGraphics();
                g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
                g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
                g.setRenderingHint(RenderingHints.KEY_STROKE_CONTROL, RenderingHints.VALUE_STROKE_PURE);
                g.setColor(Color.WHITE);
                g.fillRect(0, 0, w, h);
                g.scale(scale, scale);
            } else if (g == null) {
                throw new IllegalArgumentException("the chart SVG must start with <svg>, not <" + name + ">");
            }
            styles.push(a);
            transforms.push(g.getTransform());
            switch (name) {
                case "g" -> translate(g, a.get("transform"));
                case "rect" -> paint(g, new Rectangle2D.Double(number(a, "x", 0), number(a, "y", 0), number(a, "width", 0), number(a, "height", 0)), a);
                case "circle" -> {
                    double rad = number(a, "r", 0);
                    paint(g, new Ellipse2D.Double(number(a, "cx", 0) - rad, number(a, "cy", 0) - rad, 2 * rad, 2 * rad), a);
                }
                case "line" -> paint(g, new Line2D.Double(number(a, "x1", 0), number(a, "y1", 0), number(a, "x2", 0), number(a, "y2", 0)), a);
                case "polyline" -> paint(g, points(a.get("points"), false), a);
                case "polygon" -> paint(g, points(a.get("points"), true), a);
                case "text" -> {
                    text = new StringBuilder();
                    textAttrs = a;
                }
                default -> {
                    // svg itself; nothing else is written by the chart writers
                }
            }
            if (empty) {
                if (name.equals("text")) {
                    text = null;
                }
                styles.pop();
                g.setTransform(transforms.pop());
            } else {
                open.push(name);
            }
        }
        if (!open.isEmpty()) {
            throw notWellFormed("<" + open.peek() + "> is never closed", svg.length());
        }
        if (image == null) {
            throw new IllegalArgumentException("the chart SVG is empty");
        }
        g.dispose();
        try {
            ByteArrayOutputStream out = new ByteArrayOutputStream(16384);
            ImageIO.write(image, "png", out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException("PNG encoding of a chart failed", e);
        }
    }

    /** The index of the {@code >} that ends the tag opened at {@code lt}, quotes respected. */
    private static int tagEnd(String svg, int lt) {
        char quote = 0;
        for (int k = lt + 1; k < svg.length(); k++) {
            char c = svg.charAt(k);
            if (quote != 0) {
                if (c == quote) {
                    quote = 0;
                }
            } else if (c == '"' || c == '\'') {
                quote = c;
            } else if (c == '>') {
                return k;
            } else if (c == '<') {
                break;
            }
        }
        throw notWellFormed("a tag without its >", lt);
    }

    private static IllegalArgumentException notWellFormed(String what, int offset) {
        return new IllegalArgumentException("the chart SVG is not well-formed: " + what + " at character " + offset);
    }

    private static Map<String, String> attributes(String source, Map<String, String> inherited, int offset) {
        Map<String, String> a = new HashMap<>();
        for (String k : new String[] {"fill", "fill-opacity", "stroke", "stroke-width", "stroke-dasharray", "font-size", "text-anchor"}) {
            if (inherited.containsKey(k)) {
                a.put(k, inherited.get(k));
            }
        }
        Matcher m = ATTRIBUTE.matcher(source);
        int at = 0;
        while (m.find() && m.start() == at) {
            String name = m.group(1);
            a.put(name.substring(name.indexOf(':') + 1), unescape(m.group(2) != null ? m.group(2) : m.group(3)));
            at = m.end();
        }
        if (!source.substring(at).isBlank()) {
            throw notWellFormed("an attribute that is not name=\"value\" (" + source.substring(at).trim() + ")", offset);
        }
        return a;
    }

    private static String unescape(String s) {
        if (s.indexOf('&') < 0) {
            return s;
        }
        StringBuilder b = new StringBuilder(s.length());
        for (int k = 0; k < s.length(); k++) {
            char c = s.charAt(k);
            int semi = c == '&' ? s.indexOf(';', k) : -1;
            if (semi < 0) {
                b.append(c);
                continue;
            }
            String e = s.substring(k + 1, semi);
            switch (e) {
                case "amp" -> b.append('&');
                case "lt" -> b.append('<');
                case "gt" -> b.append('>');
                case "quot" -> b.append('"');
                case "apos" -> b.append('\'');
                default -> {
                    if (e.startsWith("#x") || e.startsWith("#X")) {
                        b.appendCodePoint(Integer.parseInt(e.substring(2), 16));
                    } else if (e.startsWith("#")) {
                        b.appendCodePoint(Integer.parseInt(e.substring(1)));
                    } else {
                        throw new IllegalArgumentException("the chart SVG is not well-formed: an unknown entity &" + e + ";");
                    }
                }
            }
            k = semi;
        }
        return b.toString();
    }

    private static void paint(Graphics2D g, Shape shape, Map<String, String> a) {
        Color fill = colour(a.getOrDefault("fill", "#000000"), number(a, "fill-opacity", 1));
        if (fill != null && !(shape instanceof Line2D)) {
            g.setColor(fill);
            g.fill(shape);
        }
        Color stroke = colour(a.getOrDefault("stroke", "none"), 1);
        if (stroke != null) {
            g.setColor(stroke);
            g.setStroke(stroke(a));
            g.draw(shape);
        }
    }

    private static BasicStroke stroke(Map<String, String> a) {
        float width = (float) number(a, "stroke-width", 1);
        String dash = a.get("stroke-dasharray");
        if (dash == null || dash.isBlank() || dash.equals("none")) {
            return new BasicStroke(width, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER);
        }
        String[] parts = dash.trim().split("[\\s,]+");
        float[] d = new float[parts.length % 2 == 0 ? parts.length : parts.length * 2];
        for (int i = 0; i < d.length; i++) {
            d[i] = Float.parseFloat(parts[i % parts.length]);
        }
        return new BasicStroke(width, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 10, d, 0);
    }

    private static void draw(Graphics2D g, String s, Map<String, String> a) {
        Color fill = colour(a.getOrDefault("fill", "#000000"), 1);
        if (fill == null || s.isEmpty()) {
            return;
        }
        Font font = FONT.deriveFont((float) number(a, "font-size", 16));
        g.setFont(font);
        g.setColor(fill);
        double width = font.getStringBounds(s, g.getFontRenderContext()).getWidth();
        double x = number(a, "x", 0);
        String anchor = a.getOrDefault("text-anchor", "start");
        if (anchor.equals("middle")) {
            x -= width / 2;
        } else if (anchor.equals("end")) {
            x -= width;
        }
        g.drawString(s, (float) x, (float) number(a, "y", 0));
    }

    private static void translate(Graphics2D g, String transform) {
        if (transform == null) {
            return;
        }
        String t = transform.trim();
        if (!t.startsWith("translate(") || !t.endsWith(")")) {
            throw new IllegalArgumentException("the chart SVG has a transform other than translate: " + transform);
        }
        String[] xy = t.substring("translate(".length(), t.length() - 1).trim().split("[\\s,]+");
        g.translate(Double.parseDouble(xy[0]), xy.length > 1 ? Double.parseDouble(xy[1]) : 0);
    }

    private static Path2D points(String points, boolean close) {
        Path2D.Double p = new Path2D.Double();
        if (points == null || points.isBlank()) {
            return p;
        }
        String[] v = points.trim().split("[\\s,]+");
        for (int i = 0; i + 1 < v.length; i += 2) {
            double x = Double.parseDouble(v[i]);
            double y = Double.parseDouble(v[i + 1]);
            if (i == 0) {
                p.moveTo(x, y);
            } else {
                p.lineTo(x, y);
            }
        }
        if (close) {
            p.closePath();
        }
        return p;
    }

    /** {@code #rrggbb} or {@code #rgb} with an opacity, or null for {@code none}. */
    private static Color colour(String value, double opacity) {
        String v = value.trim();
        if (v.equals("none") || v.equals("transparent")) {
            return null;
        }
        if (v.equals("white")) {
            v = "#ffffff";
        } else if (v.equals("black")) {
            v = "#000000";
        }
        if (v.length() == 4 && v.charAt(0) == '#') {
            v = "#" + v.charAt(1) + v.charAt(1) + v.charAt(2) + v.charAt(2) + v.charAt(3) + v.charAt(3);
        }
        if (v.length() != 7 || v.charAt(0) != '#') {
            throw new IllegalArgumentException("the chart SVG has a colour other than #rrggbb: " + value);
        }
        int rgb = Integer.parseInt(v.substring(1), 16);
        int alpha = (int) Math.round(Math.max(0, Math.min(1, opacity)) * 255);
        return new Color((rgb >> 16) & 0xff, (rgb >> 8) & 0xff, rgb & 0xff, alpha);
    }

    private static double number(Map<String, String> a, String name, double fallback) {
        String v = a.get(name);
        if (v == null || v.isBlank()) {
            return fallback;
        }
        try {
            return Double.parseDouble(v.trim());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("the chart SVG's " + name + "=\"" + v + "\" is not a number", e);
        }
    }

    private static Font loadFont() {
        try (InputStream in = ChartPng.class.getResourceAsStream(FONT_RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException(FONT_RESOURCE + " is missing from the reporting jar");
            }
            return Font.createFont(Font.TRUETYPE_FONT, in);
        } catch (IOException | FontFormatException e) {
            throw new IllegalStateException("cannot load " + FONT_RESOURCE + ": " + e.getMessage(), e);
        }
    }

}
