package eu.strateg.reporting.html;

import eu.strateg.reporting.model.ReportModel;
import eu.strateg.reporting.model.ReportModel.IndicatorCard;
import eu.strateg.reporting.model.ReportModel.ObservationRow;
import eu.strateg.reporting.model.ReportModel.TreeNode;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;

/** The pieces of the portal that are not templates: the search index, the series CSV, paths and file names. */
final class SiteIndex {

    private SiteIndex() {
    }

    /** {@code window.STRATEG_INDEX = [[code, name, status class, status, area, owner, href, stale], …];} */
    static String js(ReportModel model, Map<String, String> slugs, Map<String, TreeNode> byCode) {
        StringBuilder b = new StringBuilder(model.indicators().size() * 120).append("window.STRATEG_INDEX=[\n");
        for (IndicatorCard c : model.indicators()) {
            String area = c.elements().isEmpty() ? "" : area(c.elements().get(0), byCode);
            b.append('[').append(str(c.code())).append(',').append(str(c.name())).append(',').append(str(c.status().cssClass())).append(',')
                    .append(str(c.status().text())).append(',').append(str(area)).append(',')
                    .append(str(c.indicator().responsible() == null ? "" : c.indicator().responsible())).append(',').append(str(slugs.get(c.code())))
                    .append(',').append(c.stale() ? 1 : 0).append("],\n");
        }
        return b.append("];\n").toString();
    }

    /** The top-level element above {@code code} (an element or a project code; empty when unknown). */
    static String area(String code, Map<String, TreeNode> byCode) {
        TreeNode n = byCode.get(code);
        if (n == null) {
            return "";
        }
        while (n.parentCode() != null && byCode.containsKey(n.parentCode())) {
            n = byCode.get(n.parentCode());
        }
        return n.code();
    }

    /** The elements from the top down to {@code code} (empty for null or an unknown code). */
    static List<TreeNode> path(String code, Map<String, TreeNode> byCode) {
        List<TreeNode> out = new ArrayList<>();
        for (TreeNode n = code == null ? null : byCode.get(code); n != null; n = n.parentCode() == null ? null : byCode.get(n.parentCode())) {
            out.add(n);
        }
        Collections.reverse(out);
        return out;
    }

    /** A JavaScript string literal: quotes, backslashes, line breaks and {@code <} escaped (so no {@code </script>}). */
    static String str(String s) {
        StringBuilder b = new StringBuilder(s.length() + 2).append('"');
        for (char ch : s.toCharArray()) {
            switch (ch) {
                case '"' -> b.append("\\\"");
                case '\\' -> b.append("\\\\");
                case '\n' -> b.append("\\n");
                case '\r' -> b.append("\\r");
                case '<' -> b.append("\\u003c");
                case '\u2028' -> b.append("\\u2028");
                case '\u2029' -> b.append("\\u2029");
                default -> b.append(ch);
            }
        }
        return b.append('"').toString();
    }

    /** The values of an indicator as CSV (period, value, disaggregation, status, source), comma-separated, quoted as RFC 4180. */
    static String seriesCsv(IndicatorCard c) {
        StringBuilder b = new StringBuilder("indicator,period,value,disaggregation,status,source\r\n");
        for (ObservationRow o : c.observations()) {
            b.append(q(c.code())).append(',').append(q(o.period())).append(',').append(o.value().toPlainString()).append(',')
                    .append(q(o.disaggregation())).append(',').append(q(o.status())).append(',').append(q(o.source() == null ? "" : o.source()))
                    .append("\r\n");
        }
        return b.toString();
    }

    private static String q(String s) {
        String t = eu.strateg.reporting.model.CellText.neutralise(s);
        return t.contains(",") || t.contains("\"") || t.contains("\n") || t.contains("\r") ? '"' + t.replace("\"", "\"\"") + '"' : t;
    }

    /** A code as a file name part: ASCII letters, digits, '.', '-' and '_' kept; any other character as ~ and its hex code. */
    static String safe(String code) {
        StringBuilder b = new StringBuilder();
        for (char ch : code.toCharArray()) {
            if (ch < 128 && (Character.isLetterOrDigit(ch) || ch == '.' || ch == '-' || ch == '_')) {
                b.append(ch);
            } else {
                b.append('~').append(Integer.toHexString(ch));
            }
        }
        return b.toString();
    }
}
