package eu.strateg.persistence.json.internal;

import eu.strateg.core.validation.Problem;
import eu.strateg.core.validation.ValidationException;
import java.util.ArrayList;
import java.util.List;

/**
 * Problems of a line-oriented file, each named by its line ({@code line 17: period '2024-13' …}), up to a cap so that
 * a completely wrong file does not produce a million messages.
 */
public final class RowProblems {

    private final int cap;
    private final List<Problem> problems = new ArrayList<>();
    private long total;
    private java.util.function.Supplier<String> note = () -> null;

    public RowProblems(int cap) {
        if (cap < 1) {
            throw new IllegalArgumentException("the problem cap must be at least 1");
        }
        this.cap = cap;
    }

    /** Records a problem of {@code line}; {@code column} (may be empty) is the column or field it concerns. */
    public void add(long line, String column, String message) {
        total++;
        if (problems.size() < cap) {
            String what = column == null || column.isEmpty() ? message : column + " " + message;
            problems.add(new Problem("line " + line, what));
        }
    }

    /** Records a problem of one cell: {@code line 17, column 3: value '1.5' …} ({@code col} counts from 1). */
    public void addCell(long line, int col, String name, String message) {
        total++;
        if (problems.size() < cap) {
            problems.add(new Problem("line " + line + ", column " + col, name + " " + message));
        }
    }

    /** Records the problems of a model constructor, whose paths are field names. */
    public void addAll(long line, ValidationException e) {
        for (Problem p : e.problems()) {
            add(line, p.path(), p.message());
        }
    }

    /** A last line added when there are problems, e.g. how the file was read (the supplier may return null: no line). */
    public void note(java.util.function.Supplier<String> n) {
        this.note = n;
    }

    /** How many problems were reported, including those beyond the cap. */
    public long total() {
        return total;
    }

    public boolean isEmpty() {
        return problems.isEmpty();
    }

    public boolean isFull() {
        return problems.size() >= cap;
    }

    /** The problems recorded (up to the cap). */
    public List<Problem> asList() {
        return List.copyOf(problems);
    }

    public void throwIfAny() {
        if (problems.isEmpty()) {
            return;
        }
        List<Problem> all = new ArrayList<>(problems);
        if (isFull()) {
            all.add(new Problem("", "stopped reading after " + cap + " problems; fix these and read the file again"));
        }
        String last = note.get();
        if (last != null) {
            all.add(new Problem("", last));
        }
        throw new ValidationException(all);
    }
}
