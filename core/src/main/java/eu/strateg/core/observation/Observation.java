package eu.strateg.core.observation;

import eu.strateg.core.period.Period;
import eu.strateg.core.validation.Check;
import eu.strateg.core.validation.Problems;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.Map;
import java.util.SortedMap;

/**
 * A measured value of an indicator for a period (naměřená hodnota / wartość wskaźnika), optionally for one
 * disaggregation (district, sex, age group), with its status, source and the time it was recorded.
 *
 * <p>The value is an exact decimal: what was entered as 0.1 stays 0.1. The series an observation belongs to is
 * its indicator code plus its disaggregation; the empty disaggregation is the headline (total). A store keeps
 * one current value per series and period and every earlier one as history.
 *
 * @param recordedAt when the value became known to Strateg; stores stamp it from their clock when null
 */
public record Observation(
        String indicatorCode,
        Period period,
        BigDecimal value,
        SortedMap<String, String> disaggregation,
        ObservationStatus status,
        String source,
        String note,
        Instant recordedAt) {

    public Observation {
        Problems p = new Problems();
        Check.code(p, "indicator", indicatorCode);
        Check.required(p, "period", period);
        Check.required(p, "value", value);
        Check.number(p, "value", value);
        disaggregation = Check.stringMap(p, "disaggregation", disaggregation);
        status = status == null ? ObservationStatus.FINAL : status;
        Check.optionalText(p, "source", source);
        Check.optionalText(p, "note", note);
        Check.instant(p, "recordedAt", recordedAt);
        p.throwIfAny();
    }

    public static Observation of(String indicatorCode, Period period, BigDecimal value) {
        return new Observation(indicatorCode, period, value, null, ObservationStatus.FINAL, null, null, null);
    }

    /** From text as a person or a file writes it; every problem is reported, with the field as path. */
    public static Observation of(String indicatorCode, String period, String value) {
        Problems p = new Problems();
        Period per = p.collect("period", () -> Period.parse(period));
        BigDecimal v = Check.decimal(p, "value", value);
        Check.code(p, "indicator", indicatorCode);
        p.throwIfAny();
        return of(indicatorCode, per, v);
    }

    public static Observation of(String indicatorCode, Period period, double value) {
        Problems p = new Problems();
        BigDecimal v = Check.finite(p, "value", value);
        p.throwIfAny();
        return of(indicatorCode, period, v);
    }

    /** The same observation for one disaggregation (dimension → value); an empty map means the headline. */
    public Observation withDisaggregation(Map<String, String> d) {
        Problems p = new Problems();
        SortedMap<String, String> checked = Check.stringMap(p, "disaggregation", d);
        p.throwIfAny();
        return new Observation(indicatorCode, period, value, checked, status, source, note, recordedAt);
    }

    public Observation withStatus(ObservationStatus s) {
        return new Observation(indicatorCode, period, value, disaggregation, s, source, note, recordedAt);
    }

    public Observation withSource(String newSource, String newNote) {
        return new Observation(indicatorCode, period, value, disaggregation, status, newSource, newNote, recordedAt);
    }

    public Observation withValue(BigDecimal v) {
        return new Observation(indicatorCode, period, v, disaggregation, status, source, note, recordedAt);
    }

    public Observation withRecordedAt(Instant at) {
        return new Observation(indicatorCode, period, value, disaggregation, status, source, note, at);
    }

    public SeriesKey seriesKey() {
        return new SeriesKey(indicatorCode, disaggregation);
    }

    /** True when this observation says the same as {@code other} (value compared numerically); recorded-at is ignored. */
    public boolean sameContentAs(Observation other) {
        return indicatorCode.equals(other.indicatorCode) && period.equals(other.period) && value.compareTo(other.value) == 0
                && disaggregation.equals(other.disaggregation) && status == other.status
                && java.util.Objects.equals(source, other.source) && java.util.Objects.equals(note, other.note);
    }
}
