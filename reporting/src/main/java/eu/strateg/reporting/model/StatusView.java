package eu.strateg.reporting.model;

import eu.strateg.core.evaluation.Status;
import eu.strateg.reporting.i18n.Messages;

/**
 * A status as the report shows it: a symbol and a label in words, plus a colour and CSS class. The colour is never
 * the only carrier: symbol and label are always printed beside it.
 *
 * @param cssClass a stable class name, e.g. {@code st-on-track}
 */
public record StatusView(Status status, String symbol, String label, String color, String cssClass) {

    /** The symbol of each status: ✔ achieved, ↑ on track, ↗ needs acceleration, → limited progress, ↓ deterioration, ? not assessable. */
    public static String symbol(Status s) {
        return switch (s) {
            case TARGET_ACHIEVED -> "✔";
            case ON_TRACK -> "↑";
            case NEEDS_ACCELERATION -> "↗";
            case LIMITED_PROGRESS -> "→";
            case DETERIORATION -> "↓";
            case NOT_ASSESSABLE -> "?";
        };
    }

    /**
     * The colour of each status: dark enough for white text on it (contrast at least 4.5:1) and told apart in normal
     * vision and under protanopia, deuteranopia and tritanopia (dark blue, light blue, dark olive, burnt orange,
     * crimson, dark grey; checked in the simulations of Machado et al. 2009 by {@code StatusPaletteTest}). Symbol and
     * word always go with it.
     */
    public static String color(Status s) {
        return switch (s) {
            case TARGET_ACHIEVED -> "#08519c";
            case ON_TRACK -> "#2a7ca2";
            case NEEDS_ACCELERATION -> "#5b4b00";
            case LIMITED_PROGRESS -> "#b16015";
            case DETERIORATION -> "#a31f5d";
            case NOT_ASSESSABLE -> "#3b3b3b";
        };
    }

    public static StatusView of(Status s, Messages m) {
        Status st = s == null ? Status.NOT_ASSESSABLE : s;
        return new StatusView(st, symbol(st), m.get("status." + st.name()), color(st), "st-" + st.name().toLowerCase(java.util.Locale.ROOT).replace('_', '-'));
    }

    /** Symbol and label, e.g. {@code ↑ On track}. */
    public String text() {
        return symbol + " " + label;
    }
}
