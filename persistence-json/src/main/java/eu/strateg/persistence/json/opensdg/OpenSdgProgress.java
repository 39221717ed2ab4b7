package eu.strateg.persistence.json.opensdg;

import com.google.common.collect.ImmutableList;
import eu.strateg.core.evaluation.Assessment;
import eu.strateg.core.evaluation.NotAssessableReason;
import eu.strateg.core.evaluation.method.OpenSdgMethod;
import eu.strateg.core.evaluation.method.SeriesData;
import eu.strateg.core.evaluation.rollup.ScoreMean;
import eu.strateg.core.validation.Problem;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Open SDG's automatic progress calculation over a whole data repository, with the {@code open-sdg} method of
 * the core (spec/evaluation.md §1): every indicator with {@code auto_progress_calculation: true}, every item of
 * its {@code progress_calculation_options}. Indicators whose files could not be read are reported in
 * {@link #problems()} and the run goes on.
 *
 * <pre>{@code
 * OpenSdgProgress progress = OpenSdgProgress.calculate(Path.of("sdg-data"));
 * new ObjectMapper().writeValue(out, progress.toReferenceMap());
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

    /** Reads the repository in {@code dir} and calculates progress. */
    public static OpenSdgProgress calculate(Path dir) {
        return calculate(OpenSdgRepository.read(dir));
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
        String problem = null;
        SeriesData series = SeriesData.empty();
        if (indicator.hasData()) {
            OpenSdgTable.Selection sel = indicator.data().select(o);
            series = sel.series();
            problem = sel.problem();
        }
        Assessment a = problem != null
                ? Assessment.notAssessable(OpenSdgMethod.ID, NotAssessableReason.MANY_SERIES, null)
                : METHOD.assess(series, o.methodInput(indicator.id()));
        out.add(SeriesProgress.of(o.key(indicator.id()), a, problem));
        return a;
    }

    public List<IndicatorProgress> indicators() {
        return indicators;
    }

    /** Files that could not be read (their indicators are missing from {@link #indicators()}). */
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
