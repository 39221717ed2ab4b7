package eu.strateg.persistence.json.opensdg;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSet;
import eu.strateg.core.evaluation.method.SeriesData;
import eu.strateg.core.period.Period;
import eu.strateg.core.validation.ValidationException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The rows of one Open SDG data file ({@code data/indicator_<id>.csv}), as text, with the series selection of
 * spec/evaluation.md §1: unit, series and disaggregation filters, the headline, the {@code Progress} column.
 */
public final class OpenSdgTable {

    /** Columns that are never disaggregations (plus any column starting with {@code COMMENT_OBS}). */
    public static final Set<String> NON_DISAGGREGATION = ImmutableSet.of("Year", "Value", "Units", "Series", "GeoCode", "Progress",
            "OBS_STATUS", "UNIT_MULT", "UNIT_MEASURE");

    private final List<String> header;
    private final List<String[]> rows;
    private final int[] disaggregationColumns;

    /**
     * @param header the column names
     * @param rows the cells, each row as long as the header (empty string = missing)
     */
    public OpenSdgTable(List<String> header, List<String[]> rows) {
        this.header = ImmutableList.copyOf(header);
        this.rows = ImmutableList.copyOf(rows);
        List<Integer> d = new ArrayList<>();
        for (int i = 0; i < header.size(); i++) {
            if (isDisaggregation(header.get(i))) {
                d.add(i);
            }
        }
        this.disaggregationColumns = d.stream().mapToInt(Integer::intValue).toArray();
    }

    public static boolean isDisaggregation(String column) {
        return !NON_DISAGGREGATION.contains(column) && !column.startsWith("COMMENT_OBS");
    }

    public List<String> header() {
        return header;
    }

    public List<String[]> rows() {
        return rows;
    }

    public int column(String name) {
        return header.indexOf(name);
    }

    public boolean isEmpty() {
        return rows.isEmpty();
    }

    /** The column that holds the values: {@code Progress} when present (pre-transformed values), else {@code Value}. */
    public int valueColumn() {
        int p = column("Progress");
        return p >= 0 ? p : column("Value");
    }

    /** The outcome of selecting one item's series: the series, or why there is none. */
    public record Selection(SeriesData series, String problem) {
    }

    /**
     * Selects the rows of one item and turns them into a series. A named unit, series or disaggregation value
     * that matches no row filters nothing (as in the reference); without disaggregation filters the headline is
     * kept (all disaggregation columns empty). Rows of several units or series left over, or two values for one
     * year, give a problem instead of a series.
     */
    public Selection select(ProgressOption item) {
        List<String[]> kept = rows;
        kept = filter(kept, column("Units"), item.unit());
        kept = filter(kept, column("Series"), item.series());
        if (!item.disaggregation().isEmpty()) {
            for (ProgressOption.DisaggregationFilter f : item.disaggregation()) {
                kept = filter(kept, column(f.field()), f.value());
            }
        } else {
            kept = headline(kept);
        }
        int value = valueColumn();
        if (value < 0) {
            return new Selection(SeriesData.empty(), "the data have no Value column");
        }
        List<String[]> withValues = new ArrayList<>();
        for (String[] r : kept) {
            if (!r[value].isBlank()) {
                withValues.add(r);
            }
        }
        String many = manySubSeries(withValues);
        if (many != null) {
            return new Selection(SeriesData.empty(), many);
        }
        return toSeries(withValues, value);
    }

    private static List<String[]> filter(List<String[]> in, int column, String wanted) {
        if (wanted == null || column < 0) {
            return in;
        }
        List<String[]> out = new ArrayList<>();
        for (String[] r : in) {
            if (wanted.equals(r[column])) {
                out.add(r);
            }
        }
        return out.isEmpty() ? in : out;
    }

    private List<String[]> headline(List<String[]> in) {
        List<String[]> out = new ArrayList<>();
        for (String[] r : in) {
            boolean total = true;
            for (int c : disaggregationColumns) {
                total &= r[c].isEmpty();
            }
            if (total) {
                out.add(r);
            }
        }
        return out;
    }

    private String manySubSeries(List<String[]> in) {
        for (String name : List.of("Units", "Series")) {
            int c = column(name);
            if (c < 0) {
                continue;
            }
            Set<String> distinct = new LinkedHashSet<>();
            for (String[] r : in) {
                distinct.add(r[c]);
            }
            if (distinct.size() > 1) {
                return "many sub-series: the selection has rows of several " + name + " " + distinct;
            }
        }
        return null;
    }

    private Selection toSeries(List<String[]> in, int value) {
        int year = column("Year");
        SeriesData.Builder b = SeriesData.builder(in.size());
        for (String[] r : in) {
            Period p = Period.year(year(r[year]));
            BigDecimal v = new BigDecimal(r[value].strip());
            b.add(p, Double.parseDouble(r[value].strip()), v);
        }
        try {
            return new Selection(b.build(), null);
        } catch (ValidationException e) {
            return new Selection(SeriesData.empty(), "many sub-series: " + e.problems().get(0).message());
        }
    }

    /** A year as the reference reads it: the first four characters ("2015-16" is 2015). */
    static int year(String text) {
        String t = text.strip();
        return Integer.parseInt(t.length() > 4 ? t.substring(0, 4) : t);
    }
}
