package eu.strateg.core.indicator;

/** What an indicator measures in the intervention logic. */
public enum IndicatorType {
    /** výstup / produkt: what was delivered (km of cycle paths built) */
    OUTPUT,
    /** výsledek / rezultat: the direct effect (share of trips by bicycle) */
    RESULT,
    /** dopad / oddziaływanie: the long-term change (air quality) */
    IMPACT,
    /** kontext: describes the territory, not scored (population) */
    CONTEXT
}
