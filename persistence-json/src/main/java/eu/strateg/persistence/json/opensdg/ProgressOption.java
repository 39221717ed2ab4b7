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

    /** A {@code {field, value}} filter of a disaggregation column. */
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

    public boolean isGroup() {
        return !group.isEmpty();
    }

    /** What the {@code open-sdg} method needs for this item. */
    public MethodInput methodInput(String indicatorId) {
        return new MethodInput(indicatorId, direction, Period.year(baseYear), target, null, targetYear, List.of(), limit, null);
    }

    /**
     * The reference's key of this item's series: {@code <id> / <series> / <unit> / <disaggregation values>}, each
     * part only when the item names it; a leading {@code _} of a value (Open SDG's sorting trick) is dropped.
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
            parts.add(clean(f.value()));
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
