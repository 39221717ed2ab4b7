package eu.strateg.core.period;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import eu.strateg.core.validation.ValidationException;
import java.time.LocalDate;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class PeriodPropertiesTest {

    @Provide
    Arbitrary<Period> periods() {
        Arbitrary<Integer> years = Arbitraries.integers().between(Period.MIN_YEAR, Period.MAX_YEAR);
        return Arbitraries.oneOf(
                years.map(Period::year),
                Combinators.combine(years, Arbitraries.integers().between(1, 2)).as(Period::halfYear),
                Combinators.combine(years, Arbitraries.integers().between(1, 4)).as(Period::quarter),
                Combinators.combine(years, Arbitraries.integers().between(1, 12)).as(Period::month),
                Combinators.combine(years, Arbitraries.integers().between(1, 365)).as((y, d) -> Period.day(LocalDate.ofYearDay(y, d))));
    }

    @Property(tries = 2000)
    void formatThenParseGivesTheSamePeriod(@ForAll("periods") Period p) {
        assertThat(Period.parse(p.toString())).isEqualTo(p);
        assertThat(Period.parse(p.toString()).toString()).isEqualTo(p.toString());
    }

    @Property(tries = 2000)
    void orderingIsConsistentWithStartDatesThenEndDates(@ForAll("periods") Period a, @ForAll("periods") Period b) {
        int c = Integer.signum(a.compareTo(b));
        assertThat(Integer.signum(b.compareTo(a))).isEqualTo(-c);
        if (!a.start().equals(b.start())) {
            assertThat(c).isEqualTo(Integer.signum(a.start().compareTo(b.start())));
        } else {
            assertThat(c).isEqualTo(Integer.signum(a.end().compareTo(b.end())));
        }
        assertThat(c == 0).isEqualTo(a.equals(b));
    }

    @Property(tries = 1000)
    void orderingIsTransitive(@ForAll("periods") Period a, @ForAll("periods") Period b, @ForAll("periods") Period c) {
        if (a.compareTo(b) <= 0 && b.compareTo(c) <= 0) {
            assertThat(a.compareTo(c)).isLessThanOrEqualTo(0);
        }
    }

    @Property(tries = 1000)
    void aPeriodContainsItsStartAndEndAndNotTheDayAfter(@ForAll("periods") Period p) {
        assertThat(p.contains(p.start())).isTrue();
        assertThat(p.contains(p.end())).isTrue();
        assertThat(p.start()).isBeforeOrEqualTo(p.end());
        assertThat(p.hasEndedBy(p.end())).isTrue();
        assertThat(p.hasEndedBy(p.end().minusDays(1))).isFalse();
    }

    @Property
    void quartersCoverTheirYearWithoutGaps(@ForAll @IntRange(min = 1000, max = 9999) int year) {
        for (int q = 1; q < 4; q++) {
            assertThat(Period.quarter(year, q).end().plusDays(1)).isEqualTo(Period.quarter(year, q + 1).start());
        }
        assertThat(Period.quarter(year, 4).end()).isEqualTo(Period.year(year).end());
        assertThat(Period.halfYear(year, 2).end()).isEqualTo(Period.year(year).end());
    }

    @Test
    void parsesEachForm() {
        assertThat(Period.parse("2024").type()).isEqualTo(PeriodType.YEAR);
        assertThat(Period.parse("2024-H1").end()).isEqualTo(LocalDate.of(2024, 6, 30));
        assertThat(Period.parse("2024-Q3").start()).isEqualTo(LocalDate.of(2024, 7, 1));
        assertThat(Period.parse("2024-Q3").end()).isEqualTo(LocalDate.of(2024, 9, 30));
        assertThat(Period.parse("2024-02").end()).isEqualTo(LocalDate.of(2024, 2, 29));
        assertThat(Period.parse("2024-07-15").start()).isEqualTo(LocalDate.of(2024, 7, 15));
    }

    @Test
    void sameStartOrdersTheShorterPeriodFirst() {
        assertThat(Period.parse("2024-01-01")).isLessThan(Period.parse("2024-01"));
        assertThat(Period.parse("2024-01")).isLessThan(Period.parse("2024-Q1"));
        assertThat(Period.parse("2024-Q1")).isLessThan(Period.parse("2024-H1"));
        assertThat(Period.parse("2024-H1")).isLessThan(Period.parse("2024"));
        assertThat(Period.parse("2024")).isLessThan(Period.parse("2024-01-02"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"2024-13", "2024-Q5", "24", "2024-H3", "2024-Q0", "2024-00", "2024-02-30", "2024-7", "2024/07", " 2024",
            "2024 ", "20245", "0999", "２０２４", "2024-q3", "2024-07-1", "abcd"})
    void rejectsBadStringsNamingThem(String bad) {
        assertThatThrownBy(() -> Period.parse(bad))
                .isInstanceOf(ValidationException.class)
                .hasMessageContaining("'" + bad + "'")
                .hasMessageContaining("is not a period");
    }

    @Test
    void rejectsTheEmptyStringAndNull() {
        assertThatThrownBy(() -> Period.parse("")).isInstanceOf(ValidationException.class).hasMessageContaining("a period is required");
        assertThatThrownBy(() -> Period.parse(null)).isInstanceOf(ValidationException.class).hasMessageContaining("a period is required");
    }

    @Property(tries = 3000)
    void anyStringEitherParsesAndRoundTripsOrIsRejectedCleanly(@ForAll String s) {
        try {
            Period p = Period.parse(s);
            assertThat(p.toString()).isEqualTo(s);
        } catch (ValidationException e) {
            assertThat(e.problems()).isNotEmpty();
        }
    }
}
