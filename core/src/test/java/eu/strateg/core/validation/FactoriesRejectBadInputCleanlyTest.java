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
import eu.strateg.testkit.property.Gen;
import eu.strateg.testkit.property.Property;
import org.junit.jupiter.api.Test;

/**
 * DESIGN.md §3: no NullPointerException, NumberFormatException or IllegalStateException reaches a caller for bad
 * data. Random nulls, empty and hostile strings and extreme numbers go into every public factory; the only
 * exception allowed out is {@link ValidationException}, and it always names at least one problem.
 */
class FactoriesRejectBadInputCleanlyTest {

    private static final Gen<String> TEXTS = Gen.oneOf(
            Gen.just(null), Gen.just(""), Gen.just(" "), Gen.just("\u0000"),
            Gen.just("../etc/passwd"), Gen.just("2024-13"), Gen.just("1e999999999"),
            Gen.just("NaN"), Gen.just("-0"), Gen.just("9".repeat(500)), Gen.just("Žďár"),
            Gen.just("OUT-07"), Gen.just("2024"), Gen.just("CZK"), Gen.just("12.5"),
            Gen.anyStrings(30), Gen.strings('0', '9', 1, 8));

    private static final Gen<Double> DOUBLES = Gen.oneOf(Gen.of(Double.NaN, Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY, Double.MAX_VALUE,
            -Double.MAX_VALUE, Double.MIN_VALUE, 0.0, -0.0), Gen.finiteDoubles());

    private static final Gen<BigDecimal> DECIMALS = Gen.oneOf(Gen.just(null), Gen.of(new BigDecimal("-1e400"), new BigDecimal("1e-400"),
            BigDecimal.ZERO, new BigDecimal("-0.0001")), Gen.decimals());

    private static final Gen<Integer> INTS = Gen.oneOf(Gen.of(Integer.MIN_VALUE, Integer.MAX_VALUE, -1, 0, 1899, 2201, 9999, 10000),
            Gen.ints(1800, 2300));

    private static final Gen<Direction> ENUMS = Gen.oneOf(Gen.just(null), Gen.of(Direction.class));

    private record Texts(String a, String b, String c, int year) {
    }

    private record Numbers(double d, BigDecimal x, BigDecimal y, int year, int other) {
    }

    private record WithNulls(String a, String b, Direction dir, BigDecimal x, int n) {
    }

    private static void onlyValidationException(Supplier<?> factory) {
        try {
            factory.get();
        } catch (ValidationException e) {
            assertThat(e.problems()).isNotEmpty();
            assertThat(e.getMessage()).isNotBlank();
        }
    }

    @Test
    void textFactories() {
        Property.forAll(1500, r -> new Texts(TEXTS.next(r), TEXTS.next(r), TEXTS.next(r), INTS.next(r)),
                t -> textFactories(t.a(), t.b(), t.c(), t.year()));
    }

    private static void textFactories(String a, String b, String c, int year) {
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

    @Test
    void numberFactories() {
        Property.forAll(1500, r -> new Numbers(DOUBLES.next(r), DECIMALS.next(r), DECIMALS.next(r), INTS.next(r), INTS.next(r)),
                t -> numberFactories(t.d(), t.x(), t.y(), t.year(), t.other()));
    }

    private static void numberFactories(double d, BigDecimal x, BigDecimal y, int year, int other) {
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

    @Test
    void recordConstructorsWithNulls() {
        Property.forAll(1000, r -> new WithNulls(TEXTS.next(r), TEXTS.next(r), ENUMS.next(r), DECIMALS.next(r), INTS.next(r)),
                t -> recordConstructorsWithNulls(t.a(), t.b(), t.dir(), t.x(), t.n()));
    }

    private static void recordConstructorsWithNulls(String a, String b, Direction dir, BigDecimal x, int n) {
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
