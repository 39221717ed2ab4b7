package eu.strateg.reporting.html;

import static org.assertj.core.api.Assertions.assertThat;

import eu.strateg.core.port.ReportInput;
import eu.strateg.reporting.ExampleReports;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.select.Elements;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Acceptance 2: the HTML report's structure, read back with jsoup. */
class HtmlStructureTest {

    static ReportInput input;
    static Document doc;

    @BeforeAll
    static void render() throws IOException {
        input = ExampleReports.zdar(Locale.ENGLISH);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new HtmlReportRenderer().render(input, out);
        doc = Jsoup.parse(out.toString(StandardCharsets.UTF_8));
    }

    @Test
    void hasOneChartPerIndicatorAndATargetMarkerWhereThereIsATarget() {
        Elements cards = doc.select("article.card");
        assertThat(cards.eachAttr("data-code")).containsExactly("CYC-KM", "WASTE-KG", "POP", "PM10");
        for (Element card : cards) {
            assertThat(card.select("img.chart")).as(card.id()).hasSize(1);
            assertThat(card.selectFirst("img.chart").attr("alt")).as(card.id()).contains(card.attr("data-code")).contains("Values");
            boolean hasTarget = input.strategy().indicator(card.attr("data-code")).orElseThrow().target() != null;
            assertThat(ChartImages.chart(card).select(".target-marker")).as(card.id()).hasSize(hasTarget ? 1 : 0);
        }
        assertThat(doc.select("img.chart")).hasSize(input.strategy().indicators().size());
        assertThat(doc.select("article.card svg")).as("no inline SVG in the cards: each chart is one <img>").isEmpty();
    }

    @Test
    void chartShowsObservationsBaselineTrajectoryAndMilestone() {
        Element cyc = ChartImages.chart(doc.selectFirst("#ind-CYC-KM"));
        assertThat(cyc.select("circle.observation")).hasSize(4);
        assertThat(cyc.select("rect.baseline")).hasSize(1);
        assertThat(cyc.select("polyline.trajectory")).hasSize(1);
        assertThat(cyc.select("polygon.milestone")).hasSize(1);
        assertThat(cyc.select("text").eachText()).contains("2020", "2030", "12.5 (2030)");
        assertThat(ChartImages.chart(doc.selectFirst("#ind-PM10")).select("rect.target-band")).hasSize(1);
    }

    @Test
    void treeListsEveryElementInDocumentOrderWithStatusAndScore() {
        Elements rows = doc.select("#tree tr.node");
        assertThat(rows.eachAttr("data-code")).containsExactlyElementsOf(input.strategy().elements().stream().map(eu.strateg.core.strategy.Element::code).toList());
        for (Element row : rows) {
            assertThat(row.select(".badge .sym")).as(row.attr("data-code")).hasSize(1);
        }
        Element goal = doc.selectFirst("#tree tr.node[data-code=2.1]");
        // 2.1 = mean(PM10 5, 2.1.1 3.4864) = 4.2432 → 4.24, on track; POP counted but unscored: 2 of 3
        assertThat(goal.text()).contains("Čisté ovzduší a méně odpadu", "↑ On track", "4.24", "2 of 3 assessable");
    }

    @Test
    void cardExplainsItsStatusInASentence() {
        // CYC-KM: expected(2024) = 4.0 on the line (2020, 0) → (2025, 5) → (2030, 12.5); actual 3.1;
        // 3.1 / 4.0 = 0.775 → 78 % (half up) → needs acceleration
        assertThat(doc.selectFirst("#ind-CYC-KM .explanation").text()).isEqualTo(
                "Expected 4.0 (2024) on the line from the baseline 0.0 (2020) to the target 12.5 (2030); actual 3.1, i.e. 78% of the "
                        + "expected progress → needs acceleration.");
        assertThat(doc.selectFirst("#ind-PM10 .explanation").text()).startsWith("The latest value 19.4 (2022) has reached the target 0.0–20.0")
                .contains("stale");
        assertThat(doc.selectFirst("#ind-POP .explanation").text()).isEqualTo("Not assessable: a context indicator: shown, never scored.");
        assertThat(doc.selectFirst("#ind-CYC-KM .badge").text()).isEqualTo("↗ Needs acceleration");
    }

    @Test
    void budgetTableHasPlannedAndActualByYearAndSourceWithATotal() {
        Elements rows = doc.select("table.budget-table tbody tr");
        assertThat(rows).hasSize(2);
        assertThat(rows.get(0).select("td").eachText()).containsExactly("2023", "own budget", "1,500,000 CZK", "1,320,000.50 CZK", "88%");
        assertThat(rows.get(1).select("td").eachText()).containsExactly("2024", "EU funds", "4,200,000 CZK", "3,900,000 CZK", "93%");
        assertThat(doc.select("table.budget-table tfoot td").eachText()).containsExactly("5,700,000 CZK", "5,220,000.50 CZK", "92%");
        Element project = doc.selectFirst("table.project-table tr[data-code=P-01]");
        assertThat(project.text()).contains("151 days late", "in progress");
    }

    @Test
    void listsLinksGapsAndMethods() {
        assertThat(doc.select("#links tbody tr")).hasSize(2);
        assertThat(doc.select("#links").text()).contains("11.2", "Strategy kraj-vysocina-2030");
        assertThat(doc.select("#gaps").text()).contains("POP", "PM10", "latest value from 2022");
        assertThat(doc.select("#methods .method").eachAttr("data-method")).containsExactlyInAnyOrder("linear", "range");
        assertThat(doc.select("#methods .method[data-method=linear]").text()).contains("↑ On track ≥ 0.95", "↗ Needs acceleration ≥ 0.6");
    }

    @Test
    void isSelfContained() {
        assertThat(doc.select("script, link, iframe, object, embed")).isEmpty();
        // the only images are the charts, each carrying its SVG in a data URI
        assertThat(doc.select("img")).isNotEmpty().allSatisfy(i -> assertThat(i.hasClass("chart")).isTrue());
        assertThat(doc.select("[src]").eachAttr("src")).isNotEmpty().allMatch(s -> s.startsWith(ChartImages.PREFIX));
        List<String> hrefs = doc.select("[href]").eachAttr("href");
        assertThat(hrefs).allMatch(h -> h.startsWith("#"));
        assertThat(doc.select("style").html()).doesNotContain("url(", "@import");
    }
}
