package eu.strateg.core.validation;

import static org.assertj.core.api.Assertions.assertThat;

import eu.strateg.core.indicator.Baseline;
import eu.strateg.core.indicator.Direction;
import eu.strateg.core.indicator.Indicator;
import eu.strateg.core.indicator.IndicatorType;
import eu.strateg.core.indicator.Milestone;
import eu.strateg.core.indicator.Periodicity;
import eu.strateg.core.indicator.Target;
import eu.strateg.core.observation.Observation;
import eu.strateg.core.observation.ObservationStatus;
import eu.strateg.core.period.Period;
import eu.strateg.core.project.BudgetLine;
import eu.strateg.core.project.FinancingSource;
import eu.strateg.core.project.Money;
import eu.strateg.core.project.Project;
import eu.strateg.core.project.ProjectStatus;
import eu.strateg.core.project.Schedule;
import eu.strateg.core.strategy.Element;
import eu.strateg.core.strategy.ElementKind;
import eu.strateg.core.strategy.Lifecycle;
import eu.strateg.core.strategy.LifecycleState;
import eu.strateg.core.strategy.Link;
import eu.strateg.core.strategy.Strategy;
import eu.strateg.core.strategy.StrategyId;
import eu.strateg.core.strategy.StrategyKind;
import eu.strateg.core.strategy.StrategyPeriod;
import eu.strateg.core.territory.CodeScheme;
import eu.strateg.core.territory.Territory;
import eu.strateg.core.territory.TerritoryCode;
import eu.strateg.core.territory.TerritoryLevel;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Supplier;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * DESIGN.md §3: no NullPointerException, NumberFormatException or IllegalStateException reaches a caller for bad
 * data. Random nulls, empty and hostile strings and extreme numbers go into every public factory; the only
 * exception allowed out is {@link ValidationException}, and it always names at least one problem.
 */
class FactoriesRejectBadInputCleanlyTest {

    @Provide
    Arbitrary<String> texts() {
        return Arbitraries.oneOf(
                Arbitraries.just(null), Arbitraries.just(""), Arbitraries.just(" "), Arbitraries.just("\u0000"),
                Arbitraries.just("../etc/passwd"), Arbitraries.just("2024-13"), Arbitraries.just("1e999999999"),
                Arbitraries.just("NaN"), Arbitraries.just("-0"), Arbitraries.just("9".repeat(500)), Arbitraries.just("Žďár"),
                Arbitraries.just("OUT-07"), Arbitraries.just("2024"), Arbitraries.just("CZK"), Arbitraries.just("12.5"),
                Arbitraries.strings().ofMaxLength(30), Arbitraries.strings().withCharRange('0', '9').ofMinLength(1).ofMaxLength(8));
    }

    @Provide
    Arbitrary<Double> doubles() {
        return Arbitraries.oneOf(Arbitraries.of(Double.NaN, Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY, Double.MAX_VALUE,
                -Double.MAX_VALUE, Double.MIN_VALUE, 0.0, -0.0), Arbitraries.doubles());
    }

    @Provide
    Arbitrary<BigDecimal> decimals() {
        return Arbitraries.oneOf(Arbitraries.just(null), Arbitraries.of(new BigDecimal("-1e400"), new BigDecimal("1e-400"), BigDecimal.ZERO,
                new BigDecimal("-0.0001")), Arbitraries.bigDecimals());
    }

    @Provide
    Arbitrary<Integer> ints() {
        return Arbitraries.oneOf(Arbitraries.of(Integer.MIN_VALUE, Integer.MAX_VALUE, -1, 0, 1899, 2201, 9999, 10000),
                Arbitraries.integers().between(1800, 2300));
    }

    @Provide
    Arbitrary<Object> enums() {
        return Arbitraries.oneOf(Arbitraries.just(null), Arbitraries.of(Direction.values()).map(d -> (Object) d));
    }

    private static void onlyValidationException(Supplier<?> factory) {
        try {
            factory.get();
        } catch (ValidationException e) {
            assertThat(e.problems()).isNotEmpty();
            assertThat(e.getMessage()).isNotBlank();
        }
    }

