package eu.strateg.reporting.browser;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import eu.strateg.core.port.ReportInput;
import eu.strateg.reporting.ExampleReports;
import eu.strateg.reporting.html.SiteWriter;
import eu.strateg.testkit.ExampleStrategies;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * A portal of three strategies of two territories (Žďár nad Sázavou twice, Łódź once), written by
 * {@link SiteWriter#write(List, SiteWriter.Sink)}: the index of territories in each language links to each strategy's
 * site in its territory's folder and back, every link of every page leads to a file that exists, and in headless
 * Chromium the index opens from {@code file://}, leads to a strategy's overview and passes axe-core.
 */
class PortalInChromiumTest {

    static final Locale CS = Locale.forLanguageTag("cs");
    static Path portal;

    @BeforeAll
    static void write() throws Exception {
        portal = Path.of("target", "portal-test").toAbsolutePath();
        if (Files.exists(portal)) {
            try (var paths = Files.walk(portal)) {
                for (Path p : paths.sorted(Comparator.reverseOrder()).toList()) {
                    Files.delete(p);
                }
            }
        }
        List<ReportInput> inputs = List.of(ExampleReports.zdar(CS), ExampleReports.lodz(Locale.forLanguageTag("pl")),
                ExampleReports.zdar(ExampleStrategies.smallTown("zdar-2040"), CS));
        new SiteWriter(null).write(inputs, (name, bytes) -> {
            Path f = portal.resolve(name);
            Files.createDirectories(f.getParent());
            Files.write(f, bytes);
        });
    }

    static Document page(String path) throws Exception {
        return Jsoup.parse(Files.readString(portal.resolve(path), StandardCharsets.UTF_8));
    }

    @Test
    void theIndexListsEachTerritoryWithItsStrategiesAndLinksToTheirSites() throws Exception {
        // the first input is Czech: the root opens the Czech index
        assertThat(Files.readString(portal.resolve("index.html"))).contains("url=cs/index.html");
        Document cs = page("cs/index.html");
        assertThat(cs.selectFirst("html").attr("lang")).isEqualTo("cs");
        assertThat(cs.selectFirst("h1").text()).isEqualTo("Území");
        // territories by name in Czech order (Ł is an L, before Ž); Žďár's two strategies in the order given
        assertThat(cs.select("section.territory > h2").eachText()).containsExactly("Łódź (PL_TERYT:1061011)", "Žďár nad Sázavou (CZ_ZUJ:595209)");
        assertThat(cs.select("li.strategy a").eachAttr("href")).containsExactly("../pl_teryt-1061011/lodz-2030/cs/index.html",
                "../cz_zuj-595209/zdar-2030/cs/index.html", "../cz_zuj-595209/zdar-2040/cs/index.html");
        assertThat(cs.select("li.strategy").first().text()).contains("Strategia Rozwoju Miasta Łódź 2030+", "2021–2030");
        // each strategy's status comes with symbol and word: Łódź's one indicator needs acceleration
        assertThat(cs.select("li.strategy").first().selectFirst(".badge").text()).isEqualTo("↗ Nutno zrychlit");
        assertThat(page("pl/index.html").selectFirst("h1").text()).isEqualTo("Terytoria");
        assertThat(page("en/index.html").select("li.strategy a").eachAttr("href")).first().isEqualTo("../pl_teryt-1061011/lodz-2030/en/index.html");
        // a strategy's pages lead back to the index in their own language
        assertThat(page("cz_zuj-595209/zdar-2030/pl/index.html").selectFirst(".kicker a").attr("href")).isEqualTo("../../../pl/index.html");
        assertThat(page("cz_zuj-595209/zdar-2030/cs/i-CYC-KM.html").selectFirst(".kicker a").text()).isEqualTo("Území");
    }

    @Test
    void everyLinkOfEveryPageLeadsToAFileThatExists() throws Exception {
        List<String> broken = new ArrayList<>();
        int links = 0;
        try (var files = Files.walk(portal)) {
            for (Path f : files.filter(p -> p.toString().endsWith(".html")).toList()) {
                Document d = Jsoup.parse(Files.readString(f, StandardCharsets.UTF_8));
                List<String> targets = new ArrayList<>(d.select("a[href]").eachAttr("href"));
                targets.addAll(d.select("link[href]").eachAttr("href"));
                targets.addAll(d.select("script[src]").eachAttr("src"));
                for (Element meta : d.select("meta[http-equiv=refresh]")) {
                    targets.add(meta.attr("content").replaceFirst("^\\d+;\\s*url=", ""));
                }
                for (String href : targets) {
                    String file = href.replaceFirst("#.*$", "");
                    if (file.isEmpty()) {
                        continue;
                    }
                    links++;
                    assertThat(URI.create(file).getScheme()).as("%s links outside the portal: %s", portal.relativize(f), href).isNull();
                    Path target = f.getParent().resolve(file).normalize();
                    if (!target.startsWith(portal) || !Files.isRegularFile(target)) {
                        broken.add(portal.relativize(f) + " → " + href);
                    }
                }
            }
        }
        assertThat(broken).isEmpty();
        // three strategies × three languages × (overview, elements, indicators): hundreds of links were followed
        assertThat(links).isGreaterThan(500);
    }

    @Test
    void aStrategyGivenTwiceOrNoneIsRefused() {
        ReportInput zdar = ExampleReports.zdar(CS);
        Map<String, byte[]> files = new HashMap<>();
        assertThatThrownBy(() -> new SiteWriter(null).write(List.of(zdar, zdar), files::put)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("zdar-2030").hasMessageContaining("Žďár nad Sázavou").hasMessageContaining("twice");
        assertThatThrownBy(() -> new SiteWriter(null).write(List.of(), files::put)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("at least one strategy");
    }

    @Test
    void inChromiumTheIndexLeadsToAStrategyAndPassesAxe() throws Exception {
        try (Browser b = new Browser(1366, 900)) {
            b.open(portal.resolve("index.html"));
            assertThat(b.driver.getCurrentUrl()).endsWith("/portal-test/cs/index.html");
            assertThat((Long) b.js("return document.querySelectorAll('li.strategy a').length;")).isEqualTo(3);
            assertThat(b.axeViolations()).as("territory index at 1366 px").isEmpty();
            b.js("document.querySelectorAll('li.strategy a')[1].click();");
            assertThat(b.driver.getCurrentUrl()).endsWith("/portal-test/cz_zuj-595209/zdar-2030/cs/index.html");
            assertThat(b.driver.getTitle()).contains(ExampleStrategies.smallTown().title());
            b.js("document.querySelector('.kicker a').click();");
            assertThat(b.driver.getCurrentUrl()).endsWith("/portal-test/cs/index.html");
        }
        try (Browser b = new Browser(390, 900)) {
            b.open(portal.resolve("pl/index.html"));
            assertThat(b.axeViolations()).as("territory index at 390 px").isEmpty();
        }
    }
}
