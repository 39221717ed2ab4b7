package eu.strateg.persistence.json.opensdg;

import com.google.common.collect.ImmutableList;
import eu.strateg.core.evaluation.Assessment;
import eu.strateg.core.evaluation.method.OpenSdgMethod;
import eu.strateg.core.evaluation.method.SeriesData;
import eu.strateg.core.evaluation.rollup.ScoreMean;
import eu.strateg.core.validation.Problem;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/**
 * Open SDG's automatic progress calculation over a whole data repository, with the {@code open-sdg} method of
 * the core (spec/evaluation.md §1): every indicator with {@code auto_progress_calculation: true}, every item of
 * its {@code progress_calculation_options}. Problems (unreadable files, odd rows) are reported and the run goes
 * on with the rest.
 *
 * <pre>{@code
 * OpenSdgProgress progress = OpenSdgProgress.calculate(Path.of("sdg-data"));
 * new ObjectMapper().writeValue(out, progress.toReferenceMap());
 * // or, one indicator in memory at a time, translated first:
 * OpenSdgProgress.stream(OpenSdgReader.open(dir, Translations.load("en", folders)), writer::write, warnings::add);
 * }</pre>
 */
public final class OpenSdgProgress {

    private static final OpenSdgMethod METHOD = new OpenSdgMethod();

    private final List<IndicatorProgress> indicators;
    private final List<Problem> problems;

    private OpenSdgProgress(List<IndicatorProgress> indicators, List<Problem> problems) {
        this.indicators = ImmutableList.copyOf(indicators);
        this.problems = ImmutableList.copyOf(problems);
    }

    /** Reads the repository in {@code dir} (untranslated) and calculates progress. */
    public static OpenSdgProgress calculate(Path dir) {
        return calculate(dir, Translations.NONE);
    }

    /** Reads the repository in {@code dir}, translates it, and calculates progress. */
    public static OpenSdgProgress calculate(Path dir, Translations translations) {
        List<IndicatorProgress> out = new ArrayList<>();
        List<Problem> problems = new ArrayList<>();
        stream(OpenSdgReader.open(dir, translations), out::add, problems::add);
        return new OpenSdgProgress(out, problems);
    }

    public static OpenSdgProgress calculate(OpenSdgRepository repository) {
        List<IndicatorProgress> out = new ArrayList<>();
        for (OpenSdgIndicator i : repository.indicators()) {
            if (i.autoProgress()) {
                out.add(of(i));
            }
        }
        return new OpenSdgProgress(out, repository.problems());
    }

    /**
     * Reads and calculates the repository indicator by indicator, in id order, handing each result and each
     * problem on as soon as it is known; only one indicator is held at a time.
     */
    public static void stream(OpenSdgReader reader, Consumer<IndicatorProgress> results, Consumer<Problem> problems) {
        reader.problems().forEach(problems);
        for (String id : reader.ids()) {
            OpenSdgReader.Result r = reader.read(id);
            r.problems().forEach(problems);
            if (r.indicator() != null && r.indicator().autoProgress()) {
                results.accept(of(r.indicator()));
            }
        }
    }

    /** The progress of one indicator. */
    public static IndicatorProgress of(OpenSdgIndicator indicator) {
        List<SeriesProgress> series = new ArrayList<>();
        List<Assessment> items = new ArrayList<>();
        for (ProgressOption o : indicator.options()) {
            items.add(assess(indicator, o, series));
        }
        Assessment overall = ScoreMean.of(OpenSdgMethod.ID, items);
        return new IndicatorProgress(indicator.id(), series, overall.score(), OpenSdgMethod.category(overall.status()), overall);
    }

    private static Assessment assess(OpenSdgIndicator indicator, ProgressOption o, List<SeriesProgress> out) {
        if (o.isGroup()) {
            List<Assessment> children = new ArrayList<>();
            for (ProgressOption child : o.group()) {
                children.add(assess(indicator, child, out));
            }
            return ScoreMean.of(OpenSdgMethod.ID, children);
        }
        OpenSdgTable.Selection sel = indicator.hasData() ? indicator.data().select(o) : null;
        SeriesData series = sel == null ? SeriesData.empty() : sel.series();
        Assessment a = sel != null && sel.problem() != null
                ? Assessment.notAssessable(OpenSdgMethod.ID, sel.reason(), null)
                : METHOD.assess(series, o.methodInput(indicator.id()));
        out.add(SeriesProgress.of(o.key(indicator.id()), a, sel == null ? null : sel.problem(), o));
        return a;
    }

    public List<IndicatorProgress> indicators() {
        return indicators;
    }

    /** Files, rows and cells that could not be read or used, with file (and row and column) as path. */
    public List<Problem> problems() {
        return problems;
    }

    /** {@code {<id>: {<series key>: {...}, progress_status, score}}}: the structure of the reference's expected file. */
    public Map<String, Object> toReferenceMap() {
        Map<String, Object> m = new LinkedHashMap<>();
        for (IndicatorProgress i : indicators) {
            m.put(i.id(), i.toReferenceMap());
        }
        return m;
    }
}
