package eu.strateg.core.strategy;

/**
 * The kind of an element of the strategy tree, from the top down. A child is never of a higher kind than its
 * parent; the same kind may nest (strategic goal → specific goal), so trees of any depth fit.
 */
public enum ElementKind {
    /** prioritní oblast, pilíř / obszar priorytetowy */
    PRIORITY_AREA,
    /** strategický / specifický cíl / cel strategiczny, operacyjny */
    GOAL,
    /** opatření / działanie, kierunek działań: what projects implement */
    MEASURE,
    /** aktivita / zadanie */
    ACTIVITY
}
