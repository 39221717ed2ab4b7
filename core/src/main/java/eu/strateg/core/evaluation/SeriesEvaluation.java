package eu.strateg.core.evaluation;

import eu.strateg.core.observation.SeriesKey;

/** The assessment of one series of an indicator (the headline or a disaggregation). */
public record SeriesEvaluation(SeriesKey series, Assessment assessment) {
}
