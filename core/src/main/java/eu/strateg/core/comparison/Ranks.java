package eu.strateg.core.comparison;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/** Competition ranking ("1224"): a value's rank is 1 + the number of strictly better values. */
final class Ranks {

    private Ranks() {
    }

    /** The values with ranks, best first; {@code sign} +1: higher is better, −1: lower is better. */
    static List<TerritoryValue> competition(List<TerritoryValue> values, int sign) {
        Comparator<TerritoryValue> better = (a, b) -> sign * b.compared().compareTo(a.compared());
        List<TerritoryValue> sorted = new ArrayList<>(values);
        sorted.sort(better); // stable: ties keep the order the territories were given
        List<TerritoryValue> out = new ArrayList<>(sorted.size());
        for (int i = 0; i < sorted.size(); i++) {
            TerritoryValue v = sorted.get(i);
            int rank = i > 0 && better.compare(sorted.get(i - 1), v) == 0 ? out.get(i - 1).rank() : i + 1;
            out.add(v.withRank(rank));
        }
        return out;
    }
}
