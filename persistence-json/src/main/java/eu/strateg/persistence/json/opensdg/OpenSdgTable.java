package eu.strateg.persistence.json.opensdg;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSet;
import eu.strateg.core.evaluation.NotAssessableReason;
import eu.strateg.core.evaluation.method.SeriesData;
import eu.strateg.core.period.Period;
import eu.strateg.core.validation.ValidationException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The rows of one Open SDG data file ({@code data/indicator_<id>.csv}), cells as pandas reads them (missing-value
 * texts empty), with the series selection of spec/evaluation.md §1 (sdg-build 2.4.0): unit, series and
 * disaggregation filters, the headline rule after filtering, the {@code Progress} column.
 */
public final class OpenSdgTable {

    /** Columns that are never disaggregations (plus any column starting with {@code COMMENT_OBS}). */
    public static final Set<String> NON_DISAGGREGATION = ImmutableSet.of("Year", "Value", "Units", "Series", "GeoCode", "Progress",
            "OBS_STATUS", "UNIT_MULT", "UNIT_MEASURE");

    /**
     * One data row.
     *
     * @param line the row's number in the file (the header is row 1)
     * @param cells the cells, as many as the header has columns ("" = missing)
     * @param year the year (first four characters), or −1 when the Year cell is not a year
     * @param value the value of the value column, null when missing or unusable
     * @param odd why the row cannot be used ("Value 'Inf' is infinite"), or null; it matters only when the row is selected
     */
    public record Row(int line, String[] cells, int year, BigDecimal value, String odd) {
    }

    private final String file;
    private final List<String> header;
    private final List<Row> rows;
    private final int[] disaggregationColumns;

    /**
     * @param file the file's path in the repository, for messages
     * @param header the column names
     * @param rows the rows, each as long as the header
     */
    public OpenSdgTable(String file, List<String> header, List<Row> rows) {
        this.file = file;
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

    public List<Row> rows() {
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

    /** The outcome of selecting one item's series: the series, or why there is none (reason and problem). */
    public record Selection(SeriesData series, NotAssessableReason reason, String problem) {
        static Selection failed(NotAssessableReason reason, String problem) {
            return new Selection(SeriesData.empty(), reason, problem);
        }
    }

    /**
     * Selects the rows of one item and turns them into a series (spec §1, sdg-build 2.4.0). Each named unit, series
     * and disaggregation value keeps the rows that have it — a value that matches no row leaves none, a filter on a
     * column that does not exist filters nothing, an empty value keeps the rows where the column is empty. Then the
     * headline rule: the disaggregation columns that no filter names must be empty. Rows without a value are
     * dropped. Rows of several units or series left over, two values for one year, or a selected row that cannot
     * be used (a value that is not a finite number, a year that is not a year) give a problem instead of a series.
     */
    public Selection select(ProgressOption item) {
        int value = valueColumn();
        if (value < 0 || column("Year") < 0) {
            return Selection.failed(NotAssessableReason.NO_DATA, file + " has no " + (value < 0 ? "Value" : "Year") + " column");
        }
        List<Row> kept = rows;
        kept = filter(kept, column("Units"), item.unit());
        kept = filter(kept, column("Series"), item.series());
        Set<Integer> named = new HashSet<>();
        for (ProgressOption.DisaggregationFilter f : item.disaggregation()) {
            int c = column(f.field());
            kept = filter(kept, c, f.value() == null ? "" : f.value());
            named.add(c);
        }
        List<Row> selected = new ArrayList<>();
        for (Row r : kept) {
            if (isHeadline(r, named) && (r.value() != null || r.odd() != null)) {
                selected.add(r);
            }
        }
        String many = manySubSeries(selected);
        if (many != null) {
            return Selection.failed(NotAssessableReason.MANY_SERIES, many);
        }
        for (Row r : selected) {
            if (r.odd() != null) {
                return Selection.failed(NotAssessableReason.METHOD_NOT_APPLICABLE, file + ": row " + r.line() + "." + r.odd());
            }
        }
        return toSeries(selected);
    }

    private static List<Row> filter(List<Row> in, int column, String wanted) {
        if (wanted == null || column < 0) {
            return in;
        }
        List<Row> out = new ArrayList<>();
        for (Row r : in) {
            if (wanted.equals(r.cells()[column])) {
                out.add(r);
            }
        }
        return out;
    }

    private boolean isHeadline(Row r, Set<Integer> named) {
        for (int c : disaggregationColumns) {
            if (!r.cells()[c].isEmpty() && !named.contains(c)) {
                return false;
            }
        }
        return true;
    }

    private String manySubSeries(List<Row> in) {
        for (String name : List.of("Units", "Series")) {
            int c = column(name);
            if (c < 0) {
                continue;
            }
            Set<String> distinct = new LinkedHashSet<>();
            for (Row r : in) {
                distinct.add(r.cells()[c]);
            }
            if (distinct.size() > 1) {
                return "many sub-series: the selection has rows of several " + name + " " + distinct;
            }
        }
        return null;
    }

    private Selection toSeries(List<Row> in) {
        SeriesData.Builder b = SeriesData.builder(in.size());
        for (Row r : in) {
            b.add(Period.year(r.year()), r.value().doubleValue(), r.value());
        }
        try {
            return new Selection(b.build(), null, null);
        } catch (ValidationException e) {
            return Selection.failed(NotAssessableReason.MANY_SERIES, "many sub-series: " + e.problems().get(0).message());
        }
    }
}
