package eu.strateg.reporting.chart;

import java.util.ArrayList;
import java.util.List;

/** A linear mapping from data values to pixels, with "nice" tick values (1, 2, 2.5, 5 × 10^k). */
final class Scale {

    final double min;
    final double max;
    private final double from;
    private final double to;

    private Scale(double min, double max, double from, double to) {
        this.min = min;
        this.max = max;
        this.from = from;
        this.to = to;
    }

    /** A value scale covering [lo, hi] with some padding, starting at zero when the data are close to it. */
    static Scale values(double lo, double hi, double fromPx, double toPx) {
        if (hi - lo < 1e-12) {
            double pad = Math.abs(hi) > 1e-12 ? Math.abs(hi) * 0.1 : 1;
            lo -= pad;
            hi += pad;
        }
        double pad = (hi - lo) * 0.08;
        double a = lo - pad;
        double b = hi + pad;
        if (lo >= 0 && a < 0 || lo >= 0 && lo < (hi - lo) * 0.5) {
            a = 0;
        }
        double step = niceStep((b - a) / 5);
        a = Math.floor(a / step) * step;
        b = Math.ceil(b / step) * step;
        return new Scale(a, b, fromPx, toPx);
    }

    /** A time scale in years from {@code lo} to {@code hi}, with half a year of room at each side. */
    static Scale years(double lo, double hi, double fromPx, double toPx) {
        if (hi - lo < 1) {
            hi = lo + 1;
        }
        return new Scale(lo - 0.5, hi + 0.5, fromPx, toPx);
    }

    static double niceStep(double raw) {
        if (raw <= 0 || Double.isNaN(raw) || Double.isInfinite(raw)) {
            return 1;
        }
        double mag = Math.pow(10, Math.floor(Math.log10(raw)));
        double f = raw / mag;
        double nice = f <= 1 ? 1 : f <= 2 ? 2 : f <= 2.5 ? 2.5 : f <= 5 ? 5 : 10;
        return nice * mag;
    }

    double px(double v) {
        return from + (v - min) / (max - min) * (to - from);
    }

    List<Double> ticks() {
        double step = niceStep((max - min) / 5);
        List<Double> out = new ArrayList<>();
        for (double v = min; v <= max + step * 1e-6 && out.size() < 20; v += step) {
            out.add(Math.abs(v) < step * 1e-9 ? 0 : v);
        }
        return out;
    }

    /** Whole years inside the scale, thinned so that at most about 12 are labelled. */
    List<Integer> yearTicks() {
        int first = (int) Math.ceil(min);
        int last = (int) Math.floor(max);
        int span = last - first;
        int every = span <= 12 ? 1 : span <= 24 ? 2 : span <= 60 ? 5 : 10;
        List<Integer> out = new ArrayList<>();
        for (int y = first; y <= last; y++) {
            if (y % every == 0) {
                out.add(y);
            }
        }
        return out;
    }
}
