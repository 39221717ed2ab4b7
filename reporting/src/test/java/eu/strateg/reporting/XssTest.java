package eu.strateg.reporting;

import static org.assertj.core.api.Assertions.assertThat;

import eu.strateg.core.evaluation.Assessment;
import eu.strateg.core.evaluation.IndicatorEvaluation;
import eu.strateg.core.evaluation.StrategyEvaluation;
import eu.strateg.core.indicator.Indicator;
import eu.strateg.core.observation.Observation;
import eu.strateg.core.port.ReportFormat;
import eu.strateg.core.port.ReportInput;
import eu.strateg.core.project.Project;
import eu.strateg.core.strategy.Element;
import eu.strateg.core.strategy.Lifecycle;
import eu.strateg.core.strategy.Link;
import eu.strateg.core.strategy.Strategy;
import eu.strateg.core.territory.Territory;
import eu.strateg.reporting.html.ChartImages;
import eu.strateg.reporting.model.CellText;
import eu.strateg.testkit.ExampleStrategies;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.interactive.action.PDActionJavaScript;
import org.apache.pdfbox.pdmodel.interactive.action.PDActionURI;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotation;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationLink;
import org.dhatim.fastexcel.reader.Cell;
import org.dhatim.fastexcel.reader.CellType;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.dhatim.fastexcel.reader.Sheet;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Acceptance 3: every text of the model carries an XSS and formula-injection payload. The HTML has no script, no
 * event attribute and no javascript URL; the PDF has no script or link action; every text cell of the CSV and XLSX
 * that starts with = + - @ (or tab, CR) is neutralised.
 */
class XssTest {

    static final String[] PREFIXES = {"=", "+", "-", "@", "\t"};
    static final String BODY = "HYPERLINK(\"http://evil.example\") <script>alert('x')</script><img src=x onerror=alert(1)>"
            + " \" onmouseover=\"alert(1)\" ' onfocus='alert(2)' <a href=\"javascript:alert(3)\">j</a> javascript:alert(4)";
    static int counter;
    static ReportInput input;

    static String evil() {
        return PREFIXES[counter++ % PREFIXES.length] + BODY;
    }

    /** Link codes are at most 128 characters. */
    static String shortEvil() {
        return PREFIXES[counter++ % PREFIXES.length] + "1 <script>alert(5)</script>\" onclick=\"x\" javascript:alert(6)";
    }

    @BeforeAll
    static void hostileInput() {
        Strategy s = ExampleStrategies.smallTown();
        List<Element> elements = new ArrayList<>();
        for (Element e : s.elements()) {
            elements.add(new Element(e.code(), e.parentCode(), e.kind(), evil(), evil(), evil(), e.weight(), e.indicatorCodes(),
                    e.links().stream().map(l -> new Link(l.scheme(), shortEvil(), evil())).toList()));
        }
        List<Indicator> indicators = new ArrayList<>();
        for (Indicator i : s.indicators()) {
            indicators.add(new Indicator(i.code(), evil(), evil(), evil(), i.type(), i.direction(), i.periodicity(), i.baseline(), i.target(),
                    i.milestones(), i.naturalLimit(), i.method(), i.displayDecimals(), evil(), i.formula(), evil(), i.weight()));
        }
        List<Project> projects = new ArrayList<>();
        for (Project p : s.projects()) {
            projects.add(new Project(p.code(), evil(), evil(), p.measureCodes(), p.status(), p.planned(), p.actual(), p.budget(), evil(),
                    p.indicatorCodes()));
        }
        Strategy hostile = new Strategy(eu.strateg.core.strategy.StrategyId.of("xss-zdar"), s.revision(), new Territory(s.territory().code(), evil(), s.territory().level(), null), evil(),
                s.kind(), s.period(), Lifecycle.adopted(LocalDate.of(2021, 6, 1), evil()), List.of(evil(), evil(), evil(), evil()), evil(), elements,
                indicators, projects);
        ReportInput base = ExampleReports.zdar(hostile, Locale.ENGLISH);
        List<Observation> obs = new ArrayList<>();
        for (Observation o : base.observations()) {
            obs.add(o.withSource(evil(), evil()));
        }
        obs.add(Observation.of("CYC-KM", "2024", "1.5").withDisaggregation(Map.of(evil(), evil())).withSource(evil(), evil()));
        StrategyEvaluation ev = base.evaluation();
        List<IndicatorEvaluation> evals = new ArrayList<>();
        for (IndicatorEvaluation ie : ev.indicators()) {
            Assessment a = ie.assessment();
            evals.add(new IndicatorEvaluation(ie.indicatorCode(), new Assessment(a.method(), a.status(), a.score(), a.reason(),
                    a.components().toBuilder().methodCategory(evil()).window(evil()).build()), ie.series(), ie.latestPeriod(), ie.stale(),
                    ie.observationCount()));
        }
        input = new ReportInput(hostile, new StrategyEvaluation(ev.strategyId(), ev.revision(), ev.asOf(), ev.summary(), evals, ev.elements(),
                ev.projects()), obs, Locale.ENGLISH);
    }

