package eu.strateg.core.period;

import eu.strateg.core.validation.Check;
import eu.strateg.core.validation.ValidationException;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Objects;

/**
 * The time an observation, baseline or milestone refers to, in the one notation used everywhere in
 * Strateg: {@code 2024}, {@code 2024-H1}, {@code 2024-Q3}, {@code 2024-07}, {@code 2024-07-15}.
 *
 * <p>Periods are ordered by start date, then by end date (so {@code 2024-01-01 < 2024-01 < 2024-Q1 <
 * 2024-H1 < 2024}); two different periods never compare equal. Years 1000–9999 only.
 */
public final class Period implements Comparable<Period> {

    public static final int MIN_YEAR = 1000;
    public static final int MAX_YEAR = 9999;

    private final PeriodType type;
    private final int year;
    /** half (1–2), quarter (1–4), month (1–12) or day of year; 0 for a year. */
    private final int index;
    private final LocalDate start;
    private final LocalDate end;

    private Period(PeriodType type, int year, int index, LocalDate start, LocalDate end) {
        this.type = type;
        this.year = year;
        this.index = index;
        this.start = start;
        this.end = end;
    }

    public static Period year(int year) {
        checkYear(year, String.valueOf(year));
        return new Period(PeriodType.YEAR, year, 0, LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31));
    }

    public static Period halfYear(int year, int half) {
        checkYear(year, year + "-H" + half);
        if (half < 1 || half > 2) {
            throw ValidationException.of("", "'%d-H%d' is not a period: a half-year is H1 or H2", year, half);
        }
        LocalDate start = LocalDate.of(year, half == 1 ? 1 : 7, 1);
        return new Period(PeriodType.HALF_YEAR, year, half, start, start.plusMonths(6).minusDays(1));
    }

    public static Period quarter(int year, int quarter) {
        checkYear(year, year + "-Q" + quarter);
        if (quarter < 1 || quarter > 4) {
            throw ValidationException.of("", "'%d-Q%d' is not a period: a quarter is Q1 to Q4", year, quarter);
        }
        LocalDate start = LocalDate.of(year, 3 * quarter - 2, 1);
        return new Period(PeriodType.QUARTER, year, quarter, start, start.plusMonths(3).minusDays(1));
    }

    public static Period month(int year, int month) {
        checkYear(year, String.format("%d-%02d", year, month));
        if (month < 1 || month > 12) {
            throw ValidationException.of("", "'%d-%02d' is not a period: a month is 01 to 12", year, month);
        }
        YearMonth ym = YearMonth.of(year, month);
        return new Period(PeriodType.MONTH, year, month, ym.atDay(1), ym.atEndOfMonth());
    }

    public static Period day(LocalDate date) {
        if (date == null) {
            throw new ValidationException("", "a date is required");
        }
        checkYear(date.getYear(), date.toString());
        return new Period(PeriodType.DAY, date.getYear(), date.getDayOfYear(), date, date);
    }

    /**
     * Parses the notation. Rejects everything else with a message that quotes the string:
     * {@code 2024-13}, {@code 2024-Q5}, {@code 24}, the empty string.
     */
    public static Period parse(String text) {
        if (text == null || text.isEmpty()) {
            throw new ValidationException("", "a period is required (e.g. 2024, 2024-H1, 2024-Q3, 2024-07, 2024-07-15)");
        }
        String bad = "'" + Check.printable(text) + "' is not a period: use 2024, 2024-H1, 2024-Q3, 2024-07 or 2024-07-15";
        int n = text.length();
        if (n < 4 || !digits(text, 0, 4)) {
            throw new ValidationException("", bad);
        }
        int year = Integer.parseInt(text, 0, 4, 10);
        if (year < MIN_YEAR) {
            throw ValidationException.of("", "'%s' is not a period: the year must be between %d and %d", text, MIN_YEAR, MAX_YEAR);
        }
        if (n == 4) {
            return year(year);
        }
        if (text.charAt(4) != '-') {
            throw new ValidationException("", bad);
        }
        if (n == 7 && (text.charAt(5) == 'H' || text.charAt(5) == 'Q') && digits(text, 6, 7)) {
            int i = text.charAt(6) - '0';
            return text.charAt(5) == 'H' ? halfYear(year, i) : quarter(year, i);
        }
        if (n == 7 && digits(text, 5, 7)) {
            return month(year, Integer.parseInt(text, 5, 7, 10));
        }
        if (n == 10 && digits(text, 5, 7) && text.charAt(7) == '-' && digits(text, 8, 10)) {
            try {
                return day(LocalDate.of(year, Integer.parseInt(text, 5, 7, 10), Integer.parseInt(text, 8, 10, 10)));
            } catch (DateTimeException e) {
                throw new ValidationException("", "'" + text + "' is not a period: " + e.getMessage());
            }
        }
        throw new ValidationException("", bad);
    }

    private static boolean digits(String s, int from, int to) {
        for (int i = from; i < to; i++) {
            char c = s.charAt(i);
            if (c < '0' || c > '9') {
                return false;
            }
        }
        return true;
    }

    private static void checkYear(int year, String text) {
        if (year < MIN_YEAR || year > MAX_YEAR) {
            throw ValidationException.of("", "'%s' is not a period: the year must be between %d and %d", text, MIN_YEAR, MAX_YEAR);
        }
    }

    public PeriodType type() {
        return type;
    }

    public int year() {
        return year;
    }

    /** First day of the period. */
    public LocalDate start() {
        return start;
    }

    /** Last day of the period (inclusive). */
    public LocalDate end() {
        return end;
    }

    /** True when the period's last day is on or before {@code date}: its value can be known by then. */
    public boolean hasEndedBy(LocalDate date) {
        return !end.isAfter(date);
    }

    public boolean contains(LocalDate date) {
        return !date.isBefore(start) && !date.isAfter(end);
    }

    /** The period as a fractional year at its end, e.g. 2024-H1 → 2024.5; used for trajectories in time. */
    public double endAsFractionalYear() {
        LocalDate next = end.plusDays(1);
        return next.getYear() + (next.getDayOfYear() - 1) / (double) next.lengthOfYear();
    }

    @Override
    public int compareTo(Period o) {
        int c = start.compareTo(o.start);
        return c != 0 ? c : end.compareTo(o.end);
    }

    public boolean isBefore(Period o) {
        return compareTo(o) < 0;
    }

    public boolean isAfter(Period o) {
        return compareTo(o) > 0;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Period p && p.type == type && p.start.equals(start);
    }

    @Override
    public int hashCode() {
        return Objects.hash(type, start);
    }

    @Override
    public String toString() {
        return switch (type) {
            case YEAR -> String.valueOf(year);
            case HALF_YEAR -> year + "-H" + index;
            case QUARTER -> year + "-Q" + index;
            case MONTH -> String.format("%d-%02d", year, index);
            case DAY -> start.toString();
        };
    }
}
