package eu.strateg.reporting.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import eu.strateg.core.evaluation.StandardEvaluator;
import eu.strateg.core.port.ReportInput;
import eu.strateg.core.project.BudgetLine;
import eu.strateg.core.project.FinancingSource;
import eu.strateg.core.project.Money;
import eu.strateg.core.project.Project;
import eu.strateg.core.project.ProjectStatus;
import eu.strateg.core.project.Schedule;
import eu.strateg.core.strategy.Strategy;
import eu.strateg.reporting.model.CouncilReportTest;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentCatalog;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDOutlineItem;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The PDF as paper: the council's strategy (CouncilReportTest) with 45 projects of long titles and eight-digit
 * budgets, so the project table spans pages. Checked by reading the PDF back with PDFBox: text positions, pages,
 * tags, language and outline.
 */
class PdfLayoutTest {

    static final LocalDate AS_OF = LocalDate.of(2025, 3, 31);
    static byte[] pdf;

    @BeforeAll
    static void render() throws IOException {
        Strategy base = CouncilReportTest.strategy();
        List<Project> projects = new ArrayList<>(base.projects());
        for (int k = 1; k <= 45; k++) {
            String code = String.format("K%02d", k);
            projects.add(new Project(code, "Revitalizace a zateplení objektu základní školy a mateřské školy číslo " + k, null, List.of("2.1.1"),
                    ProjectStatus.IN_PROGRESS, Schedule.of(LocalDate.of(2023, 1, 1), LocalDate.of(2026, 12, 31)), Schedule.of(LocalDate.of(2023, 2, 1), null),
                    List.of(new BudgetLine(2023, FinancingSource.EU, Money.of("15950000", "CZK"), Money.of("15922200.50", "CZK")),
                            new BudgetLine(2024, FinancingSource.OWN, Money.of("1000000", "CZK"), Money.of("990000", "CZK"))),
                    "Odbor investic a rozvoje", List.of()));
        }
        Strategy s = base.withProjects(projects);
        ReportInput in = new ReportInput(s, new StandardEvaluator().evaluate(s, CouncilReportTest.observations(), AS_OF),
                CouncilReportTest.observations(), Locale.forLanguageTag("cs"));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new PdfReportRenderer().render(in, out);
        pdf = out.toByteArray();
    }

    /** Text per page, with the right edge of every glyph. */
    static final class Pages extends PDFTextStripper {
        final List<StringBuilder> text = new ArrayList<>();
        float maxRight;
        float pageWidth;

        Pages(PDDocument doc) throws IOException {
            pageWidth = doc.getPage(0).getMediaBox().getWidth();
            for (int p = 1; p <= doc.getNumberOfPages(); p++) {
                setStartPage(p);
                setEndPage(p);
                text.add(new StringBuilder(getText(doc)));
            }
        }

        @Override
        protected void writeString(String s, List<TextPosition> positions) throws IOException {
            for (TextPosition t : positions) {
                maxRight = Math.max(maxRight, t.getXDirAdj() + t.getWidthDirAdj());
            }
            super.writeString(s, positions);
        }
    }

