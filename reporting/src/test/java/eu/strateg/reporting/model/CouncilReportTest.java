package eu.strateg.reporting.model;

import static org.assertj.core.api.Assertions.assertThat;

import eu.strateg.core.evaluation.StandardEvaluator;
import eu.strateg.core.evaluation.StrategyEvaluation;
import eu.strateg.core.indicator.Baseline;
import eu.strateg.core.indicator.Direction;
import eu.strateg.core.indicator.Indicator;
import eu.strateg.core.indicator.IndicatorType;
import eu.strateg.core.indicator.Periodicity;
import eu.strateg.core.indicator.Target;
import eu.strateg.core.observation.Observation;
import eu.strateg.core.period.Period;
import eu.strateg.core.port.ReportInput;
import eu.strateg.core.strategy.Element;
import eu.strateg.core.strategy.Lifecycle;
import eu.strateg.core.strategy.Strategy;
import eu.strateg.reporting.html.HtmlReportRenderer;
import eu.strateg.reporting.i18n.Messages;
import eu.strateg.testkit.ExampleStrategies;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

/**
 * What a council reads must be right: the testkit's Žďár strategy, evaluated by the real evaluator, with three more
 * indicators (a yes/no one, a computed one and a quarterly one), adopted by a resolution whose text starts with the
 * word "Usnesení".
 */
public class CouncilReportTest {

    static final Locale CS = Locale.forLanguageTag("cs");
    static final Locale PL = Locale.forLanguageTag("pl");

    public static Strategy strategy() {
        Strategy s = ExampleStrategies.smallTown();
        List<Indicator> indicators = new ArrayList<>(s.indicators());
        indicators.add(Indicator.of("SORT", "Sběrný dvůr v provozu", "ano/ne", IndicatorType.OUTPUT, Direction.QUALITATIVE, Periodicity.ANNUAL)
                .withTarget(Target.of("1", 2026)));
        indicators.add(Indicator.of("WASTE-T", "Směsný odpad celkem", "t", IndicatorType.RESULT, Direction.DECREASE, Periodicity.ANNUAL)
                .withFormula("[WASTE-KG] * POP / 1000").withBaseline(Baseline.of(Period.year(2021), new BigDecimal("4200")))
                .withTarget(Target.of("3300", 2030)));
        indicators.add(Indicator.of("VISITS", "Návštěvy úřadu online", "tis.", IndicatorType.OUTPUT, Direction.INCREASE, Periodicity.QUARTERLY)
                .withBaseline(Baseline.of(Period.quarter(2023, 4), new BigDecimal("10"))).withTarget(Target.of("30", 2027)));
        List<Element> elements = new ArrayList<>();
        for (Element e : s.elements()) {
            elements.add(e.code().equals("2.1.1") ? e.withIndicators(List.of("WASTE-KG", "SORT", "WASTE-T", "VISITS")) : e);
        }
        return s.withContent(elements, indicators, s.projects()).withLifecycle(Lifecycle.adopted(LocalDate.of(2021, 6, 21),
                "Usnesení Zastupitelstva města č. 12/2021"));
    }

    public static List<Observation> observations() {
        List<Observation> obs = new ArrayList<>();
        add(obs, "CYC-KM", 2021, "0.4", "1.1", "2.0", "3.1");
        add(obs, "WASTE-KG", 2021, "205.3", "199.8", "193.1", "188.0");
        add(obs, "POP", 2021, "20719", "20571", "20523", "20470");
        add(obs, "PM10", 2021, "20.8", "19.4");
        add(obs, "SORT", 2021, "0", "1", "1", "1");
        obs.add(Observation.of("VISITS", "2024-Q1", "12"));
        obs.add(Observation.of("VISITS", "2024-Q2", "13"));
        obs.add(Observation.of("VISITS", "2024-Q3", "15"));
        obs.add(Observation.of("VISITS", "2024-Q4", "16"));
        return obs;
    }

    private static void add(List<Observation> into, String code, int first, String... values) {
        for (int i = 0; i < values.length; i++) {
            into.add(Observation.of(code, String.valueOf(first + i), values[i]));
        }
    }

    static ReportInput input(Locale locale, LocalDate asOf) {
        Strategy s = strategy();
        StrategyEvaluation ev = new StandardEvaluator().evaluate(s, observations(), asOf);
        return new ReportInput(s, ev, observations(), locale);
    }

    static ReportModel model(Locale locale, LocalDate asOf) {
        return ReportModel.of(input(locale, asOf), Messages.of(locale));
    }