    @Test
    void htmlHasNoScriptNoEventAttributeAndNoJavascriptUrl() throws IOException {
        Document doc = Jsoup.parse(new String(AllFormatsTest.render(AllFormatsTest.renderer(ReportFormat.HTML), input), StandardCharsets.UTF_8));
        assertThat(doc.select("script")).isEmpty();
        assertThat(doc.select("iframe, object, embed")).isEmpty();
        // the only images are the charts, their SVG in a data URI (a browser never runs script in an image); that SVG holds
        // the hostile texts escaped: no element or attribute of theirs
        assertThat(doc.select("img")).isNotEmpty().allSatisfy(i -> assertThat(i.attr("src")).startsWith(ChartImages.PREFIX));
        for (org.jsoup.nodes.Element card : doc.select("article.card:has(img.chart)")) {
            org.jsoup.nodes.Element svg = ChartImages.chart(card);
            assertThat(svg.select("script, img, a, foreignObject, foreignobject")).as(card.id()).isEmpty();
            for (org.jsoup.nodes.Element el : svg.getAllElements()) {
                for (Attribute a : el.attributes()) {
                    assertThat(a.getKey().toLowerCase(Locale.ROOT)).as(card.id() + " svg " + el.tagName()).doesNotStartWith("on");
                }
            }
            assertThat(svg.select("title").first().text()).as(card.id()).contains("<script>alert('x')</script>");
        }
        for (org.jsoup.nodes.Element el : doc.getAllElements()) {
            for (Attribute a : el.attributes()) {
                assertThat(a.getKey().toLowerCase(Locale.ROOT)).as(el.tagName()).doesNotStartWith("on");
                assertThat(a.getValue().strip().toLowerCase(Locale.ROOT)).as(el.tagName() + "@" + a.getKey()).doesNotStartWith("javascript:");
            }
        }
        // the payload is shown as text, not dropped
        assertThat(doc.select("h1").text()).isEqualTo(input.strategy().title());
        assertThat(doc.select("article.card")).hasSize(4);
    }

    @Test
    void pdfShowsThePayloadAsTextAndHasNoScriptOrLinkAction() throws IOException {
        byte[] pdf = AllFormatsTest.render(AllFormatsTest.renderer(ReportFormat.PDF), input);
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            assertThat(doc.getDocumentCatalog().getNames() == null || doc.getDocumentCatalog().getNames().getJavaScript() == null).isTrue();
            assertThat(doc.getDocumentCatalog().getOpenAction()).isNull();
            for (PDPage page : doc.getPages()) {
                for (PDAnnotation a : page.getAnnotations()) {
                    if (a instanceof PDAnnotationLink link) {
                        assertThat(link.getAction()).isNotInstanceOf(PDActionJavaScript.class);
                        if (link.getAction() instanceof PDActionURI uri) {
                            assertThat(uri.getURI().toLowerCase(Locale.ROOT)).doesNotStartWith("javascript:");
                        }
                    }
                }
            }
        }
        assertThat(AllFormatsTest.pdfText(pdf)).contains("<script>alert('x')</script>");
    }

    @Test
    void everyCsvTextCellThatCouldStartAFormulaIsNeutralised() throws IOException {
        String csv = new String(AllFormatsTest.render(AllFormatsTest.renderer(ReportFormat.CSV), input), StandardCharsets.UTF_8);
        List<List<String>> rows = Csv.parse(csv);
        // header, strategy, 7 elements, 4 indicators, 16 + 1 hostile observations, 2 projects, 2 budget lines, 1 total per currency
        assertThat(rows).hasSize(1 + 1 + 7 + 4 + 17 + 2 + 2 + 1);
        int payloads = 0;
        for (List<String> row : rows) {
            assertThat(row).hasSize(rows.get(0).size());
            for (String cell : row) {
                if (CellText.isDangerous(cell)) {
                    assertThat(isNumber(cell)).as("cell %s", cell).isTrue();
                }
                payloads += cell.startsWith("'") && cell.contains("<script>") ? 1 : 0;
            }
        }
        assertThat(payloads).as("neutralised payload cells").isGreaterThan(10);
    }

    @Test
    void everyXlsxTextCellThatCouldStartAFormulaIsAStringCellWithoutAVisibleApostrophe() throws IOException {
        byte[] xlsx = AllFormatsTest.render(AllFormatsTest.renderer(ReportFormat.XLSX), input);
        int payloads = 0;
        try (ReadableWorkbook wb = new ReadableWorkbook(new ByteArrayInputStream(xlsx))) {
            for (Sheet sheet : wb.getSheets().toList()) {
                for (Row row : sheet.read()) {
                    for (Cell cell : row) {
                        if (cell == null) {
                            continue;
                        }
                        assertThat(cell.getType()).isNotEqualTo(CellType.FORMULA);
                        if (cell.getType() == CellType.STRING) {
                            // a string cell is text, never computed: the payload is kept as written, without a visible apostrophe
                            assertThat(cell.asString()).as("%s %s", sheet.getName(), cell.getAddress()).doesNotMatch("(?s)'[=+\\-@\t\r].*");
                            payloads += CellText.isDangerous(cell.asString()) ? 1 : 0;
                        }
                    }
                }
            }
        }
        assertThat(payloads).as("neutralised payload cells").isGreaterThan(20);
    }

    private static boolean isNumber(String s) {
        try {
            new BigDecimal(s);
            return true;
        } catch (NumberFormatException e) {
            return false;
        }
    }
}
