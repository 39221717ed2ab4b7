package eu.strateg.persistence.json.opensdg;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import eu.strateg.core.evaluation.method.OpenSdgMethod;
import eu.strateg.core.evaluation.method.SeriesData;
import eu.strateg.core.indicator.Baseline;
import eu.strateg.core.indicator.Indicator;
import eu.strateg.core.indicator.IndicatorType;
import eu.strateg.core.indicator.Periodicity;
import eu.strateg.core.indicator.Target;
import eu.strateg.core.observation.Observation;
import eu.strateg.core.validation.Paths;
import eu.strateg.core.validation.Problem;
import eu.strateg.core.validation.Problems;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Turns an Open SDG repository into Strateg indicators and observations, one indicator per progress item (groups
 * flattened), so that Strateg's evaluation with {@code open-sdg} gives each item's reference result.
 *
 * <p>Each indicator: code {@code <id>} when the Open SDG indicator has one item, else {@code <id>.<n>} (n counts
 * the items from 1 in document order); the item's direction, target and target year, limit as natural limit,
 * method {@code open-sdg}, annual; the baseline is the first value from the item's base year on (the base the
 * method would pick). Its observations are the item's selected series, as the headline. Limits: an item with no
 * value from its base year on gets no baseline (Strateg then uses open-sdg's default base year 2015), and an item
 * whose selection failed (many sub-series) gets no observations (not assessable for lack of data).
 *
 * @param indicators the indicators, in repository order
 * @param observations their values
 * @param keys the reference series key of each indicator code
 * @param problems items that could not become an indicator (e.g. a target year before the base), by path
 */
public record OpenSdgConversion(List<Indicator> indicators, List<Observation> observations, Map<String, String> keys,
        List<Problem> problems) {

    public OpenSdgConversion {
        indicators = ImmutableList.copyOf(indicators);
        observations = ImmutableList.copyOf(observations);
        keys = ImmutableMap.copyOf(keys);
        problems = ImmutableList.copyOf(problems);
    }

    /** Converts every indicator of the repository that has progress calculation turned on. */
    public static OpenSdgConversion of(OpenSdgRepository repository) {
        List<Indicator> indicators = new ArrayList<>();
        List<Observation> observations = new ArrayList<>();
        Map<String, String> keys = new LinkedHashMap<>();
        Problems p = new Problems();
        for (OpenSdgIndicator i : repository.indicators()) {
            if (!i.autoProgress()) {
                continue;
            }
            List<ProgressOption> items = ProgressOption.leaves(i.options());
            for (int n = 0; n < items.size(); n++) {
                String code = items.size() == 1 ? i.id() : i.id() + "." + (n + 1);
                ProgressOption item = items.get(n);
                SeriesData series = i.hasData() ? i.data().select(item).series() : SeriesData.empty();
                Indicator ind = p.collect(Paths.keyed("indicators", code), () -> indicator(i, code, item, series));
                if (ind == null) {
                    continue;
                }
                indicators.add(ind);
                keys.put(code, item.key(i.id()));
                for (int k = 0; k < series.size(); k++) {
                    observations.add(Observation.of(code, series.period(k), series.exact(k)));
                }
            }
        }
        return new OpenSdgConversion(indicators, observations, keys, p.list());
    }

    private static Indicator indicator(OpenSdgIndicator source, String code, ProgressOption item, SeriesData series) {
        String key = item.key(source.id());
        String name = key.equals(source.id()) ? source.name() : source.name() + " – " + key.substring(source.id().length() + 3);
        Indicator ind = Indicator.of(code, name, source.unit() == null ? "value" : source.unit(), IndicatorType.RESULT, item.direction(),
                Periodicity.ANNUAL).withMethod(OpenSdgMethod.ID).withNaturalLimit(item.limit());
        int b = series.firstAtOrAfter(item.baseYear());
        if (b >= 0) {
            ind = ind.withBaseline(Baseline.of(series.period(b), series.exact(b)));
        }
        if (item.target() != null) {
            ind = ind.withTarget(Target.of(item.target(), item.targetYear()));
        }
        return ind;
    }
}
