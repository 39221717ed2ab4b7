package eu.strateg.core.project;

/** Where the money for a budget line comes from. */
public enum FinancingSource {
    /** vlastní rozpočet / budżet własny */
    OWN,
    /** státní rozpočet, dotace / budżet państwa */
    STATE,
    /** fondy EU / fundusze UE */
    EU,
    /** jiné (kraj, soukromé, úvěr) / inne */
    OTHER
}
