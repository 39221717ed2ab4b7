package eu.strateg.persistence.json.opensdg;

import java.io.IOException;
import java.io.StringWriter;
import java.io.Writer;
import java.util.Map;
import java.util.TreeMap;

/**
 * Writes progress results as sdg-build's {@code indicator_calculation_components.yml}, one indicator at a time, in
 * PyYAML's layout: keys sorted (by code point), two-space indentation, floats as Python prints them (years
 * {@code 2015.0}), a limit written as an integer in the config as an integer, {@code null} for absent values. A key
 * of 128 characters or more takes PyYAML's explicit form ({@code ? key} / {@code : value}), folded at column 80.
 * Indicators must be written in id order (as {@link OpenSdgProgress#stream} gives them).
 */
public final class ProgressYamlWriter {

    private static final int WIDTH = 80;

    private final Writer out;
    private boolean any;

    public ProgressYamlWriter(Writer out) {
        this.out = out;
    }

    /** Writes one indicator: its series by key, then {@code progress_status} and {@code score}, all sorted. */
    public void write(IndicatorProgress indicator) throws IOException {
        Map<String, Object> m = new TreeMap<>(ProgressYamlWriter::byCodePoint);
        for (SeriesProgress s : indicator.series()) {
            m.put(s.key(), series(s));
        }
        m.put("progress_status", indicator.progressStatus());
        m.put("score", indicator.score());
        entry(indicator.id(), m, 0);
        any = true;
    }

    /** Ends the document (an empty one is {@code {}}) and flushes; does not close the writer. */
    public void finish() throws IOException {
        if (!any) {
            out.write("{}\n");
        }
        out.flush();
    }

    private static Map<String, Object> series(SeriesProgress s) {
        Map<String, Object> m = new TreeMap<>();
        m.put("base_value", s.baseValue());
        m.put("base_year", asFloat(s.baseYear()));
        m.put("current_value", s.currentValue());
        m.put("current_year", asFloat(s.currentYear()));
        m.put("direction", s.direction());
        m.put("limit", s.limit() == null ? null : s.integerLimit() ? (Object) Math.round(s.limit()) : s.limit());
        m.put("progress_value", s.progressValue());
        m.put("score", s.score());
        m.put("sign", s.sign());
        m.put("status", s.status());
        m.put("target", s.target());
        m.put("target_year", asFloat(s.targetYear()));
        return m;
    }

    private static Double asFloat(Integer year) {
        return year == null ? null : year.doubleValue();
    }

    @SuppressWarnings("unchecked")
    private void entry(String key, Object value, int indent) throws IOException {
        out.write(" ".repeat(indent));
        boolean simple = key.length() < 128;
        if (simple) {
            out.write(PyYamlScalars.string(key, true));
            out.write(':');
        } else {
            out.write("? ");
            writeFolded(PyYamlScalars.string(key, false), indent + 2, indent + 2);
            out.write('\n');
            out.write(" ".repeat(indent));
            out.write(':');
        }
        if (value instanceof Map<?, ?> map && !map.isEmpty()) {
            boolean first = true;
            for (Map.Entry<String, Object> e : ((Map<String, Object>) map).entrySet()) {
                if (first && !simple) {
                    // PyYAML continues on the line of ": " after an explicit key
                    out.write(' ');
                    inline(e.getKey(), e.getValue(), indent + 2);
                } else {
                    out.write('\n');
                    entry(e.getKey(), e.getValue(), indent + 2);
                }
                first = false;
            }
            if (indent == 0) {
                out.write('\n');
            }
        } else {
            out.write(' ');
            out.write(scalar(value));
            if (indent == 0) {
                out.write('\n');
            }
        }
    }

    /** The first entry of a mapping after an explicit key's ": ", on that line. */
    private void inline(String key, Object value, int indent) throws IOException {
        StringWriter sw = new StringWriter();
        new ProgressYamlWriter(sw).entry(key, value, indent);
        out.write(sw.toString().substring(indent));
    }

    /** A plain or quoted scalar broken at single spaces once past column 80, continuation lines at {@code indent}. */
    private void writeFolded(String text, int column, int indent) throws IOException {
        int col = column;
        int start = 0;
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) == ' ' && col + (i - start) > WIDTH && i + 1 < text.length() && text.charAt(i + 1) != ' '
                    && i > 0 && text.charAt(i - 1) != ' ') {
                out.write(text, start, i - start);
                out.write('\n');
                out.write(" ".repeat(indent));
                col = indent;
                start = i + 1;
            }
        }
        out.write(text, start, text.length() - start);
    }

    private static String scalar(Object v) {
        if (v == null) {
            return "null";
        }
        if (v instanceof Double d) {
            return PyYamlScalars.pyFloat(d);
        }
        if (v instanceof Integer || v instanceof Long) {
            return v.toString();
        }
        if (v instanceof Boolean b) {
            return b ? "true" : "false";
        }
        return PyYamlScalars.string(v.toString(), false);
    }

    private static int byCodePoint(String a, String b) {
        int i = 0;
        int j = 0;
        while (i < a.length() && j < b.length()) {
            int ca = a.codePointAt(i);
            int cb = b.codePointAt(j);
            if (ca != cb) {
                return Integer.compare(ca, cb);
            }
            i += Character.charCount(ca);
            j += Character.charCount(cb);
        }
        return Integer.compare(a.length() - i, b.length() - j);
    }
}
