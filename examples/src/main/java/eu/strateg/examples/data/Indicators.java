package eu.strateg.examples.data;

import eu.strateg.core.indicator.Baseline;
import eu.strateg.core.indicator.Direction;
import eu.strateg.core.indicator.Indicator;
import eu.strateg.core.indicator.IndicatorType;
import eu.strateg.core.indicator.Milestone;
import eu.strateg.core.indicator.Periodicity;
import eu.strateg.core.indicator.Target;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/** A terse way to write the example indicators: one chain per indicator, read like a row of an indicator table. */
final class Indicators {

    private Indicator indicator;

    private Indicators(Indicator start) {
        this.indicator = start;
    }

    static Indicators of(String code, String name, String unit, IndicatorType type, Direction direction, Periodicity periodicity) {
        return new Indicators(Indicator.of(code, name, unit, type, direction, periodicity));
    }

    Indicators baseline(String period, String value) {
        indicator = indicator.withBaseline(Baseline.of(period, value));
        return this;
    }

    Indicators target(String value, int year) {
        indicator = indicator.withTarget(Target.of(value, year));
        return this;
    }

    Indicators range(String low, String high, int year) {
        indicator = indicator.withTarget(Target.range(new BigDecimal(low), new BigDecimal(high), year));
        return this;
    }

    /** Milestones as year, value, year, value… */
    Indicators milestones(Object... yearValuePairs) {
        List<Milestone> list = new ArrayList<>();
        for (int i = 0; i + 1 < yearValuePairs.length; i += 2) {
            list.add(Milestone.of((Integer) yearValuePairs[i], (String) yearValuePairs[i + 1]));
        }
        indicator = indicator.withMilestones(list);
        return this;
    }

    Indicators limit(String naturalLimit) {
        indicator = indicator.withNaturalLimit(new BigDecimal(naturalLimit));
        return this;
    }

    Indicators method(String method) {
        indicator = indicator.withMethod(method);
        return this;
    }

    Indicators formula(String formula) {
        indicator = indicator.withFormula(formula);
        return this;
    }

    Indicators weight(String weight) {
        indicator = indicator.withWeight(new BigDecimal(weight));
        return this;
    }

    /** Description, data source, who is responsible for the values, and how many decimals to show. */
    Indicator details(String description, String source, String responsible, int decimals) {
        return indicator.withDetails(description, source, responsible, decimals);
    }
}
