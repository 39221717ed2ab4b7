package eu.strateg.examples.docs;

import static eu.strateg.examples.docs.GuideCommandsTest.run;
import static org.assertj.core.api.Assertions.assertThat;

import eu.strateg.examples.docs.GuideCommandsTest.Run;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The portal commands of docs/reporting.md, run as written (in a folder holding the example files): a store with Kyjov
 * (CZ) and Niepołomice (PL), the portal of both with {@code --all}, and one site without PNG charts.
 */
class PortalCommandsTest {

    private static final Pattern LINK = Pattern.compile("(?:href|src)=\"([^\"]*)\"");

    @TempDir
    static Path dir;

    @BeforeAll
    static void runTheDocumentedCommands() throws IOException {
        GuideCommandsTest.copyExamples(dir);
        List<List<String>> commands = GuideCommandsTest.commands(Files.readString(Path.of("..", "docs", "reporting.md")));
        assertThat(commands).as("strateg lines of docs/reporting.md").hasSize(4);
        for (List<String> c : commands) {
            Run r = run(GuideCommandsTest.localised(dir, c.subList(1, c.size())));
            assertThat(r.exit()).as("%s%n%s", String.join(" ", c), r.err()).isZero();
        }
    }

    @Test
    void thePortalListsBothTerritoriesInEveryLanguageAndLinksToTheirSites() throws IOException {
        Path portal = dir.resolve("portal");
        for (String lang : List.of("cs", "pl", "en")) {
            String index = Files.readString(portal.resolve(lang).resolve("index.html"), StandardCharsets.UTF_8);
            assertThat(index).as(lang).contains("Kyjov", "CZ_ZUJ:586307", "Niepołomice", "PL_TERYT:1219043",
                    "href=\"../cz_zuj-586307/kyjov-2030/" + lang + "/index.html\"",
                    "href=\"../pl_teryt-1219043/niepolomice-2030/" + lang + "/index.html\"");
        }
        // each strategy's own site lies below its territory, with its indicator pages and PNG charts (the default)
        assertThat(portal.resolve("cz_zuj-586307/kyjov-2030/cs/index.html")).isRegularFile();
        assertThat(portal.resolve("pl_teryt-1219043/niepolomice-2030/pl/index.html")).isRegularFile();
        assertThat(files(portal, ".png")).isNotEmpty();
    }

    @Test
    void everyInternalLinkOfThePortalResolvesToAFile() throws IOException {
        Path portal = dir.resolve("portal");
        List<String> broken = new ArrayList<>();
        int checked = 0;
        for (Path page : files(portal, ".html")) {
            Matcher m = LINK.matcher(Files.readString(page, StandardCharsets.UTF_8));
            while (m.find()) {
                String target = m.group(1);
                if (target.isEmpty() || target.startsWith("#") || target.matches("[a-z]+:.*")) {
                    continue;
                }
                String file = target.replaceAll("[#?].*", "");
                checked++;
                if (!Files.isRegularFile(page.getParent().resolve(file).normalize())) {
                    broken.add(portal.relativize(page) + " -> " + target);
                }
            }
        }
        assertThat(broken).as("links to missing files").isEmpty();
        // two strategies, three languages, dozens of pages each: the links were really followed
        assertThat(checked).isGreaterThan(1000);
    }

    @Test
    void chartsSvgLeavesEveryPngOutButKeepsTheSvgDownloads() throws IOException {
        Path site = dir.resolve("kyjov-site");
        assertThat(files(site, ".png")).isEmpty();
        assertThat(files(site, ".svg")).isNotEmpty();
        for (Path page : files(site, ".html")) {
            assertThat(Files.readString(page, StandardCharsets.UTF_8)).as(page.toString()).doesNotContain(".png\"");
        }
    }

    @Test
    void writingAgainReplacesTheSiteButAnotherDirectoryIsRefusedAndKept() throws IOException {
        Path store = dir.resolve("portal-data");
        for (String date : List.of("2025-06-30", "2024-12-31")) {
            Run r = run(List.of("report", "--store", "json:" + store, "kyjov-2030", "--format", "site", "--charts", "svg", "--as-of", date,
                    "--out", dir.resolve("again").toString()));
            assertThat(r.exit()).as(r.err()).isZero();
        }
        assertThat(Files.readString(dir.resolve("again/en/index.html"))).contains("December 31, 2024").doesNotContain("June 30, 2025");

        Path mine = Files.createDirectories(dir.resolve("mine"));
        Files.writeString(mine.resolve("notes.txt"), "keep me");
        Run refused = run(List.of("report", "--store", "json:" + store, "--all", "--format", "site", "--out", mine.toString()));
        assertThat(refused.exit()).isEqualTo(1);
        assertThat(refused.err()).contains(mine.toString(), "other files than a site");
        assertThat(Files.readString(mine.resolve("notes.txt"))).isEqualTo("keep me");
    }

    @Test
    void allAndChartsAreForTheSiteAndAllTakesNoStrategyId() {
        Path store = dir.resolve("portal-data");
        Run html = run(List.of("report", "--store", "json:" + store, "--all", "--format", "html", "--out", dir.resolve("r.html").toString()));
        assertThat(html.exit()).isEqualTo(2);
        assertThat(html.err()).contains("--all applies to --format site only");
        Run id = run(List.of("report", "--store", "json:" + store, "kyjov-2030", "--all", "--format", "site", "--out", dir.resolve("x").toString()));
        assertThat(id.exit()).isEqualTo(2);
        assertThat(id.err()).contains("--all takes every strategy");
        Run charts = run(List.of("report", "--store", "json:" + store, "kyjov-2030", "--format", "site", "--charts", "png",
                "--out", dir.resolve("y").toString()));
        assertThat(charts.exit()).isEqualTo(2);
        assertThat(charts.err()).contains("expected svg or svg+png but was 'png'");
        Run empty = run(List.of("report", "--store", "json:" + dir.resolve("empty-store"), "--all", "--format", "site",
                "--out", dir.resolve("z").toString()));
        assertThat(empty.exit()).isEqualTo(1);
        assertThat(empty.err()).contains("no strategy in json:");
        assertThat(dir.resolve("x")).doesNotExist();
        assertThat(dir.resolve("z")).doesNotExist();
    }

    private static List<Path> files(Path root, String suffix) throws IOException {
        try (Stream<Path> s = Files.walk(root)) {
            return s.filter(p -> p.getFileName().toString().endsWith(suffix)).toList();
        }
    }
}
