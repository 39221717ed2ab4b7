package eu.strateg.core.territory;

/** Administrative level of a territory. */
public enum TerritoryLevel {
    /** stát / państwo */
    COUNTRY,
    /** kraj / województwo */
    REGION,
    /** okres / powiat */
    DISTRICT,
    /** ORP, mikroregion, MAS / obszar funkcjonalny, związek gmin */
    MICROREGION,
    /** obec, město / gmina */
    MUNICIPALITY,
    /** městská část, městský obvod / dzielnica */
    CITY_DISTRICT
}
