package eu.strateg.examples.legacy;

import eu.strateg.core.evaluation.*;
import eu.strateg.core.evaluation.method.*;
import eu.strateg.core.evaluation.method.SeriesData;
import eu.strateg.core.indicator.formula.Formula;
import eu.strateg.core.period.Period;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/**
 * Evaluates a computed indicator's formula per period over its inputs' headline series: for every period in
 * which any input has a value; a period where an input is missing (or the formula divides by zero) is not
 * computed and becomes a {@link ComputationGap}.
 */
final class LegacyComputedSeries {

    record Result(SeriesData series, List<ComputationGap> gaps) {
    }

    private LegacyComputedSeries() {
    }

    static Result compute(Formula formula, Map<String, SeriesData> inputs) {
        TreeSet<Period> periods = new TreeSet<>();
        for (SeriesData s : inputs.values()) {
            for (int i = 0; i < s.size(); i++) {
                periods.add(s.period(i));
            }
        }
        SeriesData.Builder out = SeriesData.builder(periods.size());
        List<ComputationGap> gaps = new ArrayList<>();
        Map<String, BigDecimal> values = new HashMap<>();
        for (Period p : periods) {
            values.clear();
            List<String> missing = new ArrayList<>();
            for (String code : formula.references()) {
                SeriesData s = inputs.get(code);
                int i = s == null ? -1 : s.indexOf(p);
                if (i < 0) {
                    missing.add(code);
                } else {
                    values.put(code, s.exact(i));
                }
            }
            if (!missing.isEmpty()) {
                gaps.add(new ComputationGap(p, NotAssessableReason.MISSING_FORMULA_INPUT, missing));
                continue;
            }
            BigDecimal v = formula.evaluate(values);
            if (v == null) {
                gaps.add(new ComputationGap(p, NotAssessableReason.UNDEFINED_PROGRESS, List.of()));
            } else {
                out.add(p, v);
            }
        }
        return new Result(out.build(), gaps);
    }
}
