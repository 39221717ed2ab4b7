package eu.strateg.reporting.i18n;

import java.util.Locale;

/**
 * Chooses the plural form of a whole count, after the CLDR rules for integers.
 *
 * <ul>
 *   <li>Czech: 1 → one ("1 indikátor"), 2–4 → few ("3 indikátory"), else other ("5 indikátorů", "0 indikátorů").
 *   <li>Polish: 1 → one ("1 wskaźnik"); ending in 2–4 but not 12–14 → few ("22 wskaźniki"); else many ("5
 *       wskaźników", "12 wskaźników", "0 wskaźników").
 *   <li>English and any other language: 1 → one, else other.
 * </ul>
 */
@FunctionalInterface
public interface PluralRule {

    PluralCategory select(long count);

    /** The rule for a locale's language. */
    static PluralRule forLocale(Locale locale) {
        return switch (locale.getLanguage()) {
            case "cs", "sk" -> PluralRule::czech;
            case "pl" -> PluralRule::polish;
            default -> n -> n == 1 ? PluralCategory.ONE : PluralCategory.OTHER;
        };
    }

    private static PluralCategory czech(long n) {
        if (n == 1) {
            return PluralCategory.ONE;
        }
        return n >= 2 && n <= 4 ? PluralCategory.FEW : PluralCategory.OTHER;
    }

    private static PluralCategory polish(long n) {
        if (n == 1) {
            return PluralCategory.ONE;
        }
        long abs = Math.abs(n);
        long mod10 = abs % 10;
        long mod100 = abs % 100;
        if (mod10 >= 2 && mod10 <= 4 && (mod100 < 12 || mod100 > 14)) {
            return PluralCategory.FEW;
        }
        return PluralCategory.MANY;
    }
}
