package eu.strateg.spreadsheet;

import eu.strateg.core.validation.Check;
import eu.strateg.core.validation.ValidationException;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;
import org.dhatim.fastexcel.reader.Cell;
import org.dhatim.fastexcel.reader.CellType;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.dhatim.fastexcel.reader.Sheet;

/**
 * The rows of one sheet, read with typed cell accessors that record a problem naming the cell when a value is not what the
 * column needs. Numbers come from the cell's stored text, so 0.1 is exactly 0.1; a number typed as text is accepted with a
 * decimal comma or point, never guessed when ambiguous ({@code 1.234}).
 */
final class SheetRows {

    private static final Pattern GROUPED = Pattern.compile("-?\\d{1,3}(\\.\\d{3})+");

    final String sheet;
    final List<Row> rows;
    private final CellProblems problems;

    private SheetRows(String sheet, List<Row> rows, CellProblems problems) {
        this.sheet = sheet;
        this.rows = rows;
        this.problems = problems;
    }

    /** Opens a workbook; a file that is not an XLSX workbook is a {@link ValidationException} naming what it is. */
    static ReadableWorkbook open(InputStream in) {
        try {
            byte[] head = in.readNBytes(8);
            InputStream all = new java.io.SequenceInputStream(new java.io.ByteArrayInputStream(head), in);
            if (ReadableWorkbook.isOLE2Header(head)) {
                throw new ValidationException("", "is an old Excel 97–2003 workbook (.xls) or encrypted: save it as an Excel workbook (.xlsx)");
            }
            if (!ReadableWorkbook.isOOXMLZipHeader(head)) {
                throw new ValidationException("", "is not an XLSX workbook (it does not start like one): save it as an Excel workbook (.xlsx)");
            }
            return new ReadableWorkbook(all, new org.dhatim.fastexcel.reader.ReadingOptions(true, false));
        } catch (IOException | RuntimeException e) {
            if (e instanceof ValidationException v) {
                throw v;
            }
            throw new ValidationException("", "cannot be read as an XLSX workbook: " + Check.printable(String.valueOf(e.getMessage())));
        }
    }

    /** The sheet with one of {@code names} (the first found), or null with a problem. */
    static SheetRows of(ReadableWorkbook wb, CellProblems problems, String... names) {
        for (String n : names) {
            Optional<Sheet> s = wb.findSheet(n);
            if (s.isPresent()) {
                try {
                    return new SheetRows(n, s.get().read(), problems);
                } catch (IOException | RuntimeException e) {
                    problems.add(n, "the sheet cannot be read: " + Check.printable(String.valueOf(e.getMessage())));
                    return null;
                }
            }
        }
        problems.add("", "the workbook has no sheet " + String.join(" / ", names) + " (sheets: "
                + String.join(", ", wb.getSheets().map(Sheet::getName).toList()) + ")");
        return null;
    }

    /** The data rows: after the header row, without wholly empty rows. */
    List<Row> data() {
        List<Row> out = new ArrayList<>();
        for (Row r : rows) {
            if (r.getRowNum() > 1 && !empty(r)) {
                out.add(r);
            }
        }
        return out;
    }

    static boolean empty(Row r) {
        for (Cell c : r) {
            if (c != null && c.getType() != CellType.EMPTY && !(c.getType() == CellType.STRING && c.asString().isBlank())) {
                return false;
            }
        }
        return true;
    }

    String where(Row r, int col) {
        return CellProblems.cell(sheet, col, r.getRowNum());
    }

    private Cell cell(Row r, int col) {
        Cell c = r.getOptionalCell(col).orElse(null);
        return c == null || c.getType() == CellType.EMPTY ? null : c;
    }

    /** The text of a cell (a number as written), or null when empty. */
    String text(Row r, int col) {
        Cell c = cell(r, col);
        if (c == null) {
            return null;
        }
        if (c.getType() == CellType.ERROR) {
            problems.add(where(r, col), "the cell shows the error " + c.getRawValue() + ": put a value in it");
            return null;
        }
        String t = c.getType() == CellType.NUMBER ? plain(c) : c.getText();
        return t == null || t.isBlank() ? null : t;
    }

    String required(Row r, int col, String what) {
        String t = text(r, col);
        if (t == null) {
            problems.add(where(r, col), "is empty: " + what + " is required");
        }
        return t;
    }

