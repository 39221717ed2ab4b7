package eu.strateg.persistence.json.opensdg;

import eu.strateg.core.evaluation.Assessment;
import eu.strateg.core.evaluation.Components;
import eu.strateg.core.evaluation.NotAssessableReason;
import eu.strateg.core.evaluation.method.OpenSdgMethod;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The open-sdg result of one series, field for field as in the reference's
 * {@code expected_calculation_components.yml}: base and current year and value, target, target year, direction,
 * sign, limit, progress value, status (sdg-build's name) and score. Absent values are null; so is the progress
 * value when the target was achieved (the reference does not compute it then) or undefined (NaN).
 *
 * @param key {@code <id> / <series> / <unit> / <disaggregation values>}
 * @param reason why it is not assessable (null when it is)
 * @param problem a description when the selection itself failed (e.g. many sub-series), else null
 * @param assessment the full assessment with its components
 * @param integerLimit whether the limit was written as an integer in the config (the reference then writes it so)
 */
public record SeriesProgress(
        String key,
        Integer baseYear,
        Double baseValue,
        Integer currentYear,
        Double currentValue,
        Double target,
        Integer targetYear,
        int direction,
        Integer sign,
        Double limit,
        Double progressValue,
        String status,
        Double score,
        NotAssessableReason reason,
        String problem,
        Assessment assessment,
        boolean integerLimit) {

    static SeriesProgress of(String key, Assessment a, String problem, ProgressOption item) {
        Components c = a.components();
        boolean integerLimit = item.limit() != null && item.limit().scale() <= 0;
        Double p = c.progressValue();
        return new SeriesProgress(key,
                c.basePeriod() == null ? null : c.basePeriod().year(),
                c.baseValue() == null ? null : c.baseValue().doubleValue(),
                c.currentPeriod() == null ? null : c.currentPeriod().year(),
                c.currentValue() == null ? null : c.currentValue().doubleValue(),
                c.targetValue() == null ? null : c.targetValue().doubleValue(),
                c.targetYear(),
                c.direction() == null ? 0 : c.direction(),
                c.sign(),
                c.limit() == null ? null : c.limit().doubleValue(),
                p == null || p.isNaN() ? null : p,
                OpenSdgMethod.category(a.status()),
                a.score(), a.reason(), problem, a, integerLimit);
    }

    /** The reference's fields under its key names ({@code base_value}, {@code progress_value}, …), for JSON or YAML output. */
    public Map<String, Object> toReferenceMap() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("base_value", baseValue);
        m.put("base_year", baseYear);
        m.put("current_value", currentValue);
        m.put("current_year", currentYear);
        m.put("direction", direction);
        m.put("limit", limit);
        m.put("progress_value", progressValue);
        m.put("score", score);
        m.put("sign", sign);
        m.put("status", status);
        m.put("target", target);
        m.put("target_year", targetYear);
        return m;
    }
}
