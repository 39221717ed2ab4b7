package eu.strateg.reporting.model;

import static org.assertj.core.api.Assertions.assertThat;

import eu.strateg.core.evaluation.Status;
import eu.strateg.reporting.i18n.Messages;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The status colours stay apart for readers with red–green colour blindness: each colour is passed through the
 * deuteranopia simulation of Machado, Oliveira and Fernandes (2009, severity 1, on linear sRGB), then compared in
 * CIELAB (ΔE 1976). Every pair must differ by at least 12 (the old palette's orange and brown came to 4.2); every
 * colour carries white text at a contrast of at least 4.5:1 (WCAG AA); and every status has its own symbol.
 */
class StatusPaletteTest {

    static final double[][] DEUTERANOPIA = {{0.367322, 0.860646, -0.227968}, {0.280085, 0.672501, 0.047413}, {-0.011820, 0.042940, 0.968881}};

    @Test
    void statusColoursStayDistinctUnderSimulatedDeuteranopia() {
        Status[] all = Status.values();
        for (int i = 0; i < all.length; i++) {
            for (int j = i + 1; j < all.length; j++) {
                double d = deltaE(lab(simulate(linear(StatusView.color(all[i])))), lab(simulate(linear(StatusView.color(all[j])))));
                assertThat(d).as("%s %s vs %s %s", all[i], StatusView.color(all[i]), all[j], StatusView.color(all[j])).isGreaterThanOrEqualTo(12);
            }
        }
    }

    @Test
    void whiteTextIsReadableOnEveryStatusColourAndEveryStatusHasItsOwnSymbol() {
        Set<String> symbols = new HashSet<>();
        for (Status s : Status.values()) {
            double[] l = linear(StatusView.color(s));
            double luminance = 0.2126 * l[0] + 0.7152 * l[1] + 0.0722 * l[2];
            assertThat(1.05 / (luminance + 0.05)).as(s.name()).isGreaterThanOrEqualTo(4.5);
            symbols.add(StatusView.of(s, Messages.of(Locale.ENGLISH)).symbol());
        }
        assertThat(symbols).hasSize(Status.values().length);
    }

    @Test
    void theSimulationTurnsRedAndGreenAlike() {
        // a check of the simulation itself: pure red and pure green, 86 apart in normal vision, come much closer
        double normal = deltaE(lab(linear("#ff0000")), lab(linear("#00ff00")));
        double simulated = deltaE(lab(simulate(linear("#ff0000"))), lab(simulate(linear("#00ff00"))));
        assertThat(simulated).isLessThan(normal / 2);
    }

    static double[] linear(String hex) {
        double[] out = new double[3];
        for (int k = 0; k < 3; k++) {
            double c = Integer.parseInt(hex.substring(1 + 2 * k, 3 + 2 * k), 16) / 255.0;
            out[k] = c <= 0.04045 ? c / 12.92 : Math.pow((c + 0.055) / 1.055, 2.4);
        }
        return out;
    }

    static double[] simulate(double[] rgb) {
        double[] out = new double[3];
        for (int i = 0; i < 3; i++) {
            double v = 0;
            for (int j = 0; j < 3; j++) {
                v += DEUTERANOPIA[i][j] * rgb[j];
            }
            out[i] = Math.max(0, Math.min(1, v));
        }
        return out;
    }

    static double[] lab(double[] l) {
        double x = (0.4124 * l[0] + 0.3576 * l[1] + 0.1805 * l[2]) / 0.95047;
        double y = 0.2126 * l[0] + 0.7152 * l[1] + 0.0722 * l[2];
        double z = (0.0193 * l[0] + 0.1192 * l[1] + 0.9505 * l[2]) / 1.08883;
        double fx = f(x);
        double fy = f(y);
        double fz = f(z);
        return new double[] {116 * fy - 16, 500 * (fx - fy), 200 * (fy - fz)};
    }

    private static double f(double t) {
        return t > 0.008856 ? Math.cbrt(t) : 7.787 * t + 16 / 116.0;
    }

    static double deltaE(double[] a, double[] b) {
        return Math.sqrt(Math.pow(a[0] - b[0], 2) + Math.pow(a[1] - b[1], 2) + Math.pow(a[2] - b[2], 2));
    }
}
