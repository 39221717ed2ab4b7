package eu.strateg.core.project;

import eu.strateg.core.validation.Check;
import eu.strateg.core.validation.Problems;
import java.time.LocalDate;

/** When a project starts and ends (either may be unknown yet); the end is never before the start. */
public record Schedule(LocalDate start, LocalDate end) {

    public static final Schedule UNKNOWN = new Schedule(null, null);

    public Schedule {
        Problems p = new Problems();
        Check.date(p, "start", start);
        Check.date(p, "end", end);
        if (start != null && end != null && end.isBefore(start)) {
            p.add("end", "ends on %s, before it starts on %s", end, start);
        }
        p.throwIfAny();
    }

    public static Schedule of(LocalDate start, LocalDate end) {
        return new Schedule(start, end);
    }
}
