package eu.strateg.reporting.comparison;

import eu.strateg.core.comparison.Comparison;
import eu.strateg.core.comparison.Distribution;
import eu.strateg.core.comparison.IndicatorComparison;
import eu.strateg.core.comparison.MissingData;
import eu.strateg.core.comparison.TerritoryValue;
import eu.strateg.core.comparison.YearComparison;
import eu.strateg.core.evaluation.Status;
import eu.strateg.reporting.i18n.Messages;
import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.util.Locale;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;

/**
 * A comparison as an XLSX workbook with one sheet: the rows and columns of {@link ComparisonCsv} (the same stable
 * column names in the header row, frozen, with an autofilter), numbers as number cells written from the exact
 * decimals, texts as string cells (which a spreadsheet never computes, so they need no neutralising).
 */
public final class ComparisonXlsx {

    private ComparisonXlsx() {
    }

    /** Writes the workbook with labels in {@code locale}'s language. */
    public static void write(Comparison comparison, Locale locale, OutputStream out) throws IOException {
        Messages m = Messages.of(locale);
        Workbook wb = new Workbook(out, "Strateg", "1.0");
        Worksheet ws = wb.newWorksheet(m.get("comparison.sheet"));
        for (int c = 0; c < ComparisonCsv.COLUMNS.size(); c++) {
            ws.value(0, c, ComparisonCsv.COLUMNS.get(c));
            ws.style(0, c).bold().fillColor("EEF1F5").set();
        }
        int r = 1;
        for (IndicatorComparison ic : comparison.indicators()) {
            for (MissingData x : ic.excluded()) {
                missing(ws, r++, "excluded", ic, x, m);
            }
            for (YearComparison y : ic.years()) {
                for (TerritoryValue v : y.values()) {
                    value(ws, r++, ic, y, v, m);
                }
                for (MissingData x : y.missing()) {
                    missing(ws, r++, "missing", ic, x, m);
                }
            }
        }
        ws.freezePane(0, 1);
        ws.setAutoFilter(0, 0, Math.max(r - 1, 1), ComparisonCsv.COLUMNS.size() - 1);
        ws.width(2, 36);
        ws.width(7, 28);
        ws.finish();
        wb.finish();
    }

    private static void indicator(Worksheet ws, int r, String record, IndicatorComparison ic) {
        ws.value(r, 0, record);
        ws.value(r, 1, ic.indicator().id());
        text(ws, r, 2, ic.name());
        text(ws, r, 3, ic.unit());
        ws.value(r, 4, ic.indicator().normalisation().name());
    }

    private static void value(Worksheet ws, int r, IndicatorComparison ic, YearComparison y, TerritoryValue v, Messages m) {
        indicator(ws, r, "value", ic);
        ws.value(r, 5, y.year());
        ws.value(r, 6, v.territory().code().toString());
        text(ws, r, 7, v.territory().name());
        ws.value(r, 8, v.localCode());
        number(ws, r, 9, v.value());
        number(ws, r, 10, v.compared());
        if (v.rank() != null) {
            ws.value(r, 11, v.rank());
        }
        Distribution d = y.distribution();
        ws.value(r, 12, d.count());
        number(ws, r, 13, d.min());
        number(ws, r, 14, d.lowerQuartile());
        number(ws, r, 15, d.median());
        number(ws, r, 16, d.upperQuartile());
        number(ws, r, 17, d.max());
        if (v.previousYear() != null) {
            ws.value(r, 21, v.previousYear());
            number(ws, r, 22, v.change());
            ws.value(r, 23, v.trend().name());
        }
        status(ws, r, v.status(), m);
    }

    private static void status(Worksheet ws, int r, Status status, Messages m) {
        if (status != null) {
            ws.value(r, 24, status.name());
            ws.value(r, 25, m.get("status." + status.name()));
        }
    }

    private static void missing(Worksheet ws, int r, String record, IndicatorComparison ic, MissingData x, Messages m) {
        indicator(ws, r, record, ic);
        if (x.year() != null) {
            ws.value(r, 5, x.year());
        }
        ws.value(r, 6, x.territory().code().toString());
        text(ws, r, 7, x.territory().name());
        ws.value(r, 8, x.localCode());
        ws.value(r, 18, x.reason().name());
        ws.value(r, 19, m.get("comparison.reason." + x.reason().name()));
        text(ws, r, 20, x.detail());
        status(ws, r, x.status(), m);
    }

    private static void text(Worksheet ws, int r, int c, String s) {
        if (s != null && !s.isEmpty()) {
            ws.value(r, c, s);
        }
    }

    private static void number(Worksheet ws, int r, int c, BigDecimal n) {
        if (n != null) {
            ws.value(r, c, n);
        }
    }
}