    static Document html(Locale locale, LocalDate asOf) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new HtmlReportRenderer().render(input(locale, asOf), out);
        return Jsoup.parse(out.toString(StandardCharsets.UTF_8));
    }

    /**
     * A report says when its revision was not the one in force on the as-of date (docs/temporal-model.md, fallback):
     * the strategy here was adopted on 2021-06-21, so as of 2021-03-31 it is shown but marked; as of 2025-03-31 it is in
     * force and not marked; a draft is always marked.
     */
    @Test
    void aRevisionNotInForceOnTheDateIsMarkedInEveryLanguage() throws IOException {
        assertThat(html(CS, LocalDate.of(2025, 3, 31)).select("dd").text()).contains("schváleno dne").doesNotContain("platnou verzí");
        assertThat(html(CS, LocalDate.of(2021, 3, 31)).select("dd").text()).contains("schváleno dne 21. června 2021, Usnesení Zastupitelstva města č. 12/2021 — k 31. března 2021 není platnou verzí");
        assertThat(html(PL, LocalDate.of(2021, 3, 31)).select("dd").text()).contains("nie jest wersją obowiązującą");
        assertThat(html(Locale.ENGLISH, LocalDate.of(2021, 3, 31)).select("dd").text()).contains("not the revision in force on");

        Strategy draft = strategy().withLifecycle(Lifecycle.DRAFT);
        LocalDate asOf = LocalDate.of(2025, 3, 31);
        ReportModel m = ReportModel.of(new ReportInput(draft, new StandardEvaluator().evaluate(draft, observations(), asOf), observations(), CS),
                Messages.of(CS));
        assertThat(m.header().lifecycle()).startsWith("návrh").contains("není platnou verzí");
    }

    @Test
    void summaryCountsAreTheCardsTheReaderSees() throws IOException {
        Document doc = html(CS, LocalDate.of(2025, 3, 31));
        ReportModel m = model(CS, LocalDate.of(2025, 3, 31));
        int cards = doc.select("article.card").size();
        int notAssessableCards = doc.select("article.card.st-not-assessable").size();

        assertThat(cards).isEqualTo(7);
        assertThat(m.summary().indicators()).isEqualTo(cards);
        assertThat(m.summary().notAssessable()).isEqualTo(notAssessableCards).isGreaterThanOrEqualTo(1); // POP is a context indicator
        assertThat(m.summary().assessable() + m.summary().notAssessable()).isEqualTo(cards);
        int sum = m.summary().distribution().stream().mapToInt(ReportModel.StatusCount::count).sum();
        assertThat(sum).isEqualTo(cards);
    }

    /**
     * P-01 plans 1 500 000 Kč for 2023 (spent 1 320 000,50) and 4 200 000 Kč for 2024 (spent 3 900 000). As of
     * 2024-06-30 only 2023 has ended: 1 320 000,50 / 1 500 000 = 88 % of the plan due, 1 320 000,50 / 5 700 000 =
     * 23 % of the whole plan; the 2024 spending is not counted.
     */
    @Test
    void budgetHeadlineIsAgainstThePlanDueAndTheWholePlan() throws IOException {
        Document doc = html(CS, LocalDate.of(2024, 6, 30));
        String tile = doc.select(".budget-tile").text();

        assertThat(doc.select(".budget-tile .tile-value").text()).isEqualTo("88 %");
        assertThat(tile).contains("z celého plánu: 23 %").contains("1 320 000,50 Kč").contains("5 700 000 Kč")
                .doesNotContain("5 220 000").doesNotContain("CZK");
    }

    @Test
    void yesNoIndicatorShowsItsLatestValueAndSinceWhen() {
        ReportModel.IndicatorCard sort = card(model(CS, LocalDate.of(2025, 3, 31)), "SORT");
        // values 0 (2021), 1 (2022), 1 (2023), 1 (2024): latest is "ano" of 2024, achieved since 2022
        assertThat(sort.figures()).extracting(f -> f.label() + ": " + f.value()).contains("Poslední hodnota: ano (2024)", "Splněno od: 2022");
        assertThat(sort.explanation()).startsWith("Poslední hodnota: ano (2024); splněno od 2022");
    }

    @Test
    void computedIndicatorShowsItsInputsAndComputedSeries() {
        ReportModel.IndicatorCard t = card(model(CS, LocalDate.of(2025, 3, 31)), "WASTE-T");
        // 2024: 188.0 kg × 20 470 / 1000 = 3 848.36 t; 2021: 205.3 × 20 719 / 1000 = 4 253.6107 t
        assertThat(t.figures()).extracting(f -> f.label() + ": " + f.value()).contains("Vstupy vzorce: POP, WASTE-KG");
        assertThat(t.observations()).extracting(ReportModel.ObservationRow::period).containsExactly("2021", "2022", "2023", "2024");
        assertThat(t.observations().get(3).value()).isEqualByComparingTo("3848.36");
        assertThat(t.observations().get(0).value()).isEqualByComparingTo("4253.6107");
        assertThat(t.chart().observations()).hasSize(4);
    }

    @Test
    void staleDataAreMarkedInTheTreeAndTheSummarySaysHowMuchRestsOnThem() {
        ReportModel m = model(CS, LocalDate.of(2025, 3, 31));
        // PM10's latest value is of 2022: stale from 2025-01-01; it belongs to 2.1 (and so to area 2)
        assertThat(card(m, "PM10").stale()).isTrue();
        assertThat(m.tree()).filteredOn(n -> n.code().equals("2.1") || n.code().equals("2")).allSatisfy(n -> assertThat(n.staleText()).contains("PM10"));
        assertThat(m.tree()).filteredOn(n -> n.code().equals("1")).allSatisfy(n -> assertThat(n.staleText()).isEmpty());
        long scored = m.indicators().stream().filter(c -> c.score() != null).count();
        assertThat(m.summary().staleShareText()).startsWith("1 z " + scored + " hodnocených indikátorů");
        assertThat(m.summary().attention()).extracting(ReportModel.AttentionRow::code).contains("PM10");
    }

    @Test
    void levelNamesOwnersAndTheResolutionWithoutARepeatedWord() throws IOException {
        Document doc = html(CS, LocalDate.of(2025, 3, 31));
        assertThat(doc.select(".tree-table tr[data-code=2.1] .kind").text()).isEqualTo("Cíl");
        assertThat(doc.select(".tree-table tr[data-code=1.1.1.1] .kind").text()).isEqualTo("Aktivita");
        assertThat(doc.select(".project-table tr[data-code=P-01]").text()).contains("Odbor rozvoje");
        assertThat(doc.select(".tree-table tr[data-code=2.1.1]").text()).contains("Technické služby");
        String text = doc.text().toLowerCase(Locale.ROOT);
        assertThat(text).contains("usnesení zastupitelstva města č. 12/2021").doesNotContain("usnesení usnesení");
        assertThat(Pattern.compile("(?U)\\b(\\w+) \\1\\b").matcher(doc.select(".report-header").text().toLowerCase(Locale.ROOT)).find()).isFalse();
    }

    /** Every term a method writes (core's category names and windows) and every raw period code. */
    static final List<String> ENGLISH = List.of("on trajectory", "behind trajectory", "far behind trajectory", "moving away", "target achieved",
            "not assessable", "significant progress", "moderate progress", "insufficient progress", "movement away", "substantial_progress",
            "moderate_progress", "limited_progress", "not_available", "maintained", "below the level", "above the level", "not yet achieved",
            "deadline passed", "inside the range", "below the range", "above the range", "short term", "long term", "target_achieved");
    static final Pattern PERIOD_CODE = Pattern.compile("\\b\\d{4}-(Q[1-4]|H[12]|(0[1-9]|1[0-2]))\\b");

    @Test
    void czechAndPolishReportsHoldNoEnglishMethodTermAndNoRawPeriodCode() throws IOException {
        for (Locale l : List.of(CS, PL)) {
            Document doc = html(l, LocalDate.of(2025, 6, 30));
            String text = doc.body().text();
            for (String term : ENGLISH) {
                assertThat(text).as(l + ": " + term).doesNotContainIgnoringCase(term);
            }
            assertThat(PERIOD_CODE.matcher(text).find()).as(l + ": a raw period code in " + firstMatch(text)).isFalse();
            assertThat(text).as(l.toString()).doesNotContain("CZK").contains("Kč");
        }
        assertThat(html(CS, LocalDate.of(2025, 6, 30)).text()).contains("4. čtvrtletí 2024");
        assertThat(html(PL, LocalDate.of(2025, 6, 30)).text()).contains("IV kwartał 2024");
    }

    private static String firstMatch(String text) {
        var m = PERIOD_CODE.matcher(text);
        return m.find() ? text.substring(Math.max(0, m.start() - 40), Math.min(text.length(), m.end() + 10)) : "";
    }

    @Test
    void negativeNumbersUseARealMinusAndMoneyTheLocalSymbol() {
        Messages cs = Messages.of(CS);
        Messages pl = Messages.of(PL);
        assertThat(cs.formats().number(new BigDecimal("-2.5"), 1)).isEqualTo("\u22122,5");
        assertThat(cs.formats().percent(-0.125, 0)).doesNotContain("-").contains("\u2212");
        assertThat(cs.formats().money(new BigDecimal("1500000"), java.util.Currency.getInstance("CZK"))).isEqualTo("1\u00a0500\u00a0000\u00a0Kč");
        assertThat(pl.formats().money(new BigDecimal("1500000"), java.util.Currency.getInstance("PLN"))).isEqualTo("1\u00a0500\u00a0000\u00a0zł");
    }

    static ReportModel.IndicatorCard card(ReportModel m, String code) {
        return m.indicators().stream().filter(c -> c.code().equals(code)).findFirst().orElseThrow();
    }
}
