package eu.strateg.persistence.json.csv;

/** The column names of our observation CSV. */
final class Columns {

    static final String INDICATOR = "indicator";
    static final String PERIOD = "period";
    static final String VALUE = "value";
    static final String STATUS = "status";
    static final String SOURCE = "source";
    static final String NOTE = "note";
    static final String RECORDED_AT = "recorded_at";
    /** Prefix of a disaggregation column: {@code dim:district} holds the value of the dimension {@code district}. */
    static final String DIMENSION_PREFIX = "dim:";

    static final String ALL = "indicator, period, value, dim:<name>, status, source, note, recorded_at";

    private Columns() {
    }
}
