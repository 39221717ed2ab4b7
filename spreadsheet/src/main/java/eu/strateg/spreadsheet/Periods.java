package eu.strateg.spreadsheet;

import eu.strateg.core.indicator.Indicator;
import eu.strateg.core.period.Period;
import eu.strateg.core.period.PeriodType;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/** The periods an indicator is measured in, by its periodicity. */
final class Periods {

    private Periods() {
    }

    /** The periods after the baseline (and not before {@code fromYear}) up to {@code toYear} that ended by {@code asOf}. */
    static List<Period> between(Indicator i, int fromYear, int toYear, LocalDate asOf) {
        List<Period> out = new ArrayList<>();
        for (int y = fromYear; y <= toYear; y++) {
            for (Period p : ofYear(i, y)) {
                boolean afterBaseline = i.baseline() == null || p.isAfter(i.baseline().period()) && !p.start().isBefore(i.baseline().period().end());
                if (afterBaseline && p.hasEndedBy(asOf)) {
                    out.add(p);
                }
            }
        }
        return out;
    }

    private static List<Period> ofYear(Indicator i, int y) {
        List<Period> out = new ArrayList<>();
        switch (i.periodicity()) {
            case SEMIANNUAL -> {
                out.add(Period.halfYear(y, 1));
                out.add(Period.halfYear(y, 2));
            }
            case QUARTERLY -> {
                for (int q = 1; q <= 4; q++) {
                    out.add(Period.quarter(y, q));
                }
            }
            case MONTHLY -> {
                for (int m = 1; m <= 12; m++) {
                    out.add(Period.month(y, m));
                }
            }
            default -> out.add(Period.year(y));
        }
        return out;
    }

    static boolean isYear(Period p) {
        return p.type() == PeriodType.YEAR;
    }
}
