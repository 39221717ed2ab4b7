package eu.strateg.spreadsheet;

import eu.strateg.core.indicator.Indicator;
import eu.strateg.core.observation.Observation;
import eu.strateg.core.period.Period;
import eu.strateg.core.strategy.Element;
import eu.strateg.core.strategy.Strategy;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;

/**
 * The data-entry workbook a coordinator sends to the people who hold the numbers: one row per indicator and period still to
 * fill (ended by the date, not yet recorded), sorted by who is responsible (the indicator's person, else that of the element
 * it measures), with the unit, baseline, target and last known value beside the value cell, a number check on the value
 * cells and a sheet of instructions in cs, pl or en. {@link #read} takes it back.
 */
public final class DataEntryWorkbook {

    /** Columns of the values sheet (0-based): what {@link DataEntryReader} reads back. */
    static final int CODE = 0;
    static final int NAME = 1;
    static final int PERIOD = 2;
    static final int VALUE = 3;
    static final int STATUS = 4;
    static final int SOURCE = 10;
    static final int NOTE = 11;
    private static final String[] HEADERS = {"col.indicator", "col.name", "col.period", "col.value", "col.status", "col.unit", "col.baseline",
        "col.target", "col.last", "col.responsible", "col.source", "col.note"};

    /** One row to fill: an indicator, a period, who answers for it (null: nobody named) and the latest value known before. */
    public record Entry(Indicator indicator, Period period, String responsible, Observation lastKnown) {
    }

    private DataEntryWorkbook() {
    }

    /** The rows to fill as of {@code asOf}: each measured indicator's periods from after its baseline (or the strategy's start) that ended by then and have no value. */
    public static List<Entry> toFill(Strategy s, Collection<Observation> known, LocalDate asOf) {
        Set<String> have = new HashSet<>();
        Map<String, Observation> last = new HashMap<>();
        for (Observation o : known) {
            if (o.disaggregation() == null || o.disaggregation().isEmpty()) {
                have.add(o.indicatorCode() + "|" + o.period());
                last.merge(o.indicatorCode(), o, (a, b) -> b.period().isAfter(a.period()) ? b : a);
            }
        }
        List<Entry> out = new ArrayList<>();
        for (Indicator i : s.indicators()) {
            if (i.isComputed()) {
                continue;
            }
            for (Period p : Periods.between(i, s.period().fromYear(), s.period().toYear(), asOf)) {
                if (!have.contains(i.code() + "|" + p)) {
                    out.add(new Entry(i, p, responsible(s, i), last.get(i.code())));
                }
            }
        }
        out.sort(Comparator.comparing((Entry e) -> e.responsible() == null ? "\uffff" : e.responsible()));
        return out;
    }

    /** The rows grouped by who is responsible, in the order of {@link #toFill} (null key: nobody named). */
    public static Map<String, List<Entry>> byResponsible(List<Entry> entries) {
        Map<String, List<Entry>> out = new LinkedHashMap<>();
        for (Entry e : entries) {
            out.computeIfAbsent(e.responsible(), k -> new ArrayList<>()).add(e);
        }
        return out;
    }

    private static String responsible(Strategy s, Indicator i) {
        if (i.responsible() != null) {
            return i.responsible();
        }
        return s.elements().stream().filter(e -> e.indicatorCodes().contains(i.code()) && e.responsible() != null)
                .map(Element::responsible).findFirst().orElse(null);
    }

    /** Writes the workbook of {@code entries} in the language of {@code locale} (cs, pl, else en). */
    public static void write(Strategy s, List<Entry> entries, LocalDate asOf, Locale locale, OutputStream out) throws IOException {
        Texts t = new Texts(locale);
        Workbook wb = new Workbook(out, "Strateg", "1.0");
        Worksheet ws = wb.newWorksheet(t.get("sheet.values"));
        for (int c = 0; c < HEADERS.length; c++) {
            ws.value(0, c, t.get(HEADERS[c]));
        }
        ws.range(0, 0, 0, HEADERS.length - 1).style().bold().fillColor("DDEBF7").wrapText(true).set();
        int r = 1;
        for (Entry e : entries) {
            row(ws, r++, e, t);
        }
        if (r > 1) {
            ws.range(1, VALUE, r - 1, VALUE).style().fillColor("FFF2CC").set();
            ws.range(1, VALUE, r - 1, VALUE).validateWithFormula("OR(ISBLANK(D2),ISNUMBER(D2))").allowBlank(true).showErrorMessage(true)
                    .errorTitle(t.get("value.errorTitle")).error(t.get("value.error"));
            ws.range(1, STATUS, r - 1, STATUS).validateWithListByFormula("\"FINAL,PROVISIONAL,ESTIMATE\"").allowBlank(true);
        }
        int[] widths = {14, 40, 10, 12, 14, 10, 16, 16, 18, 22, 18, 24};
        for (int c = 0; c < widths.length; c++) {
            ws.width(c, widths[c]);
        }
        ws.freezePane(0, 1);
        ws.finish();
        instructions(wb.newWorksheet(t.get("sheet.instructions")), s, asOf, t);
        wb.finish();
    }

    private static void row(Worksheet ws, int r, Entry e, Texts t) {
        Indicator i = e.indicator();
        ws.value(r, CODE, i.code());
        ws.value(r, NAME, i.name());
        ws.value(r, PERIOD, e.period().toString());
        ws.value(r, 5, i.unit());
        ws.value(r, 6, i.baseline() == null ? "" : number(i.baseline().value()) + " (" + i.baseline().period() + ")");
        ws.value(r, 7, i.target() == null ? "" : number(i.target().value()) + " (" + i.target().year() + ")");
        ws.value(r, 8, e.lastKnown() == null ? "" : number(e.lastKnown().value()) + " (" + e.lastKnown().period() + ")");
        ws.value(r, 9, e.responsible() == null ? t.get("nobody") : e.responsible());
        ws.value(r, SOURCE, i.source() == null ? "" : i.source());
    }

    private static String number(BigDecimal d) {
        return d.toPlainString();
    }

    private static void instructions(Worksheet ws, Strategy s, LocalDate asOf, Texts t) {
        for (int k = 1; k <= 6; k++) {
            ws.value(k - 1, 0, t.format("help." + k, s.title(), s.id().value(), asOf.toString()));
        }
        ws.width(0, 120);
        ws.range(0, 0, 5, 0).style().wrapText(true).set();
    }

    /**
     * Reads a filled workbook back (its values sheet in any of the three languages): the observations of the rows with a
     * value, and for each the cell it came from. Every problem names its sheet and cell; with any problem nothing is returned.
     */
    public static Values read(InputStream in, Strategy s) {
        return DataEntryReader.read(in, s);
    }

    /** The observations read, and the value cell of each ({@code Hodnoty!D17}) so that later problems can name it. */
    public record Values(List<Observation> observations, List<String> cells) {
    }
}
