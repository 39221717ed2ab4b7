package eu.strateg.core.territory;

import java.util.regex.Pattern;

/** The official code list a territory's code comes from. */
public enum CodeScheme {
    /** Czech ZÚJ (základní územní jednotka), six digits; for municipalities it equals the LAU 2 code. Example: 595209. */
    CZ_ZUJ("\\d{6}", "six digits"),
    /** Polish TERYT: województwo (2 digits), powiat (4) or gmina (7 = 6 + type digit). Example: 1061011 (Łódź). */
    PL_TERYT("\\d{2}|\\d{4}|\\d{7}", "2, 4 or 7 digits"),
    /** Eurostat NUTS: country code and up to three levels. Example: CZ063 (Kraj Vysočina). */
    NUTS("[A-Z]{2}[A-Z0-9]{0,3}", "two capital letters and up to three letters or digits"),
    /** Eurostat LAU code as published for the country. */
    LAU("[A-Z0-9]{1,12}", "1 to 12 capital letters or digits");

    private final Pattern pattern;
    private final String rule;

    CodeScheme(String regex, String rule) {
        this.pattern = Pattern.compile(regex);
        this.rule = rule;
    }

    public boolean accepts(String code) {
        return code != null && pattern.matcher(code).matches();
    }

    /** The rule in words, for error messages. */
    public String rule() {
        return rule;
    }
}
