package eu.strateg.sources.http;

import eu.strateg.core.indicator.Indicator;
import eu.strateg.core.strategy.Strategy;
import eu.strateg.core.validation.Paths;
import eu.strateg.core.validation.Problems;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.UnaryOperator;

/** The indicators of a strategy that ask a source for their values, by what they ask for. */
final class Declarations {

    private Declarations() {
    }

    /**
     * Declaration (the part of a measured indicator's {@code source} after {@code prefix}) → the codes of the
     * indicators that give it, sorted; every declaration {@code problem} finds fault with is reported at once.
     *
     * @param problem what is wrong with a declaration, in words; null when it is usable
     */
    static Map<String, List<String>> of(Strategy strategy, String prefix, UnaryOperator<String> problem) {
        Map<String, List<String>> out = new TreeMap<>();
        Problems p = new Problems();
        for (Indicator i : strategy.indicators()) {
            if (i.isComputed() || i.source() == null || !i.source().startsWith(prefix)) {
                continue;
            }
            String declaration = i.source().substring(prefix.length());
            String wrong = problem.apply(declaration);
            if (wrong != null) {
                p.add(Paths.keyed("indicators", i.code()) + ".source", "'%s' %s", i.source(), wrong);
            } else {
                out.computeIfAbsent(declaration, k -> new ArrayList<>()).add(i.code());
            }
        }
        p.throwIfAny();
        return out;
    }
}
