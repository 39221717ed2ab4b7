package eu.strateg.core.indicator;

import eu.strateg.core.validation.Check;
import eu.strateg.core.validation.Problems;
import java.math.BigDecimal;

/** An intermediate target (milník / kamień milowy) the trajectory passes through. */
public record Milestone(int year, BigDecimal value) {

    public Milestone {
        Problems p = new Problems();
        Check.required(p, "value", value);
        Check.number(p, "value", value);
        if (year < Target.MIN_YEAR || year > Target.MAX_YEAR) {
            p.add("year", "milestone year %d is outside %d–%d", year, Target.MIN_YEAR, Target.MAX_YEAR);
        }
        p.throwIfAny();
    }

    public static Milestone of(int year, String value) {
        Problems p = new Problems();
        BigDecimal v = Check.decimal(p, "value", value);
        p.throwIfAny();
        return new Milestone(year, v);
    }
}
