package eu.strateg.server.web;

import eu.strateg.core.validation.Problem;
import java.math.BigDecimal;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Core's validation problems in the page's language. Core words its problems in English and has no codes for them, so
 * each kind a person can cause through the pages is recognised by the form of its message (core's format string, its
 * {@code %s} and {@code %d} as groups) and said again with the web UI's text {@code problem.<kind>} and the same
 * arguments; numbers are written the language's way (12,5 in Czech and Polish). A message of another kind keeps core's
 * words after a sentence in the page's language ({@code problem.other}). {@code WebUiTest} produces each kind the
 * data-entry form can meet and checks that no English is left on a Czech or Polish page.
 */
final class ProblemTexts {

    /** One kind: core's message as a pattern, the text key, and which groups are numbers (1-based). */
    private record Kind(String key, Pattern pattern, List<Integer> numbers) {
        Kind(String key, String regex, Integer... numbers) {
            this(key, Pattern.compile(regex), List.of(numbers));
        }
    }

    private static final String CODE = "(\\S+)";
    private static final String NUMBER = "(-?[0-9]+(?:\\.[0-9]+)?)";

    private static final List<Kind> KINDS = List.of(
            // Plausibility.checkValue
            new Kind("problem.aboveLimit", "indicator " + CODE + ": value " + NUMBER + " for " + CODE + " is above its natural limit " + NUMBER, 2, 4),
            new Kind("problem.yesNo", "indicator " + CODE + " is a yes/no indicator: its values are 1 \\(yes\\) or 0 \\(no\\), not " + NUMBER, 2),
            new Kind("problem.periodicity", "indicator " + CODE + " is measured (annual|semiannual|quarterly|monthly), so its periods look like "
                    + CODE + "; " + CODE + " does not match"),
            // ObservationService.record
            new Kind("problem.unknownIndicator", "indicator " + CODE + " is not defined in strategy " + CODE),
            new Kind("problem.computed", "indicator " + CODE + " is computed from its formula; its values cannot be recorded"),
            // Check.number, Check.optionalText (the value, the source), StrategyId (an id in the address)
            new Kind("problem.tooLarge", "(\\S+) is too large: Strateg works with numbers below 10\\^(\\d+) in magnitude"),
            new Kind("problem.tooManyDecimals", "(\\S+) has more than (\\d+) decimal places, the most Strateg works with"),
            new Kind("problem.tooLong", "is (\\d+) characters long; at most (\\d+) are allowed"),
            new Kind("problem.controlCharacter", "contains the control character (U\\+[0-9A-F]+) at position (\\d+)"),
            new Kind("problem.nonCharacter", "contains the non-character (U\\+[0-9A-F]+) at position (\\d+)"),
            new Kind("problem.badStrategyId", "'(.*)' is not a valid strategy id: use letters, digits, '\\.', '_' or '-' \\(at most 128, no "
                    + "'\\.\\.', no '/', no control characters\\)"));

    private ProblemTexts() {
    }

    /** The message of a problem in the language of {@code t}. */
    static String text(Problem problem, WebTexts t) {
        String message = problem.message();
        for (Kind kind : KINDS) {
            Matcher m = kind.pattern().matcher(message);
            if (m.matches()) {
                Object[] args = new Object[m.groupCount()];
                for (int g = 1; g <= m.groupCount(); g++) {
                    String a = m.group(g);
                    if (kind.key().equals("problem.periodicity") && g == 2) {
                        a = t.get("problem.periodicity." + a);
                    } else if (kind.numbers().contains(g)) {
                        a = number(a, t.lang());
                    }
                    args[g - 1] = a;
                }
                return t.format(kind.key(), args);
            }
        }
        return t.format("problem.other", message);
    }

    /** A number as core writes it ({@code 150.5}, {@link BigDecimal#toPlainString}) the language's way ({@code 150,5}). */
    static String number(String plain, String lang) {
        DecimalFormat f = new DecimalFormat("0", DecimalFormatSymbols.getInstance(Locale.forLanguageTag(lang)));
        f.setMaximumFractionDigits(340);
        return f.format(new BigDecimal(plain));
    }
}
