package eu.strateg.reporting.browser;

import static org.assertj.core.api.Assertions.assertThat;

import eu.strateg.core.evaluation.StandardEvaluator;
import eu.strateg.core.observation.Observation;
import eu.strateg.core.port.ReportInput;
import eu.strateg.reporting.html.SiteWriter;
import eu.strateg.reporting.model.CouncilReportTest;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The indicator portal of the council's strategy (with a disaggregated series), opened from file:// in headless Chromium. */
class SiteInChromiumTest {

    static Path site;

    @BeforeAll
    static void write() throws Exception {
        site = Path.of("target", "site-test").toAbsolutePath();
        if (Files.exists(site)) {
            try (var paths = Files.walk(site)) {
                for (Path p : paths.sorted(java.util.Comparator.reverseOrder()).toList()) {
                    Files.delete(p);
                }
            }
        }
        var s = CouncilReportTest.strategy();
        List<Observation> obs = new ArrayList<>(CouncilReportTest.observations());
        obs.add(Observation.of("CYC-KM", "2023", "1.2").withDisaggregation(Map.of("district", "Jamská")));
        obs.add(Observation.of("CYC-KM", "2024", "1.9").withDisaggregation(Map.of("district", "Jamská")));
        LocalDate asOf = LocalDate.of(2025, 3, 31);
        ReportInput in = new ReportInput(s, new StandardEvaluator().evaluate(s, obs, asOf), obs, Locale.forLanguageTag("cs"));
        new SiteWriter(null).write(in, (name, bytes) -> {
            Path f = site.resolve(name);
            Files.createDirectories(f.getParent());
            Files.write(f, bytes);
        });
    }

    @Test
    void hasEveryPageAndDownloadInEachLanguage() throws Exception {
        for (String lang : List.of("cs", "pl", "en")) {
            assertThat(site.resolve(lang + "/index.html")).exists();
            assertThat(site.resolve(lang + "/e-2.1.1.html")).exists();
            assertThat(site.resolve(lang + "/i-CYC-KM.html")).exists();
            assertThat(Files.readString(site.resolve(lang + "/i-CYC-KM.csv"))).startsWith("indicator,period,value").contains("CYC-KM,2024,3.1");
            assertThat(Files.readString(site.resolve(lang + "/i-CYC-KM.svg"))).startsWith("<?xml").contains("<svg");
            assertThat(Files.readAllBytes(site.resolve(lang + "/i-CYC-KM.png"))).startsWith(0x89, 'P', 'N', 'G');
        }
        assertThat(Files.readString(site.resolve("pl/i-CYC-KM.html"), StandardCharsets.UTF_8)).contains("lang=\"pl\"").contains("href=\"../cs/i-CYC-KM.html\"")
                .contains("href=\"i-CYC-KM.png\"");
    }

    @Test
    void searchAndFiltersWorkFromFileUrls() throws Exception {
        try (Browser b = new Browser(1366, 900)) {
            b.open(site.resolve("index.html"));
            assertThat(b.driver.getCurrentUrl()).endsWith("/cs/index.html");
            assertThat((Long) b.js("return document.querySelectorAll('#results tr').length;")).isEqualTo(7);
            b.js("const q = document.getElementById('q'); q.value = 'odpad'; q.dispatchEvent(new Event('input'));");
            // "Směsný komunální odpad na obyvatele" and "Směsný odpad celkem"
            assertThat((Long) b.js("return document.querySelectorAll('#results tr').length;")).isEqualTo(2);
            b.js("const q = document.getElementById('q'); q.value = ''; q.dispatchEvent(new Event('input'));"
                    + " const f = document.getElementById('fs'); f.value = 'stale'; f.dispatchEvent(new Event('change'));");
            assertThat(b.js("return [...document.querySelectorAll('#results tr td:first-child')].map(t => t.textContent);")).isEqualTo(List.of("PM10"));
            b.js("document.querySelector('#results a').click();");
            assertThat(b.driver.getCurrentUrl()).endsWith("/cs/i-PM10.html");
        }
    }

    @Test
    void theDisaggregationSelectorFiltersTheValues() throws Exception {
        try (Browser b = new Browser(1366, 900)) {
            b.open(site.resolve("cs/i-CYC-KM.html"));
            long all = (Long) b.js("return [...document.querySelectorAll('tr[data-dis]')].filter(r => !r.hidden).length;");
            b.js("const d = document.getElementById('dis'); d.value = 'district: Jamská'; d.dispatchEvent(new Event('change'));");
            long one = (Long) b.js("return [...document.querySelectorAll('tr[data-dis]')].filter(r => !r.hidden).length;");
            assertThat(all).isEqualTo(6);
            assertThat(one).isEqualTo(2);
            assertThat((Long) b.js("return document.querySelectorAll('svg.chart g.series-other').length;")).isEqualTo(1);
        }
    }

    @Test
    void axeFindsNoViolationOnTheOverviewAnElementAndAnIndicatorPage() throws Exception {
        for (int width : new int[] {1366, 390}) {
            try (Browser b = new Browser(width, 900)) {
                for (String page : List.of("cs/index.html", "cs/e-2.1.html", "pl/i-CYC-KM.html")) {
                    b.open(site.resolve(page));
                    assertThat(b.axeViolations()).as("%s at %d px", page, width).isEmpty();
                }
            }
        }
    }
}
