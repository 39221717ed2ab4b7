package eu.strateg.reporting.i18n;

/** The plural form a count takes in a language (CLDR names); a message key gets the suffix {@code .one}, {@code .few}… */
public enum PluralCategory {
    ONE,
    FEW,
    MANY,
    OTHER;

    /** The suffix of a message key for this form, e.g. {@code indicators.few}. */
    public String suffix() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
