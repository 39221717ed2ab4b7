package eu.strateg.reporting.model;

import eu.strateg.core.evaluation.ElementEvaluation;
import eu.strateg.core.evaluation.EvaluationSummary;
import eu.strateg.core.evaluation.ProjectsEvaluation;
import eu.strateg.core.evaluation.Status;
import eu.strateg.core.evaluation.StrategyEvaluation;
import eu.strateg.core.port.ReportInput;
import eu.strateg.core.strategy.Element;
import eu.strateg.core.strategy.Lifecycle;
import eu.strateg.core.strategy.LifecycleState;
import eu.strateg.core.strategy.Link;
import eu.strateg.core.strategy.Strategy;
import eu.strateg.reporting.i18n.Formats;
import eu.strateg.reporting.i18n.Messages;
import eu.strateg.reporting.model.ReportModel.GapRow;
import eu.strateg.reporting.model.ReportModel.Gaps;
import eu.strateg.reporting.model.ReportModel.Header;
import eu.strateg.reporting.model.ReportModel.IndicatorCard;
import eu.strateg.reporting.model.ReportModel.LinkRow;
import eu.strateg.reporting.model.ReportModel.StatusCount;
import eu.strateg.reporting.model.ReportModel.Summary;
import eu.strateg.reporting.model.ReportModel.TreeNode;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Builds a {@link ReportModel}: header, summary, tree, links and gaps here; cards, projects and methods in helpers. */
final class ReportModelBuilder {

    private final ReportInput input;
    private final Strategy strategy;
    private final StrategyEvaluation evaluation;
    private final Messages m;
    private final Formats f;
    private final java.util.Set<String> staleCodes = new java.util.LinkedHashSet<>();
    private final Map<String, List<String>> staleBelow = new HashMap<>();

    ReportModelBuilder(ReportInput input, Messages messages) {
        this.input = input;
        this.strategy = input.strategy();
        this.evaluation = input.evaluation();
        this.m = messages;
        this.f = messages.formats();
    }

    ReportModel build() {
        List<IndicatorCard> cards = new IndicatorCards(strategy, evaluation, input.observations(), m).build();
        ProjectsEvaluation pe = evaluation.projects();
        List<TreeNode> tree = tree(cards);
        return new ReportModel(header(), new Summaries(m).build(evaluation, cards), tree, cards, new ProjectTables(strategy, pe, m).build(), links(tree),
                gaps(cards), new MethodNotes(cards, m).build());
    }

    private Header header() {
        Lifecycle l = strategy.lifecycle();
        String lifecycle = switch (l.state()) {
            case DRAFT -> m.get("lifecycle.DRAFT");
            case ADOPTED -> adopted(l);
            case ARCHIVED -> m.format("lifecycle.ARCHIVED", f.date(l.archivedOn()));
        };
        if (!inForce(l, evaluation.asOf())) {
            lifecycle = lifecycle + " " + m.format("lifecycle.notInForce", f.date(evaluation.asOf()));
        }
        return new Header(strategy.title(), strategy.territory().name(), strategy.territory().code().toString(),
                strategy.period().toString(), f.date(evaluation.asOf()), String.valueOf(evaluation.asOf()), evaluation.revision(), lifecycle,
                strategy.vision(), m.locale().getLanguage(), strategy.id().value());
    }

    /**
     * Whether this revision could be the one in force on the as-of date: adopted on or before it (docs/temporal-model.md).
     * A draft, an archived revision, or one adopted only later is the fallback of a report and is marked as such.
     */
    static boolean inForce(Lifecycle l, LocalDate asOf) {
        return l.state() == LifecycleState.ADOPTED && l.adoptedOn() != null && !l.adoptedOn().isAfter(asOf);
    }

    /** "adopted on D, resolution R", without repeating the word when R starts with it ("Usnesení ZM č. 12/2021"). */
    private String adopted(Lifecycle l) {
        String r = l.resolution() == null ? "" : l.resolution().trim();
        String word = m.get("lifecycle.resolutionWord");
        if (r.isEmpty()) {
            return m.format("lifecycle.ADOPTED.bare", f.date(l.adoptedOn()));
        }
        boolean named = r.regionMatches(true, 0, word, 0, word.length());
        return m.format(named ? "lifecycle.ADOPTED.named" : "lifecycle.ADOPTED", f.date(l.adoptedOn()), r);
    }

