package eu.strateg.core.validation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import eu.strateg.core.indicator.Baseline;
import eu.strateg.core.indicator.Direction;
import eu.strateg.core.indicator.Indicator;
import eu.strateg.core.indicator.IndicatorType;
import eu.strateg.core.indicator.Milestone;
import eu.strateg.core.indicator.Periodicity;
import eu.strateg.core.indicator.Target;
import eu.strateg.core.observation.Observation;
import eu.strateg.core.period.Period;
import eu.strateg.core.project.Money;
import eu.strateg.core.project.Schedule;
import eu.strateg.core.strategy.Element;
import eu.strateg.core.strategy.ElementKind;
import eu.strateg.core.strategy.Lifecycle;
import eu.strateg.core.strategy.Link;
import eu.strateg.core.territory.CodeScheme;
import eu.strateg.core.territory.Territory;
import eu.strateg.core.territory.TerritoryCode;
import eu.strateg.core.territory.TerritoryLevel;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Currency;
import java.util.List;
import java.util.Map;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Test;

/**
 * Issue 13.11 and 13.12: the core refuses, before any adapter sees them, numbers and weights outside the documented
 * range ({@link Check#number}, {@link Check#weight}), texts that are not well-formed Unicode (lone surrogates,
 * non-characters such as U+FFFE and U+FFFF) and dates outside {@link Check#MIN_DATE}–{@link Check#MAX_DATE}; each
 * problem names its path.
 */
class ModelBoundsTest {

    private static final Period P2024 = Period.year(2024);

    private static Indicator indicator() {
        return Indicator.of("CYC-KM", "Cycle paths", "km", IndicatorType.OUTPUT, Direction.INCREASE, Periodicity.ANNUAL);
    }

    private static void refused(ThrowingCallable call, String path, String message) {
        assertThatThrownBy(call).isInstanceOf(ValidationException.class)
                .satisfies(e -> assertThat(((ValidationException) e).problems())
                        .anySatisfy(p -> {
                            assertThat(p.path()).isEqualTo(path);
                            assertThat(p.message()).contains(message);
                        }));
    }

    @Test
    void numbersBeyondTheDocumentedRangeAreRefusedWithTheirPath() {
        refused(() -> Observation.of("A", "2024", "1e400"), "value", "1E+400 is too large");
        refused(() -> Observation.of("A", "2024", "-1e18"), "value", "too large");
        refused(() -> Observation.of("A", "2024", "1e-1000"), "value", "more than 20 decimal places");
        refused(() -> Observation.of("A", P2024, 1e300), "value", "too large");
        refused(() -> Baseline.of("2020", "1e19"), "value", "too large");
        refused(() -> Target.of("0.000000000000000000001", 2030), "value", "more than 20 decimal places");
        refused(() -> Target.range(BigDecimal.ONE, new BigDecimal("1e30"), 2030), "high", "too large");
        refused(() -> Milestone.of(2025, "1e400"), "value", "too large");
        refused(() -> indicator().withNaturalLimit(new BigDecimal("1e25")), "naturalLimit", "too large");
        refused(() -> Money.of(new BigDecimal("1e20"), Currency.getInstance("CZK")), "amount", "too large");
    }

    @Test
    void numbersAtTheEdgesOfTheRangeAreKept() {
        BigDecimal largest = new BigDecimal("-999999999999999999.99999999999999999999");
        assertThat(Observation.of("A", P2024, largest).value()).isEqualTo(largest);
        assertThat(Observation.of("A", "2024", "1e-20").value()).isEqualByComparingTo("0.00000000000000000001");
        // trailing zeros do not count as decimal places: 0.10 stays 0.10, and a long zero tail is accepted
        assertThat(Observation.of("A", "2024", "1.5000000000000000000000000").value().scale()).isEqualTo(25);
        assertThat(Observation.of("A", "2024", "0E-400").value().signum()).isZero();
    }

    @Test
    void weightsOutsideTheirRangeAreRefusedNamingTheWeight() {
        refused(() -> indicator().withWeight(new BigDecimal("1e400")), "weight", "outside the weights Strateg works with");
        refused(() -> indicator().withWeight(new BigDecimal("1e-400")), "weight", "outside the weights");
        refused(() -> indicator().withWeight(new BigDecimal("1000000.5")), "weight", "outside the weights");
        refused(() -> indicator().withWeight(new BigDecimal("0")), "weight", "must be positive");
        refused(() -> Element.of("1", null, ElementKind.GOAL, "Goal").withWeight(new BigDecimal("0.0000001")), "weight",
                "from 0.000001 to 1000000");
        assertThat(indicator().withWeight(new BigDecimal("1000000")).weight()).isEqualByComparingTo("1000000");
        assertThat(indicator().withWeight(new BigDecimal("0.000001000")).weight()).isEqualByComparingTo("0.000001");
    }

