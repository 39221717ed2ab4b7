package eu.strateg.spreadsheet;

import eu.strateg.core.validation.Problem;
import eu.strateg.core.validation.ValidationException;
import java.util.ArrayList;
import java.util.List;

/** Problems of a workbook, each named by its sheet and cell ({@code Hodnoty!D17}), up to a cap. */
final class CellProblems {

    static final int CAP = 200;

    private final List<Problem> problems = new ArrayList<>();
    private long total;

    /** {@code A1}-style name of a cell; {@code col} counts from 0, {@code row} from 1. */
    static String cell(String sheet, int col, int row) {
        return sheet + "!" + column(col) + row;
    }

    static String column(int col) {
        StringBuilder s = new StringBuilder();
        for (int c = col + 1; c > 0; c = (c - 1) / 26) {
            s.insert(0, (char) ('A' + (c - 1) % 26));
        }
        return s.toString();
    }

    void add(String where, String message) {
        total++;
        if (problems.size() < CAP) {
            problems.add(new Problem(where, message));
        }
    }

    /** The problems of a model constructor, found for the object of one row: their field paths follow the row's cell. */
    void addAll(String where, ValidationException e) {
        for (Problem p : e.problems()) {
            add(p.path().isEmpty() ? where : where + " (" + p.path() + ")", p.message());
        }
    }

    long total() {
        return total;
    }

    boolean isEmpty() {
        return total == 0;
    }

    void throwIfAny() {
        if (total == 0) {
            return;
        }
        List<Problem> all = new ArrayList<>(problems);
        if (total > problems.size()) {
            all.add(new Problem("", (total - problems.size()) + " more problems not listed; fix these and read the workbook again"));
        }
        all.add(new Problem("", "nothing was read from the workbook: fix the cells above and import it again"));
        throw new ValidationException(all);
    }
}
