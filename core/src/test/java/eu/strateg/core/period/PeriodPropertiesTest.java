package eu.strateg.core.period;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import eu.strateg.core.validation.ValidationException;
import java.time.LocalDate;
import eu.strateg.testkit.property.Gen;
import eu.strateg.testkit.property.Property;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class PeriodPropertiesTest {

    private static final Gen<Period> PERIODS = periods();

    private static Gen<Period> periods() {
        Gen<Integer> years = Gen.ints(Period.MIN_YEAR, Period.MAX_YEAR);
        Gen<Integer> halves = Gen.ints(1, 2);
        Gen<Integer> quarters = Gen.ints(1, 4);
        Gen<Integer> months = Gen.ints(1, 12);
        Gen<Integer> days = Gen.ints(1, 365);
        return Gen.oneOf(
                years.map(Period::year),
                r -> Period.halfYear(years.next(r), halves.next(r)),
                r -> Period.quarter(years.next(r), quarters.next(r)),
                r -> Period.month(years.next(r), months.next(r)),
                r -> Period.day(LocalDate.ofYearDay(years.next(r), days.next(r))));
    }

    private record Two(Period a, Period b) {
    }

    private record Three(Period a, Period b, Period c) {
    }

    @Test
    void formatThenParseGivesTheSamePeriod() {
        Property.forAll(2000, PERIODS, p -> {
            assertThat(Period.parse(p.toString())).isEqualTo(p);
            assertThat(Period.parse(p.toString()).toString()).isEqualTo(p.toString());
        });
    }

    @Test
    void orderingIsConsistentWithStartDatesThenEndDates() {
        Property.forAll(2000, r -> new Two(PERIODS.next(r), PERIODS.next(r)), two -> orderingIsConsistent(two.a(), two.b()));
    }

    private static void orderingIsConsistent(Period a, Period b) {
        int c = Integer.signum(a.compareTo(b));
        assertThat(Integer.signum(b.compareTo(a))).isEqualTo(-c);
        if (!a.start().equals(b.start())) {
            assertThat(c).isEqualTo(Integer.signum(a.start().compareTo(b.start())));
        } else {
            assertThat(c).isEqualTo(Integer.signum(a.end().compareTo(b.end())));
        }
        assertThat(c == 0).isEqualTo(a.equals(b));
    }

    @Test
    void orderingIsTransitive() {
        Property.forAll(1000, r -> new Three(PERIODS.next(r), PERIODS.next(r), PERIODS.next(r)), t -> {
            if (t.a().compareTo(t.b()) <= 0 && t.b().compareTo(t.c()) <= 0) {
                assertThat(t.a().compareTo(t.c())).isLessThanOrEqualTo(0);
            }
        });
    }

    @Test
    void aPeriodContainsItsStartAndEndAndNotTheDayAfter() {
        Property.forAll(1000, PERIODS, p -> {
            assertThat(p.contains(p.start())).isTrue();
            assertThat(p.contains(p.end())).isTrue();
            assertThat(p.start()).isBeforeOrEqualTo(p.end());
            assertThat(p.hasEndedBy(p.end())).isTrue();
            assertThat(p.hasEndedBy(p.end().minusDays(1))).isFalse();
        });
    }

    @Test
    void quartersCoverTheirYearWithoutGaps() {
        Property.forAll(1000, Gen.ints(1000, 9999), year -> {
            for (int q = 1; q < 4; q++) {
                assertThat(Period.quarter(year, q).end().plusDays(1)).isEqualTo(Period.quarter(year, q + 1).start());
            }
            assertThat(Period.quarter(year, 4).end()).isEqualTo(Period.year(year).end());
            assertThat(Period.halfYear(year, 2).end()).isEqualTo(Period.year(year).end());
        });
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

    @Test
    void anyStringEitherParsesAndRoundTripsOrIsRejectedCleanly() {
        // any characters up to 255 long, and strings of period characters, which parse now and then
        Gen<String> strings = Gen.oneOf(Gen.anyStrings(255), Gen.strings("0123456789-QH", 1, 10));
        Property.forAll(3000, strings, s -> {
            try {
                Period p = Period.parse(s);
                assertThat(p.toString()).isEqualTo(s);
            } catch (ValidationException e) {
                assertThat(e.problems()).isNotEmpty();
            }
        });
    }
}
