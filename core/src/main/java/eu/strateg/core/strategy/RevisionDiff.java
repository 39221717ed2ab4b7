package eu.strateg.core.strategy;

import eu.strateg.core.indicator.Indicator;
import eu.strateg.core.indicator.Milestone;
import eu.strateg.core.project.BudgetLine;
import eu.strateg.core.project.Money;
import eu.strateg.core.project.Project;
import eu.strateg.core.project.Schedule;
import eu.strateg.core.validation.Paths;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * What changed between two revisions of a strategy (e.g. the adopted one and an amendment): elements, indicators
 * (targets, milestones, baselines, limits, weights, …), projects and their budget lines, each added, removed or
 * changed, with the old and the new value. Numbers are compared by value (1.0 equals 1). Paths are those of
 * validation problems: {@code indicators[OUT-07].target}, {@code projects[P-3].budget[2024 EU]}.
 */
public final class RevisionDiff {

    /** What happened to a part of the strategy. */
    public enum Kind { ADDED, REMOVED, CHANGED }

    /**
     * One difference. For an added or removed element, indicator, project, milestone or budget line, {@code path}
     * names it and {@code before}/{@code after} hold its summary (null on the side where it is absent); for a changed
     * field, {@code path} names the field.
     */
    public record Change(Kind kind, String path, String before, String after) {

        @Override
        public String toString() {
            return switch (kind) {
                case ADDED -> "added    " + path + ": " + after;
                case REMOVED -> "removed  " + path + ": " + before;
                case CHANGED -> "changed  " + path + ": " + (before == null ? "(none)" : before) + " → " + (after == null ? "(none)" : after);
            };
        }
    }

    private RevisionDiff() {
    }

    /** The changes from {@code before} to {@code after}, strategy fields first, then in document order. */
    public static List<Change> between(Strategy before, Strategy after) {
        Map<String, Map<String, String>> a = flatten(before);
        Map<String, Map<String, String>> b = flatten(after);
        Set<String> parts = new LinkedHashSet<>(a.keySet());
        parts.addAll(b.keySet());
        List<Change> out = new ArrayList<>();
        for (String part : parts) {
            Map<String, String> x = a.get(part);
            Map<String, String> y = b.get(part);
            if (x == null) {
                out.add(new Change(Kind.ADDED, part, null, summary(y)));
            } else if (y == null) {
                out.add(new Change(Kind.REMOVED, part, summary(x), null));
            } else {
                Set<String> fields = new LinkedHashSet<>(x.keySet());
                fields.addAll(y.keySet());
                for (String f : fields) {
                    if (!Objects.equals(x.get(f), y.get(f))) {
                        out.add(new Change(Kind.CHANGED, f.isEmpty() ? part : Paths.join(part, f), x.get(f), y.get(f)));
                    }
                }
            }
        }
        return out;
    }

    private static String summary(Map<String, String> fields) {
        StringBuilder s = new StringBuilder();
        fields.forEach((k, v) -> {
            if (v != null && !v.isEmpty()) {
                s.append(s.length() == 0 ? "" : "; ").append(k.isEmpty() ? "" : k + " ").append(v);
            }
        });
        return s.toString();
    }

    private static Map<String, Map<String, String>> flatten(Strategy s) {
        Map<String, Map<String, String>> parts = new LinkedHashMap<>();
        Map<String, String> head = new LinkedHashMap<>();
        head.put("title", s.title());
        head.put("period", s.period().toString());
        head.put("kind", s.kind().name());
        head.put("territory", s.territory().code().toString());
        head.put("levelNames", String.join(", ", s.levelNames()));
        head.put("vision", s.vision());
        parts.put("strategy", head);
        for (Element e : s.elements()) {
            Map<String, String> f = new LinkedHashMap<>();
            f.put("title", e.title());
            f.put("kind", e.kind().name());
            f.put("parent", e.parentCode());
            f.put("weight", number(e.weight()));
            f.put("indicators", String.join(", ", e.indicatorCodes()));
            f.put("responsible", e.responsible());
            f.put("description", e.description());
            f.put("links", e.links().stream().map(l -> l.scheme() + "/" + l.code()).reduce((x, y) -> x + ", " + y).orElse(""));
            parts.put(Paths.keyed("elements", e.code()), f);
        }
        for (Indicator i : s.indicators()) {
            indicator(parts, i);
        }
        for (Project p : s.projects()) {
            project(parts, p);
        }
        return parts;
    }

    private static void indicator(Map<String, Map<String, String>> parts, Indicator i) {
        String path = Paths.keyed("indicators", i.code());
        Map<String, String> f = new LinkedHashMap<>();
        f.put("name", i.name());
        f.put("unit", i.unit());
        f.put("type", i.type().name());
        f.put("direction", i.direction().name());
        f.put("periodicity", i.periodicity().name());
        f.put("baseline", i.baseline() == null ? null : number(i.baseline().value()) + " in " + i.baseline().period());
        f.put("target", i.target() == null ? null : number(i.target().value())
                + (i.target().isRange() ? "–" + number(i.target().high()) : "") + " by " + i.target().year());
        f.put("naturalLimit", number(i.naturalLimit()));
        f.put("weight", number(i.weight()));
        f.put("method", i.method());
        f.put("formula", i.formula());
        f.put("source", i.source());
        f.put("responsible", i.responsible());
        f.put("description", i.description());
        f.put("displayDecimals", Integer.toString(i.displayDecimals()));
        parts.put(path, f);
        for (Milestone m : i.milestones()) {
            parts.put(Paths.keyed(path + ".milestones", m.year()), single(number(m.value())));
        }
    }

    private static void project(Map<String, Map<String, String>> parts, Project p) {
        String path = Paths.keyed("projects", p.code());
        Map<String, String> f = new LinkedHashMap<>();
        f.put("title", p.title());
        f.put("status", p.status().name());
        f.put("measures", String.join(", ", p.measureCodes()));
        f.put("planned", schedule(p.planned()));
        f.put("actual", schedule(p.actual()));
        f.put("indicators", String.join(", ", p.indicatorCodes()));
        f.put("responsible", p.responsible());
        f.put("description", p.description());
        parts.put(path, f);
        Map<String, Integer> seen = new LinkedHashMap<>();
        for (BudgetLine line : p.budget()) {
            String key = line.year() + " " + line.source();
            int n = seen.merge(key, 1, Integer::sum);
            Map<String, String> b = new LinkedHashMap<>();
            b.put("planned", money(line.planned()));
            b.put("actual", money(line.actual()));
            parts.put(Paths.keyed(path + ".budget", n == 1 ? key : key + " #" + n), b);
        }
    }

    private static Map<String, String> single(String value) {
        Map<String, String> m = new LinkedHashMap<>();
        m.put("", value);
        return m;
    }

    private static String schedule(Schedule s) {
        if (s == null || s.start() == null && s.end() == null) {
            return null;
        }
        return (s.start() == null ? "?" : s.start().toString()) + " – " + (s.end() == null ? "?" : s.end().toString());
    }

    private static String money(Money m) {
        return m == null ? null : number(m.amount()) + " " + m.currency().getCurrencyCode();
    }

    private static String number(BigDecimal v) {
        return v == null ? null : v.compareTo(BigDecimal.ZERO) == 0 ? "0" : v.stripTrailingZeros().toPlainString();
    }
}
