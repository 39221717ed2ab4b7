package eu.strateg.reporting.i18n;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.text.NumberFormat;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Currency;
import java.util.Locale;

/**
 * Numbers, percentages, money and dates written the way a language writes them: {@code 1 234,5} in Czech and
 * Polish, {@code 1,234.5} in English; {@code 71 %} / {@code 71%}; {@code 31. března 2025} / {@code 31 marca 2025} /
 * {@code March 31, 2025}. Negative numbers carry a real minus sign ({@code −2,5}, U+2212), never a hyphen. Money
 * uses the symbol the language writes ({@code Kč}, {@code zł}, {@code €} in Czech and Polish; the ISO code in
 * English). Rounding is half-up. Not thread-safe.
 */
public final class Formats {

    /** The minus sign of every formatted number. */
    public static final char MINUS = '\u2212';

    private final Locale locale;
    private final DecimalFormatSymbols symbols;
    private final DateTimeFormatter date;
    private final java.util.Map<Integer, DecimalFormat> formats = new java.util.HashMap<>();

    public Formats(Locale locale) {
        this.locale = locale;
        this.symbols = DecimalFormatSymbols.getInstance(locale);
        this.symbols.setMinusSign(MINUS);
        this.date = DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(locale);
    }

    /** The language these formats write. */
    public Locale locale() {
        return locale;
    }

    static String integer(Locale locale, long n) {
        return NumberFormat.getIntegerInstance(locale).format(n);
    }

    /** A decimal with exactly {@code decimals} places; empty for null. */
    public String number(BigDecimal value, int decimals) {
        if (value == null) {
            return "";
        }
        return decimalFormat(decimals, decimals).format(value.setScale(decimals, RoundingMode.HALF_UP));
    }

    /** A double with exactly {@code decimals} places; empty for null or a non-finite value. */
    public String number(Double value, int decimals) {
        if (value == null || value.isNaN() || value.isInfinite()) {
            return "";
        }
        return number(BigDecimal.valueOf(value), decimals);
    }

    /** A decimal with at most {@code maxDecimals} places (trailing zeros dropped). */
    public String compact(BigDecimal value, int maxDecimals) {
        if (value == null) {
            return "";
        }
        return decimalFormat(0, maxDecimals).format(value.setScale(maxDecimals, RoundingMode.HALF_UP));
    }

    /** A share in [0, 1] (or beyond) as a percentage with {@code decimals} places, e.g. {@code 71 %}. */
    public String percent(Double share, int decimals) {
        if (share == null || share.isNaN() || share.isInfinite()) {
            return "";
        }
        DecimalFormat f = (DecimalFormat) NumberFormat.getPercentInstance(locale);
        DecimalFormatSymbols ps = f.getDecimalFormatSymbols();
        ps.setMinusSign(MINUS);
        f.setDecimalFormatSymbols(ps);
        f.setMinimumFractionDigits(decimals);
        f.setMaximumFractionDigits(decimals);
        f.setRoundingMode(RoundingMode.HALF_UP);
        return f.format(share);
    }

    /** Money with the currency's symbol: whole amounts without decimals ({@code 1 500 000 Kč}), others with two ({@code 1 320 000,50 Kč}). */
    public String money(BigDecimal amount, Currency currency) {
        if (amount == null) {
            return "";
        }
        BigDecimal cents = amount.setScale(2, RoundingMode.HALF_UP);
        int decimals = cents.remainder(BigDecimal.ONE).signum() == 0 ? 0 : 2;
        String n = decimalFormat(decimals, decimals).format(cents);
        return currency == null ? n : n + "\u00a0" + currencySymbol(currency);
    }

    /** The currency as this language writes it after an amount: Kč, zł, € in Czech and Polish, the ISO code otherwise. */
    public String currencySymbol(Currency currency) {
        String lang = locale.getLanguage();
        if (!"cs".equals(lang) && !"pl".equals(lang)) {
            return currency.getCurrencyCode();
        }
        return switch (currency.getCurrencyCode()) {
            case "CZK" -> "Kč";
            case "PLN" -> "zł";
            case "EUR" -> "€";
            default -> currency.getCurrencyCode();
        };
    }

    public String date(LocalDate d) {
        return d == null ? "" : date.format(d);
    }

    public String integer(long n) {
        return integer(locale, n);
    }

    private DecimalFormat decimalFormat(int minDecimals, int maxDecimals) {
        // one instance per pattern: building a DecimalFormat for every number was a tenth of rendering time
        return formats.computeIfAbsent(minDecimals * 100 + maxDecimals, k -> newDecimalFormat(minDecimals, maxDecimals));
    }

    private DecimalFormat newDecimalFormat(int minDecimals, int maxDecimals) {
        DecimalFormat f = (DecimalFormat) NumberFormat.getNumberInstance(locale);
        f.setDecimalFormatSymbols(symbols);
        f.setMinimumFractionDigits(minDecimals);
        f.setMaximumFractionDigits(maxDecimals);
        f.setRoundingMode(RoundingMode.HALF_UP);
        f.setParseBigDecimal(true);
        return f;
    }
}
