package eu.strateg.core.strategy;

/** What sort of strategic document it is. */
public enum StrategyKind {
    /** strategie rozvoje obce/kraje / strategia rozwoju gminy, województwa */
    DEVELOPMENT_STRATEGY,
    /** sektorová koncepce, program / program sektorowy */
    SECTORAL_PROGRAMME,
    /** akční plán / plan wykonawczy, plan działań */
    ACTION_PLAN,
    /** koncepce Smart City / strategia inteligentnego miasta */
    SMART_CITY_STRATEGY,
    /** plán zdraví / program zdrowotny */
    HEALTH_PLAN,
    /** komunitní plán sociálních služeb / strategia rozwiązywania problemów społecznych */
    SOCIAL_SERVICES_PLAN,
    /** plán udržitelné mobility / plan zrównoważonej mobilności */
    MOBILITY_PLAN,
    /** klimatický plán, plán adaptace / plan adaptacji do zmian klimatu */
    CLIMATE_PLAN,
    OTHER
}
