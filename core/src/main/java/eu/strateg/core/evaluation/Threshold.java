package eu.strateg.core.evaluation;

/** One cut point a method used: the status is given when the compared quantity is at least {@code min}. */
public record Threshold(Status status, double min) {
}
