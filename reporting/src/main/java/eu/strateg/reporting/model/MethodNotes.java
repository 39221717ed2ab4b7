package eu.strateg.reporting.model;

import eu.strateg.core.evaluation.Components;
import eu.strateg.core.evaluation.Threshold;
import eu.strateg.reporting.i18n.Formats;
import eu.strateg.reporting.i18n.Messages;
import eu.strateg.reporting.model.ReportModel.IndicatorCard;
import eu.strateg.reporting.model.ReportModel.MethodNote;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The methods section: each evaluation method used in the report, with its name and description, the thresholds
 * it applied (from the components), the method's own category names (e.g. Eurostat's) and windows.
 */
final class MethodNotes {

    private final List<IndicatorCard> cards;
    private final Messages m;
    private final Formats f;

    private final Terms terms;

    MethodNotes(List<IndicatorCard> cards, Messages m) {
        this.terms = new Terms(m);
        this.cards = cards;
        this.m = m;
        this.f = m.formats();
    }

    /** The localised name of a method id, or the id itself for a method the bundles do not know. */
    static String name(String method, Messages m) {
        String key = "method." + method + ".name";
        return m.has(key) ? m.get(key) : method;
    }

    List<MethodNote> build() {
        Map<String, Acc> byMethod = new LinkedHashMap<>();
        for (IndicatorCard c : cards) {
            String method = c.method();
            if (method == null || "none".equals(method)) {
                continue;
            }
            Acc acc = byMethod.computeIfAbsent(method, k -> new Acc());
            acc.count++;
            Components comp = c.evaluation().assessment().components();
            if (!comp.thresholds().isEmpty()) {
                acc.thresholds.add(thresholds(comp.thresholds()));
            }
            if (comp.methodCategory() != null) {
                acc.categories.add(terms.category(comp.methodCategory()));
            }
            if (comp.window() != null) {
                acc.windows.add(terms.window(comp.window()));
            }
        }
        List<MethodNote> out = new ArrayList<>();
        byMethod.forEach((id, acc) -> {
            String descKey = "method." + id + ".description";
            out.add(new MethodNote(id, name(id, m), m.has(descKey) ? m.get(descKey) : "", new ArrayList<>(acc.thresholds),
                    new ArrayList<>(acc.categories), new ArrayList<>(acc.windows), acc.count, m.plural("methods.usedBy", acc.count)));
        });
        return out;
    }

    private String thresholds(List<Threshold> ts) {
        StringBuilder b = new StringBuilder();
        for (Threshold t : ts) {
            if (b.length() > 0) {
                b.append("; ");
            }
            StatusView v = StatusView.of(t.status(), m);
            String min = Double.isInfinite(t.min()) ? (t.min() < 0 ? "−∞" : "∞") : f.compact(BigDecimal.valueOf(t.min()), 4);
            b.append(v.symbol()).append(' ').append(v.label()).append(" ≥ ").append(min);
        }
        return b.toString();
    }

    private static final class Acc {
        int count;
        final Set<String> thresholds = new LinkedHashSet<>();
        final Set<String> categories = new LinkedHashSet<>();
        final Set<String> windows = new LinkedHashSet<>();
    }
}
