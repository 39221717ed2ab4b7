package eu.strateg.persistence.jdbc;

import eu.strateg.core.evaluation.EvaluationPlan;
import eu.strateg.core.evaluation.ValueColumns;
import eu.strateg.core.observation.Observation;
import eu.strateg.core.period.Period;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BiConsumer;

/**
 * The rows of {@link PostgresNationalEvaluation}'s COPY (text format: strategy id, indicator code, series key,
 * period, value, scale, separated by tabs), gathered strategy by strategy. A strategy's headline values with at
 * most 15 significant digits become {@link ValueColumns} straight from the bytes; any other strategy's rows become
 * {@link Observation}s, exactly as the store's reader makes them. Not thread-safe.
 */
final class CopyRows {

    /** One strategy's values: columns, or observations. */
    record Values(ValueColumns columns, List<Observation> observations) {
        static final Values NONE = new Values(null, List.of());
    }

    private static final byte TAB = '\t';
    private static final byte[] HEADLINE = SeriesKeys.HEADLINE.getBytes(StandardCharsets.UTF_8);
    private static final double[] POWERS = {1e0, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10, 1e11, 1e12, 1e13, 1e14, 1e15, 1e16,
        1e17, 1e18, 1e19, 1e20, 1e21, 1e22};

    private final Map<String, EvaluationPlan> plans;
    private final boolean observationsOnly;
    private final BiConsumer<EvaluationPlan, Values> sink;
    private final Set<EvaluationPlan> seen = new HashSet<>();
    private final Map<String, Period> periodsByText = new HashMap<>();
    private long count;

    // the strategy being gathered
    private byte[] strategyId;
    private EvaluationPlan plan;
    private final List<byte[]> lines = new ArrayList<>();
    private boolean columnar;
    private byte[] code;
    private final List<String> codes = new ArrayList<>();
    private final List<Period> periods = new ArrayList<>();
    private int[] cellRow = new int[2048];
    private int[] cellColumn = new int[2048];
    private double[] cellValue = new double[2048];
    private int cells;
    private ValueColumns.Layout layout;
    private List<String> layoutCodes = List.of();
    private List<Period> layoutPeriods = List.of();

    CopyRows(Map<String, EvaluationPlan> plans, boolean observationsOnly, BiConsumer<EvaluationPlan, Values> sink) {
        this.plans = plans;
        this.observationsOnly = observationsOnly;
        this.sink = sink;
    }

    long count() {
        return count;
    }

    boolean seen(EvaluationPlan p) {
        return seen.contains(p);
    }

    /** One row of the COPY (ending with its newline). */
    void accept(byte[] row) {
        count++;
        int t1 = next(row, 0);
        if (strategyId == null || !same(row, 0, t1, strategyId)) {
            finish();
            start(Arrays.copyOf(row, t1));
        }
        lines.add(row);
        if (!columnar) {
            return;
        }
        int t2 = next(row, t1 + 1);
        int t3 = next(row, t2 + 1);
        int t4 = next(row, t3 + 1);
        int t5 = next(row, t4 + 1);
        double v = t3 - t2 - 1 == HEADLINE.length && same(row, t2 + 1, t3, HEADLINE) ? value(row, t4 + 1, t5) : Double.NaN;
        if (Double.isNaN(v)) {
            columnar = false; // a disaggregation, or a value a double does not hold exactly: read as observations
            return;
        }
        if (code == null || !same(row, t1 + 1, t2, code)) {
            code = Arrays.copyOfRange(row, t1 + 1, t2);
            codes.add(new String(code, StandardCharsets.UTF_8));
        }
        cell(codes.size() - 1, column(period(row, t3 + 1, t4)), v);
    }

    private void start(byte[] id) {
        strategyId = id;
        plan = plans.get(new String(id, StandardCharsets.UTF_8));
        columnar = !observationsOnly;
        code = null;
        codes.clear();
        periods.clear();
        cells = 0;
        lines.clear();
    }

    /** Hands the strategy gathered so far to the sink. */
    void finish() {
        if (plan == null || !seen.add(plan)) {
            return; // no row yet, or rows of a strategy that was not asked for
        }
        sink.accept(plan, columnar ? new Values(columns(), null) : new Values(null, observations()));
    }

