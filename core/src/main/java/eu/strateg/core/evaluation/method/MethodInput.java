package eu.strateg.core.evaluation.method;

import com.google.common.collect.ImmutableList;
import eu.strateg.core.indicator.Direction;
import eu.strateg.core.indicator.Indicator;
import eu.strateg.core.indicator.Milestone;
import eu.strateg.core.period.Period;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * What a method knows about the indicator besides its values: the desired direction, the base period, the target
 * (with its year and, for a range, its high end), milestones, the natural limit, and the as-of date.
 *
 * @param basePeriod where progress is measured from (the indicator's baseline period); null lets a method use
 *     its own default (open-sdg: 2015)
 * @param target the target value (the low end of a range); null when there is none
 * @param targetYear the target year; may be set without a target (Open SDG's default 2030 is reported so)
 * @param limit the natural bound (e.g. 100 %), used by open-sdg only without a target
 */
public record MethodInput(
        String indicatorCode,
        Direction direction,
        Period basePeriod,
        BigDecimal target,
        BigDecimal targetHigh,
        Integer targetYear,
        List<Milestone> milestones,
        BigDecimal limit,
        LocalDate asOf) {

    public MethodInput {
        Objects.requireNonNull(indicatorCode, "indicatorCode");
        Objects.requireNonNull(direction, "direction");
        milestones = milestones == null ? ImmutableList.of() : ImmutableList.copyOf(milestones);
    }

    /** The input for a Strateg indicator as of a date. */
    public static MethodInput of(Indicator indicator, LocalDate asOf) {
        return new MethodInput(indicator.code(), indicator.direction(),
                indicator.baseline() == null ? null : indicator.baseline().period(),
                indicator.target() == null ? null : indicator.target().value(),
                indicator.target() == null ? null : indicator.target().high(),
                indicator.target() == null ? null : indicator.target().year(),
                indicator.milestones(), indicator.naturalLimit(), asOf);
    }

    public boolean hasTarget() {
        return target != null;
    }
}
