package eu.strateg.core.evaluation;

import com.google.common.collect.ImmutableList;
import eu.strateg.core.period.Period;
import java.math.BigDecimal;
import java.util.List;

/**
 * The working of an assessment: every input and intermediate number, so a person can reproduce the figure by
 * hand. Fields a method does not use are null.
 *
 * @param requiredRate the growth rate (CAGR) needed to reach the target, where the method uses one
 * @param actualRate the growth rate achieved (CAGR), where the method uses one
 * @param expectedValue the value on the trajectory at the current period (linear method)
 * @param ratio actual progress relative to required (linear: (y_t − y0)/(expected − y0); eurostat: RR)
 * @param progressValue the open-sdg progress value P
 * @param limitFactor the open-sdg limit factor C
 * @param sign the open-sdg sign of the base value (−1 or +1)
 * @param direction +1 when an increase is wanted, −1 for a decrease
 * @param thresholds the cut points used, best status first
 * @param methodCategory the method's own category name (e.g. Eurostat's "moderate progress")
 * @param window a description of the time window used (Eurostat: short or long term)
 */
public record Components(
        Period basePeriod,
        BigDecimal baseValue,
        Period currentPeriod,
        BigDecimal currentValue,
        BigDecimal targetValue,
        BigDecimal targetHigh,
        Integer targetYear,
        Double requiredRate,
        Double actualRate,
        Double expectedValue,
        Double ratio,
        Double progressValue,
        Double limitFactor,
        BigDecimal limit,
        Integer sign,
        Integer direction,
        List<Threshold> thresholds,
        String methodCategory,
        String window) {

    public static final Components NONE = builder().build();

    public Components {
        thresholds = thresholds == null ? ImmutableList.of() : ImmutableList.copyOf(thresholds);
    }

    public static Builder builder() {
        return new Builder();
    }

    public Builder toBuilder() {
        Builder b = new Builder();
        b.basePeriod = basePeriod;
        b.baseValue = baseValue;
        b.currentPeriod = currentPeriod;
        b.currentValue = currentValue;
        b.targetValue = targetValue;
        b.targetHigh = targetHigh;
        b.targetYear = targetYear;
        b.requiredRate = requiredRate;
        b.actualRate = actualRate;
        b.expectedValue = expectedValue;
        b.ratio = ratio;
        b.progressValue = progressValue;
        b.limitFactor = limitFactor;
        b.limit = limit;
        b.sign = sign;
        b.direction = direction;
        b.thresholds = thresholds;
        b.methodCategory = methodCategory;
        b.window = window;
        return b;
    }

    /** Fills components step by step while a method works. */
    public static final class Builder {
        private Period basePeriod;
        private BigDecimal baseValue;
        private Period currentPeriod;
        private BigDecimal currentValue;
        private BigDecimal targetValue;
        private BigDecimal targetHigh;
        private Integer targetYear;
        private Double requiredRate;
        private Double actualRate;
        private Double expectedValue;
        private Double ratio;
        private Double progressValue;
        private Double limitFactor;
        private BigDecimal limit;
        private Integer sign;
        private Integer direction;
        private List<Threshold> thresholds;
        private String methodCategory;
        private String window;

        public Builder base(Period period, BigDecimal value) {
            this.basePeriod = period;
            this.baseValue = value;
            return this;
        }

        public Builder current(Period period, BigDecimal value) {
            this.currentPeriod = period;
            this.currentValue = value;
            return this;
        }

        public Builder target(BigDecimal value, BigDecimal high, Integer year) {
            this.targetValue = value;
            this.targetHigh = high;
            this.targetYear = year;
            return this;
        }

        public Builder requiredRate(Double v) {
            this.requiredRate = v;
            return this;
        }

        public Builder actualRate(Double v) {
            this.actualRate = v;
            return this;
        }

        public Builder expectedValue(Double v) {
            this.expectedValue = v;
            return this;
        }

        public Builder ratio(Double v) {
            this.ratio = v;
            return this;
        }

        public Builder progressValue(Double v) {
            this.progressValue = v;
            return this;
        }

        public Builder limitFactor(Double v) {
            this.limitFactor = v;
            return this;
        }

        public Builder limit(BigDecimal v) {
            this.limit = v;
            return this;
        }

        public Builder sign(Integer v) {
            this.sign = v;
            return this;
        }

        public Builder direction(Integer v) {
            this.direction = v;
            return this;
        }

        public Builder thresholds(List<Threshold> v) {
            this.thresholds = v;
            return this;
        }

        public Builder methodCategory(String v) {
            this.methodCategory = v;
            return this;
        }

        public Builder window(String v) {
            this.window = v;
            return this;
        }

        public Components build() {
            return new Components(basePeriod, baseValue, currentPeriod, currentValue, targetValue, targetHigh, targetYear, requiredRate,
                    actualRate, expectedValue, ratio, progressValue, limitFactor, limit, sign, direction, thresholds, methodCategory, window);
        }
    }
}
