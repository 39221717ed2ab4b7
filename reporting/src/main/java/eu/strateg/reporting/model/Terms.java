package eu.strateg.reporting.model;

import eu.strateg.core.period.Period;
import eu.strateg.reporting.i18n.Messages;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The words a reader sees for the evaluation's technical terms: periods ({@code 2025-Q1} → "1. čtvrtletí 2025",
 * "I kwartał 2025", "Q1 2025"; {@code 2025-03} → "březen 2025"), the methods' category names
 * ({@code substantial_progress}, "on trajectory" → key {@code category.<words_joined_by_underscores>}) and the
 * Eurostat window ("short term 2018–2023; …"). A term without a translation is shown as the method wrote it.
 */
public final class Terms {

    private static final Pattern WINDOW = Pattern.compile("(short|long) term (\\d{4}(?:\\.\\d+)?)–(\\d{4}(?:\\.\\d+)?); (.*)");
    private static final String[] ROMAN = {"I", "II", "III", "IV"};

    private final Messages m;
    private final DateTimeFormatter month;

    public Terms(Messages m) {
        this.m = m;
        this.month = DateTimeFormatter.ofPattern("LLLL yyyy", m.locale());
    }

    /** A period in words; empty for null. */
    public String period(Period p) {
        if (p == null) {
            return "";
        }
        return switch (p.type()) {
            case YEAR -> String.valueOf(p.year());
            case HALF_YEAR -> m.format("period.half", index(p, 6), String.valueOf(p.year()), ROMAN[index(p, 6) - 1]);
            case QUARTER -> m.format("period.quarter", index(p, 3), String.valueOf(p.year()), ROMAN[index(p, 3) - 1]);
            case MONTH -> month.format(p.start());
            case DAY -> m.formats().date(p.start());
        };
    }

    private static int index(Period p, int monthsPerPart) {
        return (p.start().getMonthValue() - 1) / monthsPerPart + 1;
    }

    /** A method's category name in the report's language. */
    public String category(String raw) {
        if (raw == null) {
            return null;
        }
        String key = "category." + raw.toLowerCase(Locale.ROOT).replaceAll("[^a-z]+", "_").replaceAll("^_|_$", "");
        return m.has(key) ? m.get(key) : raw;
    }

    /** A method's window ("short term 2018–2023; Eurostat …") in the report's language. */
    public String window(String raw) {
        if (raw == null) {
            return null;
        }
        Matcher w = WINDOW.matcher(raw);
        if (!w.matches()) {
            return raw;
        }
        String text = m.format("window." + w.group(1), w.group(2), w.group(3));
        return w.group(4).startsWith("Eurostat") ? text + "; " + m.get("window.eurostat") : text + "; " + w.group(4);
    }

    /** The first year of a window ("short term 2018–2023; …"), or null. */
    public static Double windowStart(String raw) {
        Matcher w = raw == null ? null : WINDOW.matcher(raw);
        return w != null && w.matches() ? Double.valueOf(w.group(2)) : null;
    }
}
