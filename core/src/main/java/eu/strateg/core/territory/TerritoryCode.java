package eu.strateg.core.territory;

import eu.strateg.core.validation.Check;
import eu.strateg.core.validation.Problems;

/** An official territory code with the scheme it belongs to, e.g. {@code CZ_ZUJ:595209}. */
public record TerritoryCode(CodeScheme scheme, String code) {

    public TerritoryCode {
        Problems p = new Problems();
        Check.required(p, "scheme", scheme);
        if (code == null || code.isEmpty()) {
            p.add("code", "a territory code is required");
        } else if (scheme != null && !scheme.accepts(code)) {
            p.add("code", "'%s' is not a %s code: it must be %s", Check.printable(code), scheme, scheme.rule());
        }
        p.throwIfAny();
    }

    public static TerritoryCode of(CodeScheme scheme, String code) {
        return new TerritoryCode(scheme, code);
    }

    /** Parses {@code SCHEME:code}, the form {@link #toString()} writes. */
    public static TerritoryCode parse(String text) {
        Problems p = new Problems();
        int colon = text == null ? -1 : text.indexOf(':');
        if (colon < 0) {
            p.add("", "'%s' is not a territory code: write SCHEME:code, e.g. CZ_ZUJ:595209", text == null ? "" : Check.printable(text));
            p.throwIfAny();
        }
        CodeScheme scheme = null;
        try {
            scheme = CodeScheme.valueOf(text.substring(0, colon));
        } catch (IllegalArgumentException e) {
            p.add("scheme", "'%s' is not a code scheme (one of CZ_ZUJ, PL_TERYT, NUTS, LAU)", Check.printable(text.substring(0, colon)));
            p.throwIfAny();
        }
        return new TerritoryCode(scheme, text.substring(colon + 1));
    }

    @Override
    public String toString() {
        return scheme + ":" + code;
    }
}
