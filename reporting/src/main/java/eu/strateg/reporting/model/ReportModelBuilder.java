package eu.strateg.reporting.model;

import eu.strateg.core.evaluation.ElementEvaluation;
import eu.strateg.core.evaluation.EvaluationSummary;
import eu.strateg.core.evaluation.ProjectsEvaluation;
import eu.strateg.core.evaluation.Status;
import eu.strateg.core.evaluation.StrategyEvaluation;
import eu.strateg.core.port.ReportInput;
import eu.strateg.core.strategy.Element;
import eu.strateg.core.strategy.Lifecycle;
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
        List<TreeNode> tree = tree();
        return new ReportModel(header(), summary(cards, pe), tree, cards, new ProjectTables(strategy, pe, m).build(), links(tree),
                gaps(cards), new MethodNotes(cards, m).build());
    }

    private Header header() {
        Lifecycle l = strategy.lifecycle();
        String lifecycle = switch (l.state()) {
            case DRAFT -> m.get("lifecycle.DRAFT");
            case ADOPTED -> m.format("lifecycle.ADOPTED", f.date(l.adoptedOn()), l.resolution());
            case ARCHIVED -> m.format("lifecycle.ARCHIVED", f.date(l.archivedOn()));
        };
        return new Header(strategy.title(), strategy.territory().name(), strategy.territory().code().toString(),
                strategy.period().toString(), f.date(evaluation.asOf()), String.valueOf(evaluation.asOf()), evaluation.revision(), lifecycle,
                strategy.vision(), m.locale().getLanguage(), strategy.id().value());
    }

    private Summary summary(List<IndicatorCard> cards, ProjectsEvaluation pe) {
        EvaluationSummary s = evaluation.summary();
        Map<Status, Integer> dist = new LinkedHashMap<>();
        for (Status st : Status.values()) {
            dist.put(st, 0);
        }
        int indicators = cards.size();
        int assessable = 0;
        int fresh = 0;
        if (s != null) {
            s.distribution().forEach(dist::put);
            indicators = s.indicators();
            assessable = s.assessable();
            fresh = s.fresh();
        } else {
            for (IndicatorCard c : cards) {
                dist.merge(c.status().status(), 1, Integer::sum);
                assessable += c.status().status() == Status.NOT_ASSESSABLE ? 0 : 1;
                fresh += c.stale() ? 0 : 1;
            }
        }
        List<StatusCount> counts = new ArrayList<>();
        for (Map.Entry<Status, Integer> e : dist.entrySet()) {
            double share = indicators == 0 ? 0 : e.getValue() / (double) indicators;
            counts.add(new StatusCount(StatusView.of(e.getKey(), m), e.getValue(), share, f.percent(share, 0)));
        }
        double freshShare = indicators == 0 ? 0 : fresh / (double) indicators;
        Double score = s == null ? null : s.score();
        StatusView status = StatusView.of(s == null ? Status.NOT_ASSESSABLE : s.status(), m);
        String indicatorsText = m.plural("count.indicators", indicators) + ", " + m.format("summary.assessable", f.integer(assessable));
        String freshText = m.format("summary.freshText", f.percent(freshShare, 0), f.integer(fresh), f.integer(indicators));
        String currency = ProjectTables.currency(pe);
        BigDecimal planned = pe == null ? null : pe.plannedTotal();
        BigDecimal actual = pe == null ? null : pe.actualTotal();
        Double absorption = pe == null ? null : pe.absorption();
        java.util.Currency cur = currency == null ? null : java.util.Currency.getInstance(currency);
        String budgetText = planned == null ? m.get("summary.noBudget")
                : m.format("summary.budgetText", f.money(actual == null ? BigDecimal.ZERO : actual, cur), f.money(planned, cur));
        return new Summary(score, score == null ? "–" : f.number(score, 2), status, counts, indicators, assessable, fresh, freshShare, f.percent(freshShare, 0),
                indicatorsText, freshText, currency, planned, actual, absorption, budgetText,
                absorption == null ? "–" : f.percent(absorption, 0));
    }

    private List<TreeNode> tree() {
        Map<String, List<Element>> children = new LinkedHashMap<>();
        for (Element e : strategy.elements()) {
            children.computeIfAbsent(e.parentCode(), k -> new ArrayList<>()).add(e);
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
            out.add(node(e, depth, evals.get(e.code())));
            walk(e.code(), depth + 1, children, evals, out);
        }
    }

    private TreeNode node(Element e, int depth, ElementEvaluation ee) {
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
        return new TreeNode(e.code(), e.parentCode(), depth, m.get("kind." + e.kind().name()), e.title(), e.description(), e.responsible(),
                StatusView.of(status, m), score, score == null ? "–" : f.number(score, 2), assessable, total, assessableText, e.weight(),
                weightText, e.indicatorCodes(), links);
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
