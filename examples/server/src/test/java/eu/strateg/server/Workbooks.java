package eu.strateg.server;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;

/** Filled data-entry workbooks written by fastexcel's own writer, as another program (a spreadsheet) would save them. */
final class Workbooks {

    private Workbooks() {
    }

    /**
     * A workbook with one sheet of the data-entry layout (code, name, period, value, status; row 1 the header), each
     * row's cells in that order; a null cell is left empty, a number is a number cell, a text a text cell.
     */
    static byte[] values(String sheet, Object[]... rows) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            Workbook wb = new Workbook(out, "Jiný program", "1.0");
            Worksheet ws = wb.newWorksheet(sheet);
            String[] header = {"Kód ukazatele", "Název", "Období", "Hodnota", "Stav"};
            for (int c = 0; c < header.length; c++) {
                ws.value(0, c, header[c]);
            }
            for (int r = 0; r < rows.length; r++) {
                for (int c = 0; c < rows[r].length; c++) {
                    Object v = rows[r][c];
                    if (v instanceof BigDecimal d) {
                        ws.value(r + 1, c, d);
                    } else if (v != null) {
                        ws.value(r + 1, c, v.toString());
                    }
                }
            }
            ws.finish();
            wb.finish();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }
}
