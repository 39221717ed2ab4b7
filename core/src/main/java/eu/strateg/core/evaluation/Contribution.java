package eu.strateg.core.evaluation;

import java.math.BigDecimal;

/** One child in a roll-up: its weight and score (null when it had none: left out of the mean, but counted). */
public record Contribution(ContributorKind kind, String code, BigDecimal weight, Double score, Status status) {
}
