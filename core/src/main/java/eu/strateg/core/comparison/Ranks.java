package eu.strateg.core.comparison;

import java.util.ArrayList;
import java.util.List;

/** Competition ranking ("1224"): a value's rank is 1 + the number of strictly better values. */
final class Ranks {

    private Ranks() {
    }

    /**
     * The values with ranks, best first; {@code sign} +1: higher is better, −1: lower is better. Tied values keep the
     * order they have in {@code ascending}.
     *
     * @param ascending the values sorted by compared value, lowest first, ties in the order the territories were given
     *     (a stable sort), as {@link Distribution#ofAscending} takes them
     */
    static List<TerritoryValue> competition(List<TerritoryValue> ascending, int sign) {
        int n = ascending.size();
        List<TerritoryValue> out = new ArrayList<>(n);
        if (sign < 0) {
            for (int i = 0; i < n; i++) {
                TerritoryValue v = ascending.get(i);
                boolean tied = i > 0 && ascending.get(i - 1).compared().compareTo(v.compared()) == 0;
                out.add(v.withRank(tied ? out.get(i - 1).rank() : i + 1));
            }
            return out;
        }
        // higher is better: the groups of equal values from the highest down, each group in its own (given) order
        int end = n;
        while (end > 0) {
            int start = end - 1;
            while (start > 0 && ascending.get(start - 1).compared().compareTo(ascending.get(end - 1).compared()) == 0) {
                start--;
            }
            int rank = out.size() + 1;
            for (int i = start; i < end; i++) {
                out.add(ascending.get(i).withRank(rank));
            }
            end = start;
        }
        return out;
    }
}
