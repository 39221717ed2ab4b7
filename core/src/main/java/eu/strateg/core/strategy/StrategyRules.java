package eu.strateg.core.strategy;

import eu.strateg.core.indicator.Direction;
import eu.strateg.core.indicator.Indicator;
import eu.strateg.core.project.Project;
import eu.strateg.core.validation.Paths;
import eu.strateg.core.validation.Problem;
import eu.strateg.core.validation.Problems;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The rules that need the whole strategy. {@link #structural} always holds for a {@link Strategy};
 * {@link #forAdoption} must also hold before a council adopts it.
 */
public final class StrategyRules {

    /** Trees deeper than this are rejected (a guard against hostile input; real strategies have 3–5 levels). */
    public static final int MAX_DEPTH = 12;

    private StrategyRules() {
    }

    static void structural(Problems p, StrategyPeriod period, List<Element> elements, List<Indicator> indicators,
            List<Project> projects) {
        structural(p, period, elements, indicators, projects, Set.of(), Set.of());
    }

    /**
     * The structural rules over parts of a strategy that a reader could build, for reporting every problem of an
     * input at once. {@code brokenElementCodes} and {@code brokenIndicatorCodes} are codes of items present in the
     * input whose own fields were invalid (already reported): references to them are not reported again.
     */
    public static List<Problem> structural(StrategyPeriod period, List<Element> elements, List<Indicator> indicators,
            List<Project> projects, Set<String> brokenElementCodes, Set<String> brokenIndicatorCodes) {
        Problems p = new Problems();
        structural(p, period, elements, indicators, projects, brokenElementCodes, brokenIndicatorCodes);
        return p.list();
    }

    private static void structural(Problems p, StrategyPeriod period, List<Element> elements, List<Indicator> indicators,
            List<Project> projects, Set<String> brokenElements, Set<String> brokenIndicators) {
        Map<String, Element> byCode = unique(p, "elements", elements, Element::code);
        Map<String, Indicator> indicatorsByCode = unique(p, "indicators", indicators, Indicator::code);
        unique(p, "projects", projects, Project::code);

        for (Element e : elements) {
            String path = Paths.keyed("elements", e.code());
            if (e.parentCode() != null) {
                Element parent = byCode.get(e.parentCode());
                if (parent == null) {
                    if (!brokenElements.contains(e.parentCode())) {
                        p.add(path + ".parent", "unknown parent element %s", e.parentCode());
                    }
                } else if (e.kind().ordinal() < parent.kind().ordinal()) {
                    p.add(path + ".kind", "a %s cannot be placed under a %s (%s)", e.kind(), parent.kind(), parent.code());
                }
            }
            for (String ic : e.indicatorCodes()) {
                if (!indicatorsByCode.containsKey(ic) && !brokenIndicators.contains(ic)) {
                    p.add(Paths.keyed(path + ".indicators", ic), "indicator %s is not defined in this strategy", ic);
                }
            }
            if (new LinkedHashSet<>(e.indicatorCodes()).size() != e.indicatorCodes().size()) {
                p.add(path + ".indicators", "lists an indicator more than once");
            }
        }
        checkCyclesAndDepth(p, elements, byCode);

        for (Project pr : projects) {
            String path = Paths.keyed("projects", pr.code());
            for (String mc : pr.measureCodes()) {
                Element m = byCode.get(mc);
                if (m == null && brokenElements.contains(mc)) {
                    continue;
                }
                if (m == null) {
                    p.add(Paths.keyed(path + ".measures", mc), "measure %s is not defined in this strategy", mc);
                } else if (m.kind() != ElementKind.MEASURE) {
                    p.add(Paths.keyed(path + ".measures", mc), "%s is a %s; projects implement measures", mc, m.kind());
                }
            }
            for (String ic : pr.indicatorCodes()) {
                if (!indicatorsByCode.containsKey(ic) && !brokenIndicators.contains(ic)) {
                    p.add(Paths.keyed(path + ".indicators", ic), "indicator %s is not defined in this strategy", ic);
                }
            }
        }
        for (Indicator i : indicators) {
            if (i.target() != null && period != null && i.target().year() > period.toYear() + 10) {
                p.add(Paths.keyed("indicators", i.code()) + ".target.year",
                        "target year %d is more than ten years after the strategy ends (%d)", i.target().year(), period.toYear());
            }
        }
        if (brokenIndicators.isEmpty()) {
            FormulaRules.check(p, indicators, indicatorsByCode);
        }
    }

    private static void checkCyclesAndDepth(Problems p, List<Element> elements, Map<String, Element> byCode) {
        Set<String> reported = new java.util.HashSet<>();
        for (Element start : elements) {
            List<String> chain = new ArrayList<>();
            Set<String> seen = new java.util.HashSet<>();
            Element e = start;
            while (e != null && e.parentCode() != null) {
                if (!seen.add(e.code())) {
                    int from = chain.indexOf(e.code());
                    List<String> cycle = new ArrayList<>(chain.subList(from, chain.size()));
                    cycle.add(e.code());
                    String key = new java.util.TreeSet<>(cycle).toString();
                    if (reported.add(key)) {
                        p.add(Paths.keyed("elements", e.code()) + ".parent", "the tree has a cycle: %s", String.join(" → ", cycle));
                    }
                    break;
                }
                chain.add(e.code());
                e = byCode.get(e.parentCode());
            }
            if (chain.size() >= MAX_DEPTH && e != null && e.parentCode() == null) {
                p.add(Paths.keyed("elements", start.code()), "the tree is deeper than %d levels", MAX_DEPTH);
            }
        }
    }

    private static <T> Map<String, T> unique(Problems p, String name, List<T> items, java.util.function.Function<T, String> code) {
        Map<String, T> byCode = new HashMap<>();
        Map<String, Integer> position = new HashMap<>();
        for (int i = 0; i < items.size(); i++) {
            T item = items.get(i);
            String c = code.apply(item);
            if (byCode.putIfAbsent(c, item) != null) {
                p.add(Paths.keyed(name, c), "duplicate code %s (positions %d and %d)", c, position.get(c), i);
            } else {
                position.put(c, i);
            }
        }
        return byCode;
    }

    /**
     * What must hold before adoption, beyond the structure: at least one element; every scored indicator has
     * a baseline and a target (qualitative ones a target); every measure has someone responsible.
     */
    public static List<Problem> forAdoption(Strategy s) {
        Problems p = new Problems();
        if (s.elements().isEmpty()) {
            p.add("elements", "an adopted strategy has at least one element");
        }
        for (Indicator i : s.indicators()) {
            String path = Paths.keyed("indicators", i.code());
            if (i.isContext() || i.isComputed()) {
                continue;
            }
            if (i.baseline() == null && i.direction() != Direction.QUALITATIVE) {
                p.add(path + ".baseline", "indicator %s has no baseline; an adopted strategy needs one", i.code());
            }
            if (i.target() == null) {
                p.add(path + ".target", "indicator %s has no target; an adopted strategy needs one", i.code());
            }
        }
        for (Element e : s.elements()) {
            if (e.kind() == ElementKind.MEASURE && (e.responsible() == null || e.responsible().isBlank())) {
                p.add(Paths.keyed("elements", e.code()) + ".responsible", "measure %s has nobody responsible", e.code());
            }
        }
        return p.list();
    }
}
