package eu.strateg.reporting.comparison;

import eu.strateg.core.comparison.Comparison;
import eu.strateg.core.comparison.Distribution;
import eu.strateg.core.comparison.IndicatorComparison;
import eu.strateg.core.comparison.MissingData;
import eu.strateg.core.comparison.TerritoryValue;
import eu.strateg.core.comparison.YearComparison;
import eu.strateg.core.evaluation.Status;
import eu.strateg.core.text.CsvText;
import eu.strateg.reporting.i18n.Messages;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;

/**
 * A comparison as one CSV table (RFC 4180: comma, double quotes, CRLF; UTF-8 without BOM). One row per territory,
 * indicator and year, told apart by the {@code record} column: {@code value} (compared, with its rank and the year's
 * distribution repeated so each row stands alone), {@code missing} (has the indicator but no comparable value that
 * year) and {@code excluded} (left out of the whole indicator: not defined, another unit or direction; no year).
 * A value row also gives the change of the compared value since the territory's previous comparable year and its
 * {@link eu.strateg.core.comparison.Trend}. Every row of a territory that has the indicator gives the indicator's status in
 * that territory's own strategy as of {@link Comparison#statusAsOf} ({@code status}, {@code status_label}; empty when
 * no evaluation was given).
 * Column names are stable English identifiers ({@link #COLUMNS}); numbers are plain decimals with a dot, exact as
 * computed; reasons appear as the enum name and as the localised label. Text cells follow {@link CsvText#textCell}.
 */
public final class ComparisonCsv {

    /** The header row. */
    public static final List<String> COLUMNS = List.of("record", "indicator", "indicator_name", "unit", "normalisation", "year",
            "territory_code", "territory", "local_code", "value", "compared", "rank", "group_size", "min", "lower_quartile", "median",
            "upper_quartile", "max", "reason", "reason_label", "detail", "previous_year", "change", "trend", "status", "status_label");

    private ComparisonCsv() {
    }

    /** Writes the comparison with labels in {@code locale}'s language (cs, pl, else English). */
    public static void write(Comparison comparison, Locale locale, OutputStream out) throws IOException {
        Messages m = Messages.of(locale);
        Writer w = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8));
        row(w, COLUMNS.toArray(new String[0]));
        for (IndicatorComparison ic : comparison.indicators()) {
            for (MissingData x : ic.excluded()) {
                row(w, missing("excluded", ic, x, m));
            }
            for (YearComparison y : ic.years()) {
                for (TerritoryValue v : y.values()) {
                    row(w, value(ic, y, v, m));
                }
                for (MissingData x : y.missing()) {
                    row(w, missing("missing", ic, x, m));
                }
            }
        }
        w.flush();
    }

    private static String[] indicatorCells(String record, IndicatorComparison ic) {
        String[] r = new String[COLUMNS.size()];
        r[0] = CsvText.plainCell(record);
        r[1] = CsvText.plainCell(ic.indicator().id());
        r[2] = CsvText.textCell(ic.name());
        r[3] = CsvText.textCell(ic.unit());
        r[4] = CsvText.plainCell(ic.indicator().normalisation().name());
        return r;
    }

    private static String[] value(IndicatorComparison ic, YearComparison y, TerritoryValue v, Messages m) {
        String[] r = indicatorCells("value", ic);
        r[5] = String.valueOf(y.year());
        r[6] = CsvText.plainCell(v.territory().code().toString());
        r[7] = CsvText.textCell(v.territory().name());
        r[8] = CsvText.plainCell(v.localCode());
        r[9] = number(v.value());
        r[10] = number(v.compared());
        r[11] = v.rank() == null ? "" : String.valueOf(v.rank());
        Distribution d = y.distribution();
        r[12] = String.valueOf(d.count());
        r[13] = number(d.min());
        r[14] = number(d.lowerQuartile());
        r[15] = number(d.median());
        r[16] = number(d.upperQuartile());
        r[17] = number(d.max());
        r[21] = v.previousYear() == null ? "" : String.valueOf(v.previousYear());
        r[22] = number(v.change());
        r[23] = v.trend() == null ? "" : v.trend().name();
        status(r, v.status(), m);
        return r;
    }

    private static String[] missing(String record, IndicatorComparison ic, MissingData x, Messages m) {
        String[] r = indicatorCells(record, ic);
        r[5] = x.year() == null ? "" : String.valueOf(x.year());
        r[6] = CsvText.plainCell(x.territory().code().toString());
        r[7] = CsvText.textCell(x.territory().name());
        r[8] = CsvText.plainCell(x.localCode());
        r[18] = CsvText.plainCell(x.reason().name());
        r[19] = CsvText.textCell(m.get("comparison.reason." + x.reason().name()));
        r[20] = CsvText.textCell(x.detail());
        status(r, x.status(), m);
        return r;
    }

    private static void status(String[] r, Status status, Messages m) {
        if (status != null) {
            r[24] = CsvText.plainCell(status.name());
            r[25] = CsvText.textCell(m.get("status." + status.name()));
        }
    }

    private static String number(BigDecimal value) {
        return value == null ? "" : value.toPlainString();
    }

    private static void row(Writer w, String[] cells) throws IOException {
        for (int i = 0; i < cells.length; i++) {
            if (i > 0) {
                w.write(',');
            }
            if (cells[i] != null) {
                w.write(cells[i]);
            }
        }
        w.write("\r\n");
    }
}
