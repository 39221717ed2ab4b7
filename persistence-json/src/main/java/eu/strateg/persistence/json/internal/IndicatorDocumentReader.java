package eu.strateg.persistence.json.internal;

import eu.strateg.core.indicator.Baseline;
import eu.strateg.core.indicator.Direction;
import eu.strateg.core.indicator.Indicator;
import eu.strateg.core.indicator.IndicatorType;
import eu.strateg.core.indicator.Milestone;
import eu.strateg.core.indicator.Periodicity;
import eu.strateg.core.indicator.Target;
import eu.strateg.core.period.Period;
import eu.strateg.core.validation.Problems;
import java.math.BigDecimal;
import java.util.List;

/** Maps the {@code indicators} of a strategy document to {@link Indicator}s. */
final class IndicatorDocumentReader {

    /** The display precision assumed when a document leaves it out. */
    static final int DEFAULT_DISPLAY_DECIMALS = 1;

    private IndicatorDocumentReader() {
    }

    static Indicator indicator(Fields f, Problems p) {
        int before = p.size();
        String code = f.text("code");
        String name = f.text("name");
        String description = f.optText("description");
        String unit = f.text("unit");
        IndicatorType type = f.enumValue("type", IndicatorType.class);
        Direction direction = f.enumValue("direction", Direction.class);
        Periodicity periodicity = f.enumValue("periodicity", Periodicity.class);
        Fields bf = f.optObject("baseline");
        Baseline baseline = bf == null ? null : baseline(bf, p);
        Fields tf = f.optObject("target");
        Target target = tf == null ? null : target(tf, p);
        List<Milestone> milestones = StrategyDocumentReader.list(f, "milestones", p, IndicatorDocumentReader::milestone);
        BigDecimal naturalLimit = f.optDecimal("naturalLimit");
        String method = f.optText("method");
        Integer decimals = f.optInteger("displayDecimals", 0, 10);
        String source = f.optText("source");
        String formula = f.optText("formula");
        String responsible = f.optText("responsible");
        BigDecimal weight = f.optDecimal("weight");
        f.finish();
        int displayDecimals = decimals == null ? DEFAULT_DISPLAY_DECIMALS : decimals;
        return StrategyDocumentReader.build(p, before, f.path(), () -> new Indicator(code, name, description, unit, type, direction,
                periodicity, baseline, target, milestones, naturalLimit, method, displayDecimals, source, formula, responsible, weight));
    }

    private static Baseline baseline(Fields f, Problems p) {
        int before = p.size();
        Period period = f.period("period");
        BigDecimal value = f.decimal("value");
        f.finish();
        return StrategyDocumentReader.build(p, before, f.path(), () -> Baseline.of(period, value));
    }

    private static Target target(Fields f, Problems p) {
        int before = p.size();
        BigDecimal value = f.decimal("value");
        BigDecimal high = f.optDecimal("high");
        Integer year = f.integer("year", Target.MIN_YEAR, Target.MAX_YEAR);
        f.finish();
        return StrategyDocumentReader.build(p, before, f.path(), () -> new Target(value, high, year));
    }

    private static Milestone milestone(Fields f, Problems p) {
        int before = p.size();
        Integer year = f.integer("year", Target.MIN_YEAR, Target.MAX_YEAR);
        BigDecimal value = f.decimal("value");
        f.finish();
        return StrategyDocumentReader.build(p, before, f.path(), () -> new Milestone(year, value));
    }
}
