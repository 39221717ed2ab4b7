package eu.strateg.examples.data;

import eu.strateg.core.memory.InMemoryObservationStore;
import eu.strateg.core.observation.Observation;
import eu.strateg.core.observation.ObservationStatus;
import eu.strateg.core.period.Period;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * Writes the observation series of an example strategy compactly: a list of values from a start period, where
 * {@code null} is a gap. Every value gets a fixed recorded-at time (the usual publication lag after the period
 * ends), so the example files are the same on every run and a report "as of" a past date is reproducible.
 */
final class SeriesBuilder {

    private final List<Observation> out = new ArrayList<>();
    private final String defaultSource;

    SeriesBuilder(String defaultSource) {
        this.defaultSource = defaultSource;
    }

    /** Yearly values from {@code fromYear}; each recorded on 15 April of the following year. */
    SeriesBuilder annual(String code, int fromYear, String... values) {
        return annual(code, Map.of(), fromYear, values);
    }

    /** Yearly values of one disaggregated series (e.g. {@code obszar=miasto}). */
    SeriesBuilder annual(String code, Map<String, String> disaggregation, int fromYear, String... values) {
        for (int i = 0; i < values.length; i++) {
            if (values[i] != null) {
                Period p = Period.year(fromYear + i);
                add(code, p, values[i], disaggregation, at(LocalDate.of(fromYear + i + 1, 4, 15)));
            }
        }
        return this;
    }

    /** Quarterly values from the first quarter of {@code fromYear}; each recorded 20 days after its quarter ends. */
    SeriesBuilder quarterly(String code, int fromYear, String... values) {
        for (int i = 0; i < values.length; i++) {
            if (values[i] != null) {
                Period p = Period.quarter(fromYear + i / 4, i % 4 + 1);
                add(code, p, values[i], Map.of(), at(p.end().plusDays(20)));
            }
        }
        return this;
    }

    /** Monthly values from {@code fromYear-fromMonth}; each recorded on the 10th of the next month. */
    SeriesBuilder monthly(String code, int fromYear, int fromMonth, String... values) {
        for (int i = 0; i < values.length; i++) {
            if (values[i] != null) {
                int index = fromMonth - 1 + i;
                Period p = Period.month(fromYear + index / 12, index % 12 + 1);
                add(code, p, values[i], Map.of(), at(p.end().plusDays(10)));
            }
        }
        return this;
    }

    /** A second value for an existing period, recorded later: the earlier one stays as history. */
    SeriesBuilder correction(String code, String period, String value, LocalDate recordedOn, String note) {
        return correction(code, Map.of(), period, value, recordedOn, note);
    }

    /** A correction of one disaggregated series. */
    SeriesBuilder correction(String code, Map<String, String> disaggregation, String period, String value, LocalDate recordedOn,
            String note) {
        Observation o = new Observation(code, Period.parse(period), new BigDecimal(value), new java.util.TreeMap<>(disaggregation),
                ObservationStatus.FINAL, defaultSource, note, at(recordedOn));
        out.add(o);
        return this;
    }

    /** Marks the already added values of {@code code} for the given periods with {@code status}. */
    SeriesBuilder status(String code, ObservationStatus status, String... periods) {
        for (String period : periods) {
            Period p = Period.parse(period);
            out.replaceAll(o -> o.indicatorCode().equals(code) && o.period().equals(p) ? o.withStatus(status) : o);
        }
        return this;
    }

    /** Every value, ordered by recorded-at (so a correction always follows what it corrects), then as stores order. */
    List<Observation> build() {
        List<Observation> sorted = new ArrayList<>(out);
        sorted.sort(Comparator.comparing(Observation::recordedAt).thenComparing(InMemoryObservationStore.ORDER));
        return List.copyOf(sorted);
    }

    private void add(String code, Period period, String value, Map<String, String> disaggregation, Instant recordedAt) {
        Observation o = new Observation(code, period, new BigDecimal(value), new java.util.TreeMap<>(disaggregation),
                ObservationStatus.FINAL, defaultSource, null, recordedAt);
        out.add(o);
    }

    private static Instant at(LocalDate date) {
        return date.atTime(8, 0).toInstant(ZoneOffset.UTC);
    }

    /**
     * Invented values around a straight trend with a seasonal pattern and a little fixed pseudo-random noise
     * (seeded, so the same on every run), rounded to {@code decimals}.
     *
     * @param seasonal a factor per position in the cycle (12 for months, 4 for quarters), multiplied with the trend
     */
    static String[] generated(int count, double start, double stepPerValue, double[] seasonal, double noise, long seed, int decimals) {
        Random random = new Random(seed);
        String[] values = new String[count];
        for (int i = 0; i < count; i++) {
            double trend = start + stepPerValue * i;
            double v = trend * seasonal[i % seasonal.length] * (1 + noise * (random.nextDouble() * 2 - 1));
            values[i] = BigDecimal.valueOf(v).setScale(decimals, RoundingMode.HALF_UP).toPlainString();
        }
        return values;
    }

    /** Replaces the given positions by gaps. */
    static String[] withGaps(String[] values, int... positions) {
        String[] copy = values.clone();
        for (int p : positions) {
            copy[p] = null;
        }
        return copy;
    }
}