    @Property(tries = 1500)
    void textFactories(@ForAll("texts") String a, @ForAll("texts") String b, @ForAll("texts") String c, @ForAll("ints") int year) {
        onlyValidationException(() -> Period.parse(a));
        onlyValidationException(() -> Observation.of(a, b, c));
        onlyValidationException(() -> Baseline.of(a, b));
        onlyValidationException(() -> Target.of(a, year));
        onlyValidationException(() -> Milestone.of(year, a));
        onlyValidationException(() -> Money.of(a, b));
        onlyValidationException(() -> StrategyId.of(a));
        onlyValidationException(() -> TerritoryCode.parse(a));
        onlyValidationException(() -> new TerritoryCode(CodeScheme.PL_TERYT, a));
        onlyValidationException(() -> new Link(a, b, c));
        onlyValidationException(() -> Element.of(a, b, ElementKind.GOAL, c));
        onlyValidationException(() -> new Territory(TerritoryCode.of(CodeScheme.NUTS, "CZ063"), a, TerritoryLevel.REGION, null));
        onlyValidationException(() -> Observation.of("I1", Period.year(2024), BigDecimal.ONE).withDisaggregation(mapOf(a, b)));
        onlyValidationException(() -> new Lifecycle(LifecycleState.ADOPTED, LocalDate.of(2021, 1, 1), a, null));
    }

    @Property(tries = 1500)
    void numberFactories(@ForAll("doubles") double d, @ForAll("decimals") BigDecimal x, @ForAll("decimals") BigDecimal y,
            @ForAll("ints") int year, @ForAll("ints") int other) {
        onlyValidationException(() -> Period.year(year));
        onlyValidationException(() -> Period.quarter(year, other));
        onlyValidationException(() -> Period.month(year, other));
        onlyValidationException(() -> Period.halfYear(year, other));
        onlyValidationException(() -> Baseline.of(Period.year(2020), d));
        onlyValidationException(() -> Target.of(d, year));
        onlyValidationException(() -> new Target(x, y, year));
        onlyValidationException(() -> Target.range(x, y, year));
        onlyValidationException(() -> new Milestone(year, x));
        onlyValidationException(() -> Observation.of("I1", Period.year(2020), d));
        onlyValidationException(() -> StrategyPeriod.of(year, other));
        onlyValidationException(() -> new BudgetLine(year, FinancingSource.OWN, x == null ? null : Money.of(x, java.util.Currency.getInstance("EUR")),
                null));
        onlyValidationException(() -> Indicator.of("I1", "n", "u", IndicatorType.OUTPUT, Direction.INCREASE, Periodicity.ANNUAL)
                .withBaseline(new Baseline(Period.year(2020), x)).withTarget(new Target(y, null, year)).withWeight(x));
    }

    @Property(tries = 1000)
    void recordConstructorsWithNulls(@ForAll("texts") String a, @ForAll("texts") String b, @ForAll("enums") Object direction,
            @ForAll("decimals") BigDecimal x, @ForAll("ints") int n) {
        Direction dir = (Direction) direction;
        onlyValidationException(() -> new Indicator(a, b, a, b, null, dir, null, null, null, Arrays.asList((Milestone) null), x, a, n, b, a,
                b, x));
        onlyValidationException(() -> new Observation(a, null, x, null, (ObservationStatus) null, a, b, (Instant) null));
        onlyValidationException(() -> new Project(a, b, a, Arrays.asList(a, null), null, new Schedule(null, null), null, null, b, null));
        onlyValidationException(() -> new Element(a, b, null, a, b, a, x, Arrays.asList(a, null), null));
        onlyValidationException(() -> new Strategy(null, n, null, a, null, null, null, Arrays.asList(a, null), b, null, null, null));
        onlyValidationException(() -> new Strategy(StrategyId.of("s"), n, null, a, StrategyKind.OTHER, StrategyPeriod.of(2021, 2030), null,
                List.of(), b, Arrays.asList(Element.of("1", a, ElementKind.MEASURE, "t"), null), List.of(), List.of()));
    }

    private static Map<String, String> mapOf(String k, String v) {
        Map<String, String> m = new TreeMap<>((p, q) -> p == null ? (q == null ? 0 : -1) : q == null ? 1 : p.compareTo(q));
        m.put(k, v);
        return m;
    }
}