    private ValueColumns columns() {
        if (!codes.equals(layoutCodes) || !periods.equals(layoutPeriods)) {
            layoutCodes = List.copyOf(codes);
            layoutPeriods = List.copyOf(periods);
            layout = ValueColumns.layout(layoutCodes, layoutPeriods);
        }
        double[] values = new double[codes.size() * periods.size()];
        Arrays.fill(values, Double.NaN);
        for (int k = 0; k < cells; k++) {
            values[cellRow[k] * periods.size() + cellColumn[k]] = cellValue[k];
        }
        return layout.with(values);
    }

    private List<Observation> observations() {
        List<Observation> out = new ArrayList<>(lines.size());
        for (byte[] row : lines) {
            String[] f = new String(row, 0, row.length - 1, StandardCharsets.UTF_8).split("\t", -1);
            BigDecimal value = new BigDecimal(f[4]).setScale(Integer.parseInt(f[5]));
            out.add(new Observation(f[1], period(f[3]), value, SeriesKeys.decode(unescape(f[2])), null, null, null, null));
        }
        return out;
    }

    private void cell(int row, int column, double v) {
        if (cells == cellValue.length) {
            cellRow = Arrays.copyOf(cellRow, cells * 2);
            cellColumn = Arrays.copyOf(cellColumn, cells * 2);
            cellValue = Arrays.copyOf(cellValue, cells * 2);
        }
        cellRow[cells] = row;
        cellColumn[cells] = column;
        cellValue[cells] = v;
        cells++;
    }

    private int column(Period p) {
        for (int c = periods.size() - 1; c >= 0; c--) {
            if (periods.get(c) == p) { // periods come from periodsByText: one instance per text
                return c;
            }
        }
        periods.add(p);
        return periods.size() - 1;
    }

    private Period period(byte[] row, int from, int to) {
        return period(new String(row, from, to - from, StandardCharsets.ISO_8859_1));
    }

    private Period period(String text) {
        return periodsByText.computeIfAbsent(text, Period::parse);
    }

    /**
     * The double of a plain decimal ({@code -12.345}) when it has at most 15 significant digits, so that the double
     * reads back as the same decimal; NaN otherwise. Mantissa and power of ten are exact doubles, so their quotient
     * is the correctly rounded double of the decimal, as {@link Double#parseDouble} gives it.
     */
    static double value(byte[] row, int from, int to) {
        int i = from;
        boolean negative = i < to && row[i] == '-';
        i += negative ? 1 : 0;
        long mantissa = 0;
        boolean any = false;
        int digits = 0;
        int scale = -1;
        for (; i < to; i++) {
            byte b = row[i];
            if (b == '.' && scale < 0) {
                scale = 0;
            } else if (b >= '0' && b <= '9') {
                mantissa = mantissa * 10 + (b - '0');
                any = true;
                digits += mantissa == 0 ? 0 : 1;
                scale += scale >= 0 ? 1 : 0;
                if (digits > 15) {
                    return Double.NaN;
                }
            } else {
                return Double.NaN;
            }
        }
        scale = Math.max(scale, 0);
        if (!any || scale >= POWERS.length) {
            return Double.NaN;
        }
        double v = mantissa / POWERS[scale];
        return negative ? -v : v;
    }

    private static int next(byte[] row, int from) {
        int i = from;
        while (i < row.length && row[i] != TAB && row[i] != '\n') {
            i++;
        }
        return i;
    }

    private static boolean same(byte[] row, int from, int to, byte[] text) {
        return Arrays.equals(row, from, to, text, 0, text.length);
    }

    /** A text field of COPY's text format with its backslash escapes undone. */
    static String unescape(String field) {
        if (field.indexOf('\\') < 0) {
            return field;
        }
        StringBuilder sb = new StringBuilder(field.length());
        for (int i = 0; i < field.length(); i++) {
            char ch = field.charAt(i);
            if (ch != '\\' || i + 1 == field.length()) {
                sb.append(ch);
                continue;
            }
            char e = field.charAt(++i);
            sb.append(switch (e) {
                case 't' -> '\t';
                case 'n' -> '\n';
                case 'r' -> '\r';
                case 'b' -> '\b';
                case 'f' -> '\f';
                case 'v' -> '\u000B';
                default -> e;
            });
        }
        return sb.toString();
    }
}
