package eu.strateg.core.evaluation;

/** What contributes to an element's roll-up. */
public enum ContributorKind {
    INDICATOR,
    ELEMENT
}
