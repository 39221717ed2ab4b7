package eu.strateg.core.indicator;

import eu.strateg.core.validation.Check;
import eu.strateg.core.validation.Problems;
import java.math.BigDecimal;
import java.util.List;
import java.util.regex.Pattern;

/**
 * A measurable sign of progress (indikátor, ukazatel / wskaźnik) of an element or a project.
 *
 * <p>Local rules checked here: required fields; the target year not before the baseline period; a range target
 * only for {@link Direction#RANGE} and required for it; milestones in strictly increasing years, after the
 * baseline and not after the target year; display decimals 0–10; weight positive. Rules that need the whole
 * strategy (duplicate codes, formula references) are checked by {@code Strategy}.
 *
 * @param method the evaluation method id ({@code linear}, {@code open-sdg}, {@code eurostat}, or one a user
 *     registered); null means the default for its direction
 * @param formula an expression over other indicators' codes (e.g. {@code WASTE_T / POPULATION * 1000}); null for
 *     a measured indicator
 * @param weight the indicator's weight in its element's roll-up (default 1)
 */
public record Indicator(
        String code,
        String name,
        String description,
        String unit,
        IndicatorType type,
        Direction direction,
        Periodicity periodicity,
        Baseline baseline,
        Target target,
        List<Milestone> milestones,
        BigDecimal naturalLimit,
        String method,
        int displayDecimals,
        String source,
        String formula,
        String responsible,
        BigDecimal weight) {

    /** What a method id looks like; compiled once (String.matches compiled it for every indicator). */
    private static final Pattern METHOD_ID = Pattern.compile("[a-z][a-z0-9-]{0,40}");

    public Indicator {
        Problems p = new Problems();
        Check.code(p, "code", code);
        Check.text(p, "name", name);
        Check.optionalText(p, "description", description);
        Check.text(p, "unit", unit);
        Check.required(p, "type", type);
        Check.required(p, "direction", direction);
        Check.required(p, "periodicity", periodicity);
        milestones = Check.list(p, "milestones", milestones);
        Check.optionalText(p, "source", source);
        Check.optionalText(p, "responsible", responsible);
        if (method != null && !METHOD_ID.matcher(method).matches()) {
            p.add("method", "'%s' is not a method id (lower-case letters, digits, '-')", Check.printable(method));
        }
        if (formula != null) {
            if (formula.isBlank()) {
                p.add("formula", "is empty; leave it out for a measured indicator");
            }
            Check.optionalText(p, "formula", formula);
        }
        if (displayDecimals < 0 || displayDecimals > 10) {
            p.add("displayDecimals", "must be between 0 and 10, was %d", displayDecimals);
        }
        Check.number(p, "naturalLimit", naturalLimit);
        weight = weight == null ? BigDecimal.ONE : Check.weight(p, "weight", weight);
        checkTarget(p, direction, baseline, target, milestones);
        Plausibility.checkIndicator(p, direction, baseline, target, milestones, naturalLimit);
        p.throwIfAny();
    }

    private static void checkTarget(Problems p, Direction direction, Baseline baseline, Target target, List<Milestone> milestones) {
        if (target != null && direction != null) {
            if (direction == Direction.RANGE && !target.isRange()) {
                p.add("target.high", "a RANGE indicator needs a target range (low and high)");
            }
            if (direction != Direction.RANGE && target.isRange()) {
                p.add("target.high", "only a RANGE indicator has a target range; this one is %s", direction);
            }
            if (direction == Direction.NONE) {
                p.add("target", "a context indicator (direction NONE) has no target");
            }
        }
        if (target != null && baseline != null && target.year() < baseline.period().year()) {
            p.add("target.year", "target year %d is before the baseline period %s", target.year(), baseline.period());
        }
        Integer previous = null;
        for (int i = 0; i < milestones.size(); i++) {
            Milestone m = milestones.get(i);
            String path = "milestones[" + i + "]";
            if (previous != null && m.year() <= previous) {
                p.add(path + ".year", "milestones must be in increasing years: %d comes after %d", m.year(), previous);
            }
            if (target != null && m.year() > target.year()) {
                p.add(path + ".year", "milestone year %d is after the target year %d", m.year(), target.year());
            }
            if (target == null) {
                p.add(path, "a milestone needs a target");
            }
            if (baseline != null && m.year() <= baseline.period().year()) {
                p.add(path + ".year", "milestone year %d is not after the baseline period %s", m.year(), baseline.period());
            }
            previous = m.year();
        }
    }

    /** A measured indicator with the usual defaults; use the {@code with…} methods for the rest. */
    public static Indicator of(String code, String name, String unit, IndicatorType type, Direction direction, Periodicity periodicity) {
        return new Indicator(code, name, null, unit, type, direction, periodicity, null, null, List.of(), null, null, 1,
                null, null, null, BigDecimal.ONE);
    }

    public Indicator withBaseline(Baseline b) {
        return new Indicator(code, name, description, unit, type, direction, periodicity, b, target, milestones, naturalLimit, method,
                displayDecimals, source, formula, responsible, weight);
    }

    public Indicator withTarget(Target t) {
        return new Indicator(code, name, description, unit, type, direction, periodicity, baseline, t, milestones, naturalLimit, method,
                displayDecimals, source, formula, responsible, weight);
    }

    public Indicator withMilestones(List<Milestone> m) {
        return new Indicator(code, name, description, unit, type, direction, periodicity, baseline, target, m, naturalLimit, method,
                displayDecimals, source, formula, responsible, weight);
    }

    public Indicator withNaturalLimit(BigDecimal limit) {
        return new Indicator(code, name, description, unit, type, direction, periodicity, baseline, target, milestones, limit, method,
                displayDecimals, source, formula, responsible, weight);
    }

    public Indicator withMethod(String m) {
        return new Indicator(code, name, description, unit, type, direction, periodicity, baseline, target, milestones, naturalLimit, m,
                displayDecimals, source, formula, responsible, weight);
    }

    public Indicator withFormula(String f) {
        return new Indicator(code, name, description, unit, type, direction, periodicity, baseline, target, milestones, naturalLimit, method,
                displayDecimals, source, f, responsible, weight);
    }

    public Indicator withDetails(String newDescription, String newSource, String newResponsible, int decimals) {
        return new Indicator(code, name, newDescription, unit, type, direction, periodicity, baseline, target, milestones, naturalLimit,
                method, decimals, newSource, formula, newResponsible, weight);
    }

    public Indicator withWeight(BigDecimal w) {
        return new Indicator(code, name, description, unit, type, direction, periodicity, baseline, target, milestones, naturalLimit, method,
                displayDecimals, source, formula, responsible, w);
    }

    public boolean isComputed() {
        return formula != null;
    }

    /** A context indicator is shown but never scored. */
    public boolean isContext() {
        return direction == Direction.NONE || type == IndicatorType.CONTEXT && target == null;
    }
}
