package eu.strateg.core.strategy;

import eu.strateg.core.indicator.Indicator;
import eu.strateg.core.project.Project;
import eu.strateg.core.territory.Territory;
import eu.strateg.core.validation.Check;
import eu.strateg.core.validation.Problems;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A strategy (strategie / strategia) of a territory: its vision, the element tree, the indicators that measure
 * it and the projects that implement it, at one revision.
 *
 * <p>A strategy is immutable and always structurally valid (see {@link StrategyRules#structural}): codes are
 * unique, every parent exists and the tree has no cycle, every referenced indicator and measure is defined.
 * Completeness (baselines and targets everywhere) is only required for adoption
 * ({@link StrategyRules#forAdoption}). It changes by producing a new version through the service; the
 * repository gives each saved version the next {@code revision} (0 means never saved).
 *
 * @param levelNames the strategy's own names of its levels from the top, e.g. {@code ["Prioritní oblast", "Cíl",
 *     "Opatření", "Aktivita"]}
 */
public record Strategy(
        StrategyId id,
        long revision,
        Territory territory,
        String title,
        StrategyKind kind,
        StrategyPeriod period,
        Lifecycle lifecycle,
        List<String> levelNames,
        String vision,
        List<Element> elements,
        List<Indicator> indicators,
        List<Project> projects) {

    public Strategy {
        Problems p = new Problems();
        Check.required(p, "id", id);
        if (revision < 0) {
            p.add("revision", "must not be negative, was %d", revision);
        }
        Check.required(p, "territory", territory);
        Check.text(p, "title", title);
        Check.required(p, "kind", kind);
        Check.required(p, "period", period);
        lifecycle = lifecycle == null ? Lifecycle.DRAFT : lifecycle;
        levelNames = Check.list(p, "levelNames", levelNames);
        for (int i = 0; i < levelNames.size(); i++) {
            Check.text(p, "levelNames[" + i + "]", levelNames.get(i));
        }
        Check.optionalText(p, "vision", vision);
        elements = Check.list(p, "elements", elements);
        indicators = Check.list(p, "indicators", indicators);
        projects = Check.list(p, "projects", projects);
        StrategyRules.structural(p, period, elements, indicators, projects);
        p.throwIfAny();
    }

    /** Starts a new draft with no elements, indicators or projects. */
    public static Strategy draft(StrategyId id, Territory territory, String title, StrategyKind kind, StrategyPeriod period,
            List<String> levelNames) {
        return new Strategy(id, 0, territory, title, kind, period, Lifecycle.DRAFT, levelNames, null, List.of(), List.of(), List.of());
    }

    public Optional<Element> element(String code) {
        return elements.stream().filter(e -> e.code().equals(code)).findFirst();
    }

    public Optional<Indicator> indicator(String code) {
        return indicators.stream().filter(i -> i.code().equals(code)).findFirst();
    }

    public Optional<Project> project(String code) {
        return projects.stream().filter(pr -> pr.code().equals(code)).findFirst();
    }

    /** The direct children of an element, in document order; {@code null} gives the top-level elements. */
    public List<Element> children(String parentCode) {
        List<Element> out = new ArrayList<>();
        for (Element e : elements) {
            if (parentCode == null ? e.parentCode() == null : parentCode.equals(e.parentCode())) {
                out.add(e);
            }
        }
        return out;
    }

    public Strategy withRevision(long newRevision) {
        return new Strategy(id, newRevision, territory, title, kind, period, lifecycle, levelNames, vision, elements, indicators, projects);
    }

    public Strategy withLifecycle(Lifecycle newLifecycle) {
        return new Strategy(id, revision, territory, title, kind, period, newLifecycle, levelNames, vision, elements, indicators, projects);
    }

    public Strategy withTitle(String newTitle) {
        return new Strategy(id, revision, territory, newTitle, kind, period, lifecycle, levelNames, vision, elements, indicators, projects);
    }

    public Strategy withVision(String newVision) {
        return new Strategy(id, revision, territory, title, kind, period, lifecycle, levelNames, newVision, elements, indicators, projects);
    }

    public Strategy withElements(List<Element> newElements) {
        return new Strategy(id, revision, territory, title, kind, period, lifecycle, levelNames, vision, newElements, indicators, projects);
    }

    public Strategy withIndicators(List<Indicator> newIndicators) {
        return new Strategy(id, revision, territory, title, kind, period, lifecycle, levelNames, vision, elements, newIndicators, projects);
    }

    public Strategy withProjects(List<Project> newProjects) {
        return new Strategy(id, revision, territory, title, kind, period, lifecycle, levelNames, vision, elements, indicators, newProjects);
    }

    /** The same strategy with a changed tree, indicators and projects, validated together. */
    public Strategy withContent(List<Element> newElements, List<Indicator> newIndicators, List<Project> newProjects) {
        return new Strategy(id, revision, territory, title, kind, period, lifecycle, levelNames, vision, newElements, newIndicators,
                newProjects);
    }
}
