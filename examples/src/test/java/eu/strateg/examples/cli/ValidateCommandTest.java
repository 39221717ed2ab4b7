package eu.strateg.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ValidateCommandTest {

    @TempDir
    Path dir;

    @Test
    void aValidDocumentExitsZero() throws Exception {
        CliFixture.Run r = CliFixture.run("validate", CliFixture.strategyFile(dir).toString());

        assertThat(r.exit()).isZero();
        assertThat(r.out()).contains("valid – zdar-demo", "6 elements, 2 indicators, 0 projects");
        assertThat(r.err()).isEmpty();
    }

    @Test
    void aDocumentWithFiveProblemsPrintsAllFiveWithPathsAndExitsOne() throws Exception {
        ObjectMapper mapper = new ObjectMapper();
        ObjectNode doc = (ObjectNode) mapper.readTree(Files.readAllBytes(CliFixture.strategyFile(dir)));
        ((ObjectNode) doc.get("territory")).put("code", "12AB");                        // 1. not a ZÚJ code
        ArrayNode elements = (ArrayNode) doc.get("elements");
        ((ObjectNode) elements.get(1)).put("parent", "9");                             // 2. unknown parent
        ((ObjectNode) elements.get(2)).putArray("indicators").add("CYC-KM").add("OUT-07"); // 3. undefined indicator
        ArrayNode indicators = (ArrayNode) doc.get("indicators");
        ((ObjectNode) indicators.get(0).get("baseline")).put("period", "2024-13");      // 4. bad period
        ((ObjectNode) indicators.get(1).get("target")).put("year", 2010);               // 5. target before baseline
        Path bad = dir.resolve("bad.json");
        mapper.writeValue(bad.toFile(), doc);

        CliFixture.Run r = CliFixture.run("validate", bad.toString());

        assertThat(r.exit()).isEqualTo(1);
        assertThat(r.err().lines()).hasSize(5);
        assertThat(r.err()).contains("territory.code: '12AB' is not a CZ_ZUJ code",
                "elements[1.1].parent: unknown parent element 9",
                "elements[1.1.1].indicators[OUT-07]: indicator OUT-07 is not defined",
                "indicators[CYC-KM].baseline.period: '2024-13' is not a period",
                "indicators[WASTE-KG].target.year: target year 2010 is before the baseline period 2019");
    }

    @Test
    void aMissingFileIsInvalidInputNamingTheFile() {
        CliFixture.Run r = CliFixture.run("validate", dir.resolve("nowhere.json").toString());

        assertThat(r.exit()).isEqualTo(1);
        assertThat(r.err()).contains("nowhere.json: no such file");
    }

    @Test
    void malformedJsonIsInvalidInputWithLineAndColumn() throws Exception {
        Path broken = dir.resolve("broken.json");
        Files.writeString(broken, "{\n  \"schemaVersion\": 1,\n  \"id\": \"x\",,\n}");

        CliFixture.Run r = CliFixture.run("validate", broken.toString());

        assertThat(r.exit()).isEqualTo(1);
        assertThat(r.err()).containsPattern("line 3");
    }

    @Test
    void noFileIsAUsageError() {
        CliFixture.Run r = CliFixture.run("validate");

        assertThat(r.exit()).isEqualTo(2);
        assertThat(r.err()).contains("Missing required parameter: 'FILE.json'");
    }

    @Test
    void everyCommandHasHelp() {
        for (String command : new String[] {"demo", "validate", "evaluate", "report", "import", "list", "show", "adopt", "opensdg-progress"}) {
            CliFixture.Run r = CliFixture.run(command, "--help");
            assertThat(r.exit()).as(command).isZero();
            assertThat(r.out()).as(command).contains("Usage: strateg " + command);
        }
    }
}