    /** A number from a number cell or from text written with a decimal comma or point; null when empty. */
    BigDecimal number(Row r, int col) {
        Cell c = cell(r, col);
        if (c == null) {
            return null;
        }
        String where = where(r, col);
        switch (c.getType()) {
            case NUMBER:
                if (isDate(c)) {
                    problems.add(where, "holds a date (" + c.asDate().toLocalDate() + "), not a number: format the cell as a number");
                    return null;
                }
                return new BigDecimal(c.getRawValue());
            case FORMULA:
                return formulaNumber(c, where);
            case STRING:
                return textNumber(c.asString().strip(), where);
            case ERROR:
                problems.add(where, "the cell shows the error " + c.getRawValue() + ": put a number in it");
                return null;
            default:
                problems.add(where, "holds " + c.getType().name().toLowerCase(Locale.ROOT) + " " + Check.printable(c.getText()) + ", not a number");
                return null;
        }
    }

    private BigDecimal formulaNumber(Cell c, String where) {
        String raw = c.getRawValue();
        if (raw == null || raw.isEmpty()) {
            problems.add(where, "the formula =" + Check.printable(String.valueOf(c.getFormula()))
                    + " has no computed value: open the workbook in Excel or LibreOffice and save it, or type the number");
            return null;
        }
        try {
            return new BigDecimal(raw);
        } catch (NumberFormatException e) {
            problems.add(where, "the formula =" + Check.printable(c.getFormula()) + " gives '" + Check.printable(raw) + "', not a number");
            return null;
        }
    }

    private BigDecimal textNumber(String t, String where) {
        if (t.isEmpty()) {
            return null;
        }
        String compact = t.replace("\u00a0", "").replace("\u202f", "").replace(" ", "");
        if (compact.matches("-?[\\d.,]+") && (!compact.equals(t) || GROUPED.matcher(compact).matches())) {
            problems.add(where, "'" + Check.printable(t) + "' is ambiguous (a thousands separator?): write the number without one, e.g. 1234,5");
            return null;
        }
        try {
            if (compact.length() <= 400 && compact.chars().filter(ch -> ch == ',' || ch == '.').count() <= 1) {
                return new BigDecimal(compact.replace(',', '.'));
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        problems.add(where, "'" + Check.printable(t) + "' is not a number (write e.g. 12,5 or 12.5)");
        return null;
    }

    /** A whole number (a year, a count); null when empty. */
    Integer integer(Row r, int col) {
        BigDecimal d = number(r, col);
        if (d == null) {
            return null;
        }
        try {
            return d.intValueExact();
        } catch (ArithmeticException e) {
            problems.add(where(r, col), d.toPlainString() + " is not a whole number");
            return null;
        }
    }

    /** A date from a date cell or from text {@code YYYY-MM-DD}; null when empty. */
    LocalDate date(Row r, int col) {
        Cell c = cell(r, col);
        if (c == null) {
            return null;
        }
        if (c.getType() == CellType.NUMBER && isDate(c)) {
            LocalDateTime t = c.asDate();
            return t.toLocalDate();
        }
        String t = text(r, col);
        try {
            return t == null ? null : LocalDate.parse(t);
        } catch (java.time.DateTimeException e) {
            problems.add(where(r, col), "'" + Check.printable(t) + "' is not a date: write YYYY-MM-DD, e.g. 2025-06-30");
            return null;
        }
    }

    /** One of an enum's names (case and spaces forgiven: {@code in progress} is IN_PROGRESS); null when empty. */
    <E extends Enum<E>> E choice(Row r, int col, Class<E> type) {
        String t = text(r, col);
        if (t == null) {
            return null;
        }
        String name = t.strip().toUpperCase(Locale.ROOT).replace(' ', '_').replace('-', '_');
        for (E e : type.getEnumConstants()) {
            if (e.name().equals(name)) {
                return e;
            }
        }
        problems.add(where(r, col), "'" + Check.printable(t) + "' is not one of " + java.util.Arrays.toString(type.getEnumConstants()));
        return null;
    }

    /** A list written as {@code a, b, c}; empty when the cell is. */
    List<String> list(Row r, int col) {
        String t = text(r, col);
        if (t == null) {
            return List.of();
        }
        return java.util.Arrays.stream(t.split("[,;]")).map(String::strip).filter(s -> !s.isEmpty()).toList();
    }

    private static boolean isDate(Cell c) {
        String f = c.getDataFormatString();
        if (f == null) {
            return false;
        }
        String stripped = f.replaceAll("\"[^\"]*\"|\\[[^\\]]*\\]", "").toLowerCase(Locale.ROOT);
        return stripped.contains("yy") || stripped.contains("dd") || stripped.contains("mmm") || stripped.matches(".*\\bd\\b.*m.*");
    }

    private static String plain(Cell c) {
        try {
            return new BigDecimal(c.getRawValue()).toPlainString();
        } catch (NumberFormatException e) {
            return c.getRawValue();
        }
    }
}