    @Test
    void aMessageNeverPrintsAThousandDigits() {
        String huge = "9".repeat(390);
        assertThatThrownBy(() -> Observation.of("A", "2024", huge)).isInstanceOf(ValidationException.class)
                .satisfies(e -> assertThat(e.getMessage().length()).isLessThan(200));
    }

    @Test
    void loneSurrogatesAndNonCharactersAreRefusedNamingTheField() {
        refused(() -> Observation.of("A", P2024, BigDecimal.ONE).withSource("ČSÚ \uD800", null), "source", "lone surrogate U+D800 at position 4");
        refused(() -> Observation.of("A", P2024, BigDecimal.ONE).withSource(null, "\uDC00 note"), "note", "lone surrogate U+DC00");
        refused(() -> Observation.of("A", P2024, BigDecimal.ONE).withSource(null, "end\uD83D"), "note", "lone surrogate U+D83D");
        refused(() -> Observation.of("A", P2024, BigDecimal.ONE).withDisaggregation(Map.of("district", "x\uFFFE")),
                "disaggregation[district]", "non-character U+FFFE at position 1");
        refused(() -> Observation.of("A", P2024, BigDecimal.ONE).withDisaggregation(Map.of("d\uFFFF", "x")),
                "disaggregation[d\uFFFF]", "non-character U+FFFF");
        refused(() -> Element.of("1", null, ElementKind.GOAL, "Cíl \uFDD0"), "title", "non-character U+FDD0");
        refused(() -> Element.of("1", null, ElementKind.GOAL, "Cíl \uDBFF\uDFFF"), "title", "non-character U+10FFFF");
        refused(() -> Territory.of(TerritoryCode.of(CodeScheme.CZ_ZUJ, "595209"), "Žďár\uD800", TerritoryLevel.MUNICIPALITY),
                "name", "lone surrogate");
        refused(() -> Link.sdg("11.2", "label \uFFFF"), "label", "non-character");
    }

    @Test
    void wellFormedTextsOfEveryPlaneAreKept() {
        String text = "Žďár nad Sázavou, Łódź – 😀 𝔸 \uD83C\uDDE8\uD83C\uDDFF, tab\tand line\nbreaks, U+FFFD \uFFFD";
        assertThat(Observation.of("A", P2024, BigDecimal.ONE).withSource(text, text).note()).isEqualTo(text);
        assertThat(Check.unusableCharacter(text)).isNull();
    }

    @Test
    void datesOutsideTheDocumentedRangeAreRefusedNamingTheField() {
        refused(() -> Lifecycle.adopted(LocalDate.of(1899, 12, 31), "R/1"), "adoptedOn", "outside the dates Strateg keeps (1900-01-01 to 9999-12-31)");
        refused(() -> Lifecycle.adopted(LocalDate.MAX, "R/1"), "adoptedOn", "outside the dates");
        refused(() -> Lifecycle.adopted(LocalDate.of(2020, 1, 1), "R/1").archived(LocalDate.of(10_000, 1, 1)), "archivedOn", "outside");
        refused(() -> Schedule.of(LocalDate.MIN, null), "start", "outside");
        refused(() -> Schedule.of(null, LocalDate.of(-5, 1, 1)), "end", "outside");
        refused(() -> Observation.of("A", P2024, BigDecimal.ONE).withRecordedAt(Instant.MAX), "recordedAt", "outside the times");
        refused(() -> Observation.of("A", P2024, BigDecimal.ONE).withRecordedAt(Instant.parse("1899-12-31T23:59:59Z")), "recordedAt", "outside");
        refused(() -> Observation.of("A", P2024, BigDecimal.ONE).withRecordedAt(Instant.parse("+10000-01-01T00:00:00Z")), "recordedAt", "outside");
    }

    @Test
    void datesAtTheEdgesOfTheRangeAreKept() {
        assertThatCode(() -> Lifecycle.adopted(Check.MIN_DATE, "R/1").archived(Check.MAX_DATE)).doesNotThrowAnyException();
        assertThatCode(() -> Schedule.of(Check.MIN_DATE, Check.MAX_DATE)).doesNotThrowAnyException();
        Observation o = Observation.of("A", P2024, BigDecimal.ONE);
        assertThatCode(() -> o.withRecordedAt(Instant.parse("1900-01-01T00:00:00Z"))).doesNotThrowAnyException();
        assertThatCode(() -> o.withRecordedAt(Instant.parse("9999-12-31T23:59:59.999999999Z"))).doesNotThrowAnyException();
        assertThat(List.of(Check.MIN_DATE, Check.MAX_DATE)).containsExactly(LocalDate.of(1900, 1, 1), LocalDate.of(9999, 12, 31));
    }
}
