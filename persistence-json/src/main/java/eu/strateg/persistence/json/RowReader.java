package eu.strateg.persistence.json;

import eu.strateg.core.observation.Observation;
import eu.strateg.persistence.json.internal.RowProblems;
import java.util.NoSuchElementException;

/**
 * The base of the observation readers (CSV, JSON Lines): the iterator mechanics they share: one row of look-ahead, the line of the row returned last,
 * and bad rows collected in {@link RowProblems} until the input ends or the cap is reached, then thrown as one
 * {@code ValidationException}. A subclass only says how to read the next row.
 */
public abstract class RowReader implements ObservationReader {

    protected final RowProblems problems;
    private Observation next;
    private long nextLine;
    private long currentLine;
    private boolean done;

    protected RowReader(RowProblems problems) {
        this.problems = problems;
    }

    /**
     * Reads the next row: returns false at the end of the input (or when reading cannot go on); otherwise true,
     * having called {@link #found} for a good row, or recorded the row's problems.
     */
    protected abstract boolean readNext();

    /** The observation of the row just read, and the line it starts on. */
    protected final void found(Observation observation, long line) {
        next = observation;
        nextLine = line;
    }

    @Override
    public final boolean hasNext() {
        while (next == null && !done) {
            if (!readNext()) {
                done = true;
            } else if (problems.isFull()) {
                done = true;
                next = null;
            }
        }
        if (next == null) {
            problems.throwIfAny();
        }
        return next != null;
    }

    @Override
    public final Observation next() {
        if (!hasNext()) {
            throw new NoSuchElementException();
        }
        Observation o = next;
        next = null;
        currentLine = nextLine;
        return o;
    }

    @Override
    public final long line() {
        return currentLine;
    }
}
