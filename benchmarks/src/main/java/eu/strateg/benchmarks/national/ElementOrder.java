package eu.strateg.benchmarks.national;

import java.util.ArrayList;
import java.util.List;

/** The element codes of a generated strategy in the order the hand-written loop keeps them: measures, goals, areas. */
public final class ElementOrder {

    private ElementOrder() {
    }

    public static List<String> codes(int indicators) {
        int goals = StrategyColumns.goals(indicators);
        List<String> goalCodes = new ArrayList<>();
        for (int g = 0; g < goals; g++) {
            goalCodes.add((g / StrategyColumns.GOALS_PER_AREA + 1) + "." + (g % StrategyColumns.GOALS_PER_AREA + 1));
        }
        List<String> out = new ArrayList<>();
        for (int m = 0; m < StrategyColumns.measures(indicators); m++) {
            out.add(goalCodes.get(m / StrategyColumns.MEASURES_PER_GOAL) + "." + (m % StrategyColumns.MEASURES_PER_GOAL + 1));
        }
        out.addAll(goalCodes);
        for (int a = 0; a < StrategyColumns.areas(indicators); a++) {
            out.add(String.valueOf(a + 1));
        }
        return out;
    }
}
