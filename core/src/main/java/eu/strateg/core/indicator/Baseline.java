package eu.strateg.core.indicator;

import eu.strateg.core.period.Period;
import eu.strateg.core.validation.Check;
import eu.strateg.core.validation.Problems;
import java.math.BigDecimal;

/** The starting value of an indicator (výchozí hodnota / wartość bazowa) and the period it was measured in. */
public record Baseline(Period period, BigDecimal value) {

    public Baseline {
        Problems p = new Problems();
        Check.required(p, "period", period);
        Check.required(p, "value", value);
        Check.number(p, "value", value);
        p.throwIfAny();
    }

    public static Baseline of(Period period, BigDecimal value) {
        return new Baseline(period, value);
    }

    public static Baseline of(String period, String value) {
        Problems p = new Problems();
        Period per = p.collect("period", () -> Period.parse(period));
        BigDecimal v = Check.decimal(p, "value", value);
        p.throwIfAny();
        return new Baseline(per, v);
    }

    public static Baseline of(Period period, double value) {
        Problems p = new Problems();
        BigDecimal v = Check.finite(p, "value", value);
        p.throwIfAny();
        return new Baseline(period, v);
    }
}
