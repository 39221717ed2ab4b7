package eu.strateg.core.strategy;

import eu.strateg.core.indicator.Indicator;
import eu.strateg.core.indicator.formula.Formula;
import eu.strateg.core.validation.Paths;
import eu.strateg.core.validation.Problems;
import eu.strateg.core.validation.ValidationException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Checks computed indicators' formulas against the strategy: each parses ({@link Formula}), every referenced code
 * is an indicator of the strategy, and no formula depends on itself, directly or through others. Problems are
 * reported at {@code indicators[CODE].formula}.
 */
final class FormulaRules {

    private FormulaRules() {
    }

    static void check(Problems p, List<Indicator> indicators, Map<String, Indicator> byCode) {
        Map<String, Formula> formulas = new HashMap<>();
        for (Indicator i : indicators) {
            if (!i.isComputed() || formulas.containsKey(i.code())) {
                continue;
            }
            String path = Paths.keyed("indicators", i.code()) + ".formula";
            try {
                Formula f = Formula.parse(i.formula());
                formulas.put(i.code(), f);
                for (String ref : f.references()) {
                    if (!byCode.containsKey(ref)) {
                        p.add(path, "indicator %s is not defined in this strategy%s", ref, hint(ref, byCode));
                    }
                }
            } catch (ValidationException e) {
                p.addAll(path, e.problems());
            }
        }
        checkCycles(p, indicators, formulas);
    }

    /** Points at a code the author probably meant: {@code OUT-07} written bare reads as {@code OUT − 07}. */
    private static String hint(String ref, Map<String, Indicator> byCode) {
        for (String code : byCode.keySet()) {
            if (code.startsWith(ref + "-")) {
                return String.format(" (a code with '-' is written in brackets: [%s])", code);
            }
        }
        return "";
    }

    private static void checkCycles(Problems p, List<Indicator> indicators, Map<String, Formula> formulas) {
        Set<String> done = new HashSet<>();
        Set<String> reported = new HashSet<>();
        for (Indicator i : indicators) {
            if (formulas.containsKey(i.code())) {
                visit(i.code(), formulas, new ArrayList<>(), done, reported, p);
            }
        }
    }

    private static void visit(String code, Map<String, Formula> formulas, List<String> chain, Set<String> done, Set<String> reported,
            Problems p) {
        int at = chain.indexOf(code);
        if (at >= 0) {
            List<String> cycle = new ArrayList<>(chain.subList(at, chain.size()));
            cycle.add(code);
            if (reported.add(new java.util.TreeSet<>(cycle).toString())) {
                p.add(Paths.keyed("indicators", code) + ".formula", "the formulas form a cycle: %s", String.join(" → ", cycle));
            }
            return;
        }
        Formula f = formulas.get(code);
        if (f == null || done.contains(code)) {
            return;
        }
        chain.add(code);
        for (String ref : f.references()) {
            visit(ref, formulas, chain, done, reported, p);
        }
        chain.remove(chain.size() - 1);
        done.add(code);
    }
}
