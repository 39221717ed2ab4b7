package eu.strateg.core.evaluation.method;

import eu.strateg.core.indicator.Direction;
import eu.strateg.core.indicator.Milestone;
import eu.strateg.core.period.Period;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/** Builds method inputs for tests: {@code annual("2015=100", "2016=110")}. */
final class TestSeries {

    private TestSeries() {
    }

    static SeriesData annual(String... yearValues) {
        SeriesData.Builder b = SeriesData.builder(yearValues.length);
        for (String yv : yearValues) {
            String[] parts = yv.split("=");
            b.add(Period.parse(parts[0]), new BigDecimal(parts[1]));
        }
        return b.build();
    }

    static MethodInput input(Direction d, Integer baseYear, String target, Integer targetYear) {
        return new MethodInput("X", d, baseYear == null ? null : Period.year(baseYear), target == null ? null : new BigDecimal(target), null,
                targetYear, List.of(), null, LocalDate.of(2026, 6, 30));
    }

    static MethodInput withLimit(MethodInput in, String limit) {
        return new MethodInput(in.indicatorCode(), in.direction(), in.basePeriod(), in.target(), in.targetHigh(), in.targetYear(),
                in.milestones(), new BigDecimal(limit), in.asOf());
    }

    static MethodInput withMilestones(MethodInput in, List<Milestone> milestones) {
        return new MethodInput(in.indicatorCode(), in.direction(), in.basePeriod(), in.target(), in.targetHigh(), in.targetYear(),
                milestones, in.limit(), in.asOf());
    }

    static MethodInput range(String low, String high, int year) {
        return new MethodInput("X", Direction.RANGE, null, new BigDecimal(low), new BigDecimal(high), year, List.of(), null,
                LocalDate.of(2026, 6, 30));
    }

    static MethodInput asOf(MethodInput in, LocalDate date) {
        return new MethodInput(in.indicatorCode(), in.direction(), in.basePeriod(), in.target(), in.targetHigh(), in.targetYear(),
                in.milestones(), in.limit(), date);
    }
}