    @Test
    void theProjectTableFitsTheA4PageWithItsActualAndAbsorptionColumnsAndFullNumbers() throws IOException {
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            Pages pages = new Pages(doc);
            String all = String.join("\n", pages.text);
            assertThat(pages.maxRight).as("rightmost glyph on a %s pt page", pages.pageWidth).isLessThanOrEqualTo(pages.pageWidth - 20);
            assertThat(all).contains("Skutečnost", "Čerpání");
            // each K project: 15 950 000 + 1 000 000 = 16 950 000 Kč planned; 15 922 200,50 + 990 000 = 16 912 200,50 Kč spent
            // (both years ended by 2025-03-31); 16 912 200,50 / 16 950 000 = 99.78 % → "100 %"
            assertThat(all.replace('\u00a0', ' ')).contains("16 950 000 Kč", "16 912 200,50 Kč");
        }
    }

    @Test
    void theProjectTableRepeatsItsHeaderOnEveryPageItSpans() throws IOException {
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            Pages pages = new Pages(doc);
            int spanned = 0;
            for (StringBuilder page : pages.text) {
                if (java.util.regex.Pattern.compile("\\bK\\d\\d\\b").matcher(page).find()) {
                    spanned++;
                    assertThat(page.toString()).as("a page of the project table").contains("Plán", "Skutečnost", "Čerpání", "Skluz");
                }
            }
            assertThat(spanned).isGreaterThan(1);
        }
    }

    @Test
    void everyCardStartsOnThePageThatHoldsItsChartAndFigures() throws IOException {
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            Pages pages = new Pages(doc);
            PDOutlineItem indicators = child(doc.getDocumentCatalog(), "Indikátory");
            int cards = 0;
            for (PDOutlineItem card : indicators.children()) {
                int page = doc.getPages().indexOf(card.findDestinationPage(doc));
                String code = card.getTitle().split(" ")[0];
                String text = pages.text.get(page).toString();
                // the card's heading and its first figure on one page; the chart lies between them in the flow
                // (its SVG texts are drawn as shapes, so they cannot be read back)
                assertThat(text).as(code + " on page " + (page + 1)).contains(card.getTitle().substring(code.length() + 1)).contains("Jednotka");
                int headings = count(text, "Jednotka");
                long bookmarked = 0;
                for (PDOutlineItem other : indicators.children()) {
                    bookmarked += doc.getPages().indexOf(other.findDestinationPage(doc)) == page ? 1 : 0;
                }
                assertThat(headings).as("cards starting on page %d vs their figure blocks there", page + 1).isEqualTo((int) bookmarked);
                cards++;
            }
            assertThat(cards).isEqualTo(7);
        }
    }

    @Test
    void isTaggedWithItsLanguageTitleAndAnOutline() throws IOException {
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            PDDocumentCatalog c = doc.getDocumentCatalog();
            assertThat(c.getMarkInfo()).isNotNull();
            assertThat(c.getMarkInfo().isMarked()).isTrue();
            assertThat(c.getStructureTreeRoot()).isNotNull();
            assertThat(c.getLanguage()).isEqualTo("cs");
            assertThat(doc.getDocumentInformation().getTitle()).contains("Monitorovací zpráva");
            List<String> top = new ArrayList<>();
            c.getDocumentOutline().children().forEach(i -> top.add(i.getTitle()));
            assertThat(top).contains("Shrnutí", "Struktura strategie", "Indikátory", "Projekty");
            List<String> cards = new ArrayList<>();
            child(c, "Indikátory").children().forEach(i -> cards.add(i.getTitle()));
            assertThat(cards).contains("PM10 Průměrná roční koncentrace PM10", "SORT Sběrný dvůr v provozu");
        }
    }

    private static PDOutlineItem child(PDDocumentCatalog c, String title) {
        for (PDOutlineItem i : c.getDocumentOutline().children()) {
            if (i.getTitle().equals(title)) {
                return i;
            }
        }
        throw new AssertionError("no bookmark " + title);
    }

    private static int count(String text, String word) {
        int n = 0;
        for (int i = text.indexOf(word); i >= 0; i = text.indexOf(word, i + 1)) {
            n++;
        }
        return n;
    }

    @Test
    void everyChartIsPainted() throws IOException {
        // the charts are painted one at a time (OneAtATimeSvgDrawer); the target marker's green (#0b7a3b) is used by the
        // charts only, so a page shows it only where a chart was really drawn
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            PDFRenderer renderer = new PDFRenderer(doc);
            int pagesWithChart = 0;
            for (int p = 0; p < doc.getNumberOfPages(); p++) {
                BufferedImage image = renderer.renderImageWithDPI(p, 36);
                int green = 0;
                for (int y = 0; y < image.getHeight(); y++) {
                    for (int x = 0; x < image.getWidth(); x++) {
                        int rgb = image.getRGB(x, y);
                        int r = rgb >> 16 & 0xff;
                        int g = rgb >> 8 & 0xff;
                        int b = rgb & 0xff;
                        green += Math.abs(r - 0x0b) < 24 && Math.abs(g - 0x7a) < 24 && Math.abs(b - 0x3b) < 24 ? 1 : 0;
                    }
                }
                pagesWithChart += green > 0 ? 1 : 0;
            }
            assertThat(pagesWithChart).as("pages showing a chart's target marker").isGreaterThanOrEqualTo(3);
        }
    }
}
