package eu.strateg.spreadsheet;

import eu.strateg.core.indicator.Indicator;
import eu.strateg.core.observation.Observation;
import eu.strateg.core.observation.ObservationStatus;
import eu.strateg.core.period.Period;
import eu.strateg.core.strategy.Strategy;
import eu.strateg.core.validation.Check;
import eu.strateg.core.validation.ValidationException;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;

/** Reads a data-entry workbook back: the rows whose value cell is filled, every problem named by its cell. */
final class DataEntryReader {

    private DataEntryReader() {
    }

    static DataEntryWorkbook.Values read(InputStream in, Strategy s) {
        CellProblems problems = new CellProblems();
        List<Observation> out = new ArrayList<>();
        List<String> cells = new ArrayList<>();
        try (ReadableWorkbook wb = SheetRows.open(in)) {
            SheetRows sheet = SheetRows.of(wb, problems, Texts.valuesSheetNames().toArray(String[]::new));
            if (sheet != null) {
                Map<String, String> seen = new HashMap<>();
                for (Row r : sheet.data()) {
                    Observation o = row(sheet, r, s, problems, seen);
                    if (o != null) {
                        out.add(o);
                        cells.add(sheet.where(r, DataEntryWorkbook.VALUE));
                    }
                }
            }
        } catch (IOException e) {
            problems.add("", "cannot be read as an XLSX workbook: " + Check.printable(String.valueOf(e.getMessage())));
        }
        problems.throwIfAny();
        return new DataEntryWorkbook.Values(List.copyOf(out), List.copyOf(cells));
    }

    private static Observation row(SheetRows sheet, Row r, Strategy s, CellProblems problems, Map<String, String> seen) {
        BigDecimal value = sheet.number(r, DataEntryWorkbook.VALUE);
        String code = strip(sheet.text(r, DataEntryWorkbook.CODE));
        String periodText = strip(sheet.text(r, DataEntryWorkbook.PERIOD));
        if (value == null) {
            return null;
        }
        if (code == null) {
            problems.add(sheet.where(r, DataEntryWorkbook.CODE), "is empty, but the row has a value: which indicator is it?");
            return null;
        }
        Indicator i = s.indicator(code).orElse(null);
        if (i == null) {
            problems.add(sheet.where(r, DataEntryWorkbook.CODE), "'" + Check.printable(code) + "' is not an indicator of " + s.id());
            return null;
        }
        if (i.isComputed()) {
            problems.add(sheet.where(r, DataEntryWorkbook.CODE), code + " is computed from its formula; its values cannot be entered");
            return null;
        }
        Period period = period(sheet, r, periodText, problems);
        ObservationStatus status = sheet.choice(r, DataEntryWorkbook.STATUS, ObservationStatus.class);
        if (period == null) {
            return null;
        }
        String key = code + "|" + period;
        String earlier = seen.putIfAbsent(key, sheet.where(r, DataEntryWorkbook.VALUE));
        if (earlier != null) {
            problems.add(sheet.where(r, DataEntryWorkbook.VALUE), code + " " + period + " is also filled in " + earlier + ": keep one row");
            return null;
        }
        try {
            return new Observation(code, period, value, null, status, sheet.text(r, DataEntryWorkbook.SOURCE),
                    sheet.text(r, DataEntryWorkbook.NOTE), null);
        } catch (ValidationException e) {
            problems.addAll(sheet.where(r, DataEntryWorkbook.VALUE), e);
            return null;
        }
    }

    private static String strip(String s) {
        return s == null ? null : s.strip();
    }

    private static Period period(SheetRows sheet, Row r, String text, CellProblems problems) {
        String where = sheet.where(r, DataEntryWorkbook.PERIOD);
        if (text == null) {
            problems.add(where, "is empty, but the row has a value: which period is it?");
            return null;
        }
        try {
            return Period.parse(text);
        } catch (ValidationException e) {
            problems.add(where, e.problems().get(0).message());
            return null;
        }
    }
}
