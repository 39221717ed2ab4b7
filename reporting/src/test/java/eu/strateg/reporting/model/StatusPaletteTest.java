package eu.strateg.reporting.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import eu.strateg.core.evaluation.Status;
import eu.strateg.reporting.i18n.Messages;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The status colours stay apart for every reader: each colour is passed through the colour-vision-deficiency
 * simulation of Machado, Oliveira and Fernandes (2009, "A Physiologically-based Model for Simulation of Color Vision
 * Deficiency", severity 1.0 matrices for protanopia, deuteranopia and tritanopia, applied to linear sRGB), then
 * compared in CIELAB (D65). Every pair of the six status colours must differ by at least 15 in ΔE 1976 and by at
 * least 11 in CIEDE2000, in normal vision and in each of the three simulations. The palette before this check failed
 * it: under protanopia "needs acceleration" #6e5e00 and "limited progress" #bf5000 came to ΔE76 3.6 / ΔE00 2.5, under
 * tritanopia "limited progress" and "deterioration" #b0185f to 9.6 / 7.5. Every colour also carries white text at a
 * contrast of at least 4.5:1 (WCAG AA), and every status has its own symbol (the colour is never the only carrier;
 * {@code eu.strateg.reporting.html.StatusMarkerTest} checks the rendered pages).
 */
class StatusPaletteTest {

    static final double MIN_DELTA_E_1976 = 15;
    static final double MIN_DELTA_E_2000 = 11;

    /** Normal vision and the three dichromacies, each as a matrix on linear sRGB (Machado et al. 2009, severity 1.0). */
    enum Vision {
        NORMAL(new double[][] {{1, 0, 0}, {0, 1, 0}, {0, 0, 1}}),
        PROTANOPIA(new double[][] {{0.152286, 1.052583, -0.204868}, {0.114503, 0.786281, 0.099216}, {-0.003882, -0.048116, 1.051998}}),
        DEUTERANOPIA(new double[][] {{0.367322, 0.860646, -0.227968}, {0.280085, 0.672501, 0.047413}, {-0.011820, 0.042940, 0.968881}}),
        TRITANOPIA(new double[][] {{1.255528, -0.076749, -0.178779}, {-0.078411, 0.930809, 0.147602}, {0.004733, 0.691367, 0.303900}});

        final double[][] matrix;

        Vision(double[][] matrix) {
            this.matrix = matrix;
        }

        double[] lab(String hex) {
            return StatusPaletteTest.lab(simulate(matrix, linear(hex)));
        }
    }

    @ParameterizedTest
    @EnumSource(Vision.class)
    void statusColoursStayDistinct(Vision vision) {
        Status[] all = Status.values();
        for (int i = 0; i < all.length; i++) {
            for (int j = i + 1; j < all.length; j++) {
                double[] a = vision.lab(StatusView.color(all[i]));
                double[] b = vision.lab(StatusView.color(all[j]));
                String pair = String.format("%s: %s %s vs %s %s", vision, all[i], StatusView.color(all[i]), all[j], StatusView.color(all[j]));
                assertThat(deltaE76(a, b)).as("ΔE76 " + pair).isGreaterThanOrEqualTo(MIN_DELTA_E_1976);
                assertThat(deltaE2000(a, b)).as("ΔE2000 " + pair).isGreaterThanOrEqualTo(MIN_DELTA_E_2000);
            }
        }
    }

    @Test
    void statusColoursStayDistinctUnderSimulatedDeuteranopia() {
        // the first check of this palette (red–green), kept with its own threshold: ΔE76 at least 12
        Status[] all = Status.values();
        for (int i = 0; i < all.length; i++) {
            for (int j = i + 1; j < all.length; j++) {
                double d = deltaE76(Vision.DEUTERANOPIA.lab(StatusView.color(all[i])), Vision.DEUTERANOPIA.lab(StatusView.color(all[j])));
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
            StatusView view = StatusView.of(s, Messages.of(Locale.ENGLISH));
            symbols.add(view.symbol());
            assertThat(view.text()).as(s.name()).isEqualTo(view.symbol() + " " + view.label());
            assertThat(view.label()).as(s.name()).isNotBlank();
        }
        assertThat(symbols).hasSize(Status.values().length);
    }

    @Test
    void theSimulationsMergeTheColoursEachDeficiencyConfuses() {
        // checks of the matrices themselves. Red and green, 86 apart in normal vision, come much closer for protanopes
        // and deuteranopes; for tritanopes blue and green (confused along the tritan line) come closer, red and green do not.
        double redGreen = deltaE76(Vision.NORMAL.lab("#ff0000"), Vision.NORMAL.lab("#00ff00"));
        assertThat(deltaE76(Vision.PROTANOPIA.lab("#ff0000"), Vision.PROTANOPIA.lab("#00ff00"))).isLessThan(redGreen / 2);
        assertThat(deltaE76(Vision.DEUTERANOPIA.lab("#ff0000"), Vision.DEUTERANOPIA.lab("#00ff00"))).isLessThan(redGreen / 2);
        assertThat(deltaE76(Vision.TRITANOPIA.lab("#ff0000"), Vision.TRITANOPIA.lab("#00ff00"))).isGreaterThan(redGreen / 2);
        double blueGreen = deltaE76(Vision.NORMAL.lab("#0000ff"), Vision.NORMAL.lab("#00ff00"));
        assertThat(deltaE76(Vision.TRITANOPIA.lab("#0000ff"), Vision.TRITANOPIA.lab("#00ff00"))).isLessThan(blueGreen * 0.8);
        // each row of every matrix sums to 1: white and greys stay themselves
        for (Vision v : Vision.values()) {
            for (double[] row : v.matrix) {
                assertThat(row[0] + row[1] + row[2]).as(v.name()).isCloseTo(1, within(1e-5));
            }
        }
    }

    @Test
    void ciede2000MatchesThePublishedTestData() {
        // pairs 1, 7, 17 and 25 of Sharma, Wu and Dalal (2005), "The CIEDE2000 color-difference formula", Table 1
        assertThat(deltaE2000(new double[] {50, 2.6772, -79.7751}, new double[] {50, 0, -82.7485})).isCloseTo(2.0425, within(1e-4));
        assertThat(deltaE2000(new double[] {50, 0, 0}, new double[] {50, -1, 2})).isCloseTo(2.3669, within(1e-4));
        assertThat(deltaE2000(new double[] {50, 2.5, 0}, new double[] {73, 25, -18})).isCloseTo(27.1492, within(1e-4));
        assertThat(deltaE2000(new double[] {60.2574, -34.0099, 36.2677}, new double[] {60.4626, -34.1751, 39.4387})).isCloseTo(1.2644, within(1e-4));
    }

    static double[] linear(String hex) {
        double[] out = new double[3];
        for (int k = 0; k < 3; k++) {
            double c = Integer.parseInt(hex.substring(1 + 2 * k, 3 + 2 * k), 16) / 255.0;
            out[k] = c <= 0.04045 ? c / 12.92 : Math.pow((c + 0.055) / 1.055, 2.4);
        }
        return out;
    }

    static double[] simulate(double[][] matrix, double[] rgb) {
        double[] out = new double[3];
        for (int i = 0; i < 3; i++) {
            double v = 0;
            for (int j = 0; j < 3; j++) {
                v += matrix[i][j] * rgb[j];
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

    static double deltaE76(double[] a, double[] b) {
        return Math.sqrt(Math.pow(a[0] - b[0], 2) + Math.pow(a[1] - b[1], 2) + Math.pow(a[2] - b[2], 2));
    }

    /** CIEDE2000 with kL = kC = kH = 1, as written out in Sharma, Wu and Dalal (2005), equations 1–21. */
    static double deltaE2000(double[] lab1, double[] lab2) {
        double cBar = (Math.hypot(lab1[1], lab1[2]) + Math.hypot(lab2[1], lab2[2])) / 2;
        double g = 0.5 * (1 - Math.sqrt(Math.pow(cBar, 7) / (Math.pow(cBar, 7) + Math.pow(25, 7))));
        double a1 = (1 + g) * lab1[1];
        double a2 = (1 + g) * lab2[1];
        double c1 = Math.hypot(a1, lab1[2]);
        double c2 = Math.hypot(a2, lab2[2]);
        double h1 = hue(a1, lab1[2]);
        double h2 = hue(a2, lab2[2]);
        double dL = lab2[0] - lab1[0];
        double dC = c2 - c1;
        double dh = 0;
        if (c1 * c2 != 0) {
            dh = h2 - h1;
            if (dh > 180) {
                dh -= 360;
            } else if (dh < -180) {
                dh += 360;
            }
        }
        double dH = 2 * Math.sqrt(c1 * c2) * Math.sin(Math.toRadians(dh / 2));
        double lBar = (lab1[0] + lab2[0]) / 2;
        double cBarP = (c1 + c2) / 2;
        double hBar;
        if (c1 * c2 == 0) {
            hBar = h1 + h2;
        } else if (Math.abs(h1 - h2) <= 180) {
            hBar = (h1 + h2) / 2;
        } else if (h1 + h2 < 360) {
            hBar = (h1 + h2 + 360) / 2;
        } else {
            hBar = (h1 + h2 - 360) / 2;
        }
        double t = 1 - 0.17 * cos(hBar - 30) + 0.24 * cos(2 * hBar) + 0.32 * cos(3 * hBar + 6) - 0.20 * cos(4 * hBar - 63);
        double dTheta = 30 * Math.exp(-Math.pow((hBar - 275) / 25, 2));
        double rC = 2 * Math.sqrt(Math.pow(cBarP, 7) / (Math.pow(cBarP, 7) + Math.pow(25, 7)));
        double sL = 1 + 0.015 * Math.pow(lBar - 50, 2) / Math.sqrt(20 + Math.pow(lBar - 50, 2));
        double sC = 1 + 0.045 * cBarP;
        double sH = 1 + 0.015 * cBarP * t;
        double rT = -Math.sin(Math.toRadians(2 * dTheta)) * rC;
        return Math.sqrt(Math.pow(dL / sL, 2) + Math.pow(dC / sC, 2) + Math.pow(dH / sH, 2) + rT * (dC / sC) * (dH / sH));
    }

    private static double hue(double a, double b) {
        if (a == 0 && b == 0) {
            return 0;
        }
        double h = Math.toDegrees(Math.atan2(b, a));
        return h < 0 ? h + 360 : h;
    }

    private static double cos(double degrees) {
        return Math.cos(Math.toRadians(degrees));
    }
}