    private List<TreeNode> tree(List<IndicatorCard> cards) {
        Map<String, List<Element>> children = new LinkedHashMap<>();
        for (Element e : strategy.elements()) {
            children.computeIfAbsent(e.parentCode(), k -> new ArrayList<>()).add(e);
        }
        staleCodes.clear();
        for (IndicatorCard c : cards) {
            if (c.stale()) {
                staleCodes.add(c.code());
            }
        }
        Map<String, ElementEvaluation> evals = new HashMap<>();
        for (ElementEvaluation ee : evaluation.elements()) {
            evals.put(ee.code(), ee);
        }
        List<TreeNode> out = new ArrayList<>(strategy.elements().size());
        walk(null, 0, children, evals, out);
        return out;
    }

    private void walk(String parent, int depth, Map<String, List<Element>> children, Map<String, ElementEvaluation> evals, List<TreeNode> out) {
        for (Element e : children.getOrDefault(parent, List.of())) {
            out.add(node(e, depth, evals.get(e.code()), staleBelow(e, children)));
            walk(e.code(), depth + 1, children, evals, out);
        }
    }

    /** The stale indicators an element's score rests on: its own and those of the elements below it. */
    private List<String> staleBelow(Element e, Map<String, List<Element>> children) {
        List<String> done = staleBelow.get(e.code());
        if (done != null) {
            return done;
        }
        java.util.Set<String> codes = new java.util.LinkedHashSet<>();
        e.indicatorCodes().stream().filter(staleCodes::contains).forEach(codes::add);
        for (Element c : children.getOrDefault(e.code(), List.of())) {
            codes.addAll(staleBelow(c, children));
        }
        List<String> out = List.copyOf(codes);
        staleBelow.put(e.code(), out);
        return out;
    }

    private String kind(Element e, int depth) {
        List<String> names = strategy.levelNames();
        return depth < names.size() ? names.get(depth) : m.get("kind." + e.kind().name());
    }

    private TreeNode node(Element e, int depth, ElementEvaluation ee, List<String> stale) {
        Double score = ee == null ? null : ee.score();
        Status status = ee == null || ee.status() == null ? Status.NOT_ASSESSABLE : ee.status();
        int assessable = ee == null ? 0 : ee.assessable();
        int total = ee == null ? 0 : ee.total();
        String assessableText = m.format("tree.assessable", f.integer(assessable), f.integer(total));
        String weightText = e.weight().compareTo(BigDecimal.ONE) == 0 ? "" : f.compact(e.weight(), 4);
        List<LinkRow> links = new ArrayList<>();
        for (Link l : e.links()) {
            links.add(link(e, l));
        }
        return new TreeNode(e.code(), e.parentCode(), depth, kind(e, depth), e.title(), e.description(), e.responsible(),
                StatusView.of(status, m), score, score == null ? "–" : f.number(score, 2), assessable, total, assessableText, e.weight(),
                weightText, e.indicatorCodes(), links, stale.isEmpty() ? "" : m.format("tree.staleMark", String.join(", ", stale)));
    }

    private LinkRow link(Element e, Link l) {
        String schemeLabel;
        if (Link.SDG.equals(l.scheme())) {
            schemeLabel = m.get("links.sdg");
        } else if (l.scheme().startsWith(Link.STRATEGY_PREFIX)) {
            schemeLabel = m.format("links.strategy", l.scheme().substring(Link.STRATEGY_PREFIX.length()));
        } else {
            schemeLabel = l.scheme();
        }
        return new LinkRow(e.code(), e.title(), l.scheme(), schemeLabel, l.code(), l.label());
    }

    private static List<LinkRow> links(List<TreeNode> tree) {
        List<LinkRow> out = new ArrayList<>();
        for (TreeNode n : tree) {
            out.addAll(n.links());
        }
        return out;
    }

    private Gaps gaps(List<IndicatorCard> cards) {
        List<GapRow> notAssessable = new ArrayList<>();
        List<GapRow> stale = new ArrayList<>();
        for (IndicatorCard c : cards) {
            if (c.status().status() == Status.NOT_ASSESSABLE) {
                notAssessable.add(new GapRow(c.code(), c.name(), Explanations.reason(c.evaluation(), m)));
            }
            if (c.stale()) {
                stale.add(new GapRow(c.code(), c.name(), c.staleText()));
            }
        }
        return new Gaps(notAssessable, stale);
    }
}
