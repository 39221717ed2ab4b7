package eu.strateg.persistence.json.opensdg;

import com.google.common.collect.ImmutableList;
import eu.strateg.core.evaluation.method.MethodInput;
import eu.strateg.core.evaluation.method.OpenSdgMethod;
import eu.strateg.core.indicator.Direction;
import eu.strateg.core.period.Period;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * One item of an Open SDG indicator's {@code progress_calculation_options}: which series to take ({@code series},
 * {@code unit}, {@code disaggregation}) and how to judge it ({@code direction}, {@code base_year}, {@code target},
 * {@code target_year}, {@code limit}), with the reference implementation's defaults already applied: direction
 * negative, base year 2015, target year 2030. An item may instead be a {@code group} of items, whose score is
 * the mean of theirs.
 *
 * @param target the target as written (a target of 0 is read as 0.001 by the method, not here)
 */
public record ProgressOption(
        String series,
        String unit,
        List<DisaggregationFilter> disaggregation,
        Direction direction,
        int baseYear,
        BigDecimal target,
        int targetYear,
        BigDecimal limit,
        List<ProgressOption> group) {

    public ProgressOption {
        disaggregation = disaggregation == null ? ImmutableList.of() : ImmutableList.copyOf(disaggregation);
        group = group == null ? ImmutableList.of() : ImmutableList.copyOf(group);
    }

    /** A {@code {field, value}} filter of a disaggregation column; a null or empty value selects the empty cells. */
    public record DisaggregationFilter(String field, String value) {
    }

    /** An item with every default: the headline, direction negative, base year 2015, target year 2030. */
    public static ProgressOption defaults() {
        return new ProgressOption(null, null, List.of(), Direction.DECREASE, OpenSdgMethod.DEFAULT_BASE_YEAR, null,
                OpenSdgMethod.DEFAULT_TARGET_YEAR, null, List.of());
    }

    public static ProgressOption group(List<ProgressOption> items) {
        return new ProgressOption(null, null, List.of(), Direction.DECREASE, OpenSdgMethod.DEFAULT_BASE_YEAR, null,
                OpenSdgMethod.DEFAULT_TARGET_YEAR, null, items);
    }

    /**
     * This item with its {@code series}, {@code unit} and disaggregation fields and values translated as data
     * labels ({@link Translations#data}), as sdg-build does before it matches them against the translated data
     * (groups item by item).
     */
    public ProgressOption translated(Translations tr) {
        if (tr.isEmpty()) {
            return this;
        }
        List<DisaggregationFilter> filters = new ArrayList<>();
        for (DisaggregationFilter f : disaggregation) {
            filters.add(new DisaggregationFilter(tr.data(f.field()), f.value() == null ? null : tr.data(f.value())));
        }
        List<ProgressOption> items = new ArrayList<>();
        for (ProgressOption o : group) {
            items.add(o.translated(tr));
        }
        return new ProgressOption(series == null ? null : tr.data(series), unit == null ? null : tr.data(unit), filters, direction,
                baseYear, target, targetYear, limit, items);
    }

    public boolean isGroup() {
        return !group.isEmpty();
    }

    /** What the {@code open-sdg} method needs for this item. */
    public MethodInput methodInput(String indicatorId) {
        return new MethodInput(indicatorId, direction, Period.year(baseYear), target, null, targetYear, List.of(), limit, null);
    }

    /**
     * The reference's key of this item's series: {@code <id> / <series> / <unit> / <disaggregation values>}, each
     * part only when the item names it; a leading {@code _} of a value (Open SDG's sorting trick) is dropped, and an
     * empty or null disaggregation value is written {@code None}, as Python prints it. Keys are written in full
     * (the issue reports cut keys in published reference files; the reference tests compare tolerantly).
     */
    public String key(String indicatorId) {
        List<String> parts = new ArrayList<>();
        parts.add(indicatorId);
        if (series != null) {
            parts.add(clean(series));
        }
        if (unit != null) {
            parts.add(clean(unit));
        }
        for (DisaggregationFilter f : disaggregation) {
            // Python's str(None): the reference writes an empty or null filter value so
            parts.add(f.value() == null || f.value().isEmpty() ? "None" : clean(f.value()));
        }
        return String.join(" / ", parts);
    }

    private static String clean(String s) {
        int i = 0;
        while (i < s.length() && s.charAt(i) == '_') {
            i++;
        }
        return s.substring(i);
    }

    /** The leaf items in document order (groups flattened). */
    public static List<ProgressOption> leaves(List<ProgressOption> items) {
        List<ProgressOption> out = new ArrayList<>();
        for (ProgressOption o : items) {
            if (o.isGroup()) {
                out.addAll(leaves(o.group()));
            } else {
                out.add(o);
            }
        }
        return out;
    }
}
