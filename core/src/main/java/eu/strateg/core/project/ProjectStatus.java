package eu.strateg.core.project;

/** Where a project of the project stack stands. */
public enum ProjectStatus {
    /** námět / pomysł */
    IDEA,
    /** připravený / przygotowany */
    PREPARED,
    /** v realizaci / w realizacji */
    IN_PROGRESS,
    /** dokončený / zakończony */
    COMPLETED,
    /** pozastavený / wstrzymany */
    SUSPENDED,
    /** zrušený / anulowany */
    CANCELLED
}
