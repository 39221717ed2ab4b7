package eu.strateg.core.strategy;

/** Where a strategy is in its life. */
public enum LifecycleState {
    /** návrh / projekt: being prepared, may be incomplete */
    DRAFT,
    /** schválená / przyjęta: adopted by the council */
    ADOPTED,
    /** archivovaná / archiwalna: replaced or expired, kept for reference */
    ARCHIVED
}
