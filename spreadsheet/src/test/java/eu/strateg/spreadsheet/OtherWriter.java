package eu.strateg.spreadsheet;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import org.dhatim.fastexcel.reader.Cell;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.dhatim.fastexcel.reader.Sheet;

/**
 * A workbook as another program leaves it: every sheet copied cell by cell with fastexcel's own writer (no code of ours),
 * with some cells changed, as a person filling in values would. A value starting with {@code =} becomes a formula; a
 * {@link LocalDate} a date cell; a {@link BigDecimal} a number cell; a String a text cell.
 */
final class OtherWriter {

    private OtherWriter() {
    }

    /** {@code changes}: "Sheet!D17" → the new content. */
    static byte[] edit(byte[] workbook, Map<String, Object> changes) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ReadableWorkbook in = new ReadableWorkbook(new ByteArrayInputStream(workbook))) {
            Workbook wb = new Workbook(out, "OtherProgram", "2.0");
            for (Sheet sheet : in.getSheets().toList()) {
                Worksheet ws = wb.newWorksheet(sheet.getName());
                List<Row> rows = new ArrayList<>(sheet.read());
                for (Row r : rows) {
                    for (Cell c : r) {
                        if (c != null) {
                            copy(ws, r.getRowNum() - 1, c);
                        }
                    }
                }
                for (Map.Entry<String, Object> e : changes.entrySet()) {
                    String[] at = e.getKey().split("!");
                    if (at[0].equals(sheet.getName())) {
                        put(ws, Integer.parseInt(at[1].substring(1)) - 1, at[1].charAt(0) - 'A', e.getValue());
                    }
                }
                ws.finish();
            }
            wb.finish();
        }
        return out.toByteArray();
    }

    private static void copy(Worksheet ws, int r, Cell c) {
        switch (c.getType()) {
            case NUMBER -> ws.value(r, c.getColumnIndex(), new BigDecimal(c.getRawValue()));
            case STRING -> ws.value(r, c.getColumnIndex(), c.asString());
            case BOOLEAN -> ws.value(r, c.getColumnIndex(), c.asBoolean());
            default -> { }
        }
    }

    private static void put(Worksheet ws, int r, int c, Object v) {
        if (v instanceof BigDecimal d) {
            ws.value(r, c, d);
        } else if (v instanceof LocalDate d) {
            ws.value(r, c, d);
            ws.style(r, c).format("yyyy-mm-dd").set();
        } else if (v instanceof String s && s.startsWith("=")) {
            ws.formula(r, c, s.substring(1));
        } else if (v instanceof Boolean b) {
            ws.value(r, c, b);
        } else {
            ws.value(r, c, (String) v);
        }
    }
}
