package eu.strateg.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** import, list, show and adopt against the embedded H2 store and the JSON file store. */
class StoreCommandsTest {

    @TempDir
    Path dir;

    @ParameterizedTest
    @ValueSource(strings = {"h2", "json"})
    void importListShowAndAdopt(String kind) throws Exception {
        String store = kind + ":" + dir.resolve("store");
        String strategy = CliFixture.strategyFile(dir).toString();
        String observations = CliFixture.observationsFile(dir, CliFixture.observations()).toString();

        CliFixture.Run imported = CliFixture.run("import", "--store", store, "--strategy", strategy, "--observations", observations);
        CliFixture.Run again = CliFixture.run("import", "--store", store, "--observations", observations, "--id", "zdar-demo");
        CliFixture.Run list = CliFixture.run("list", "--store", store, "--territory", "CZ_ZUJ:595209");
        CliFixture.Run adopt = CliFixture.run("adopt", "--store", store, "zdar-demo", "--date", "2021-06-21", "--resolution", "ZM 12/2021");
        CliFixture.Run show = CliFixture.run("show", "--store", store, "zdar-demo");

        assertThat(imported.exit()).as(imported.err()).isZero();
        assertThat(imported.out()).contains("strategy zdar-demo saved as revision 1", "7 new, 0 corrected, 0 unchanged");
        assertThat(again.out()).contains("0 new, 0 corrected, 7 unchanged");
        assertThat(list.out()).contains("zdar-demo", "1 strategy in CZ_ZUJ:595209");
        assertThat(adopt.exit()).as(adopt.err()).isZero();
        assertThat(adopt.out()).contains("zdar-demo adopted on 2021-06-21 (ZM 12/2021) as revision 2");
        assertThat(show.out()).contains("revision 2, ADOPTED (ZM 12/2021, 2021-06-21)", "    1.1.1 Výstavba cyklostezek  [CYC-KM]",
                "  1  ", "DRAFT", "  2  ");
    }

    @Test
    void reimportingTheSameDocumentAddsNoRevisionAndAChangedOneDoes() throws Exception {
        String store = "h2:" + dir.resolve("store");
        String strategy = CliFixture.strategyFile(dir).toString();
        CliFixture.run("import", "--store", store, "--strategy", strategy);

        CliFixture.Run second = CliFixture.run("import", "--store", store, "--strategy", strategy);
        CliFixture.Run changed = CliFixture.run("import", "--store", store, "--strategy",
                CliFixture.strategyFile(dir, eu.strateg.examples.data.DemoStrategy.build().withTitle("Strategie (aktualizace)")).toString());

        assertThat(second.out()).contains("strategy zdar-demo unchanged: the document equals revision 1");
        assertThat(changed.out()).contains("saved as revision 2");
        assertThat(CliFixture.run("show", "--store", store, "zdar-demo", "--revision", "1").exit()).isZero();
    }

    @Test
    void errorsHaveTheirExitCodes() throws Exception {
        String store = "json:" + dir.resolve("store");

        assertThat(CliFixture.run("list", "--store", "ftp:somewhere", "--territory", "CZ_ZUJ:595209").exit()).isEqualTo(2);
        assertThat(CliFixture.run("import", "--store", store).exit()).isEqualTo(2);
        CliFixture.Run badTerritory = CliFixture.run("list", "--store", store, "--territory", "CZ_ZUJ:12");
        assertThat(badTerritory.exit()).isEqualTo(1);
        assertThat(badTerritory.err()).contains("'12' is not a CZ_ZUJ code");
        CliFixture.Run unknown = CliFixture.run("show", "--store", store, "nikde");
        assertThat(unknown.exit()).isEqualTo(1);
        assertThat(unknown.err()).contains("no strategy with id nikde");
        CliFixture.Run badId = CliFixture.run("show", "--store", store, "../etc");
        assertThat(badId.exit()).isEqualTo(1);
        assertThat(badId.err()).contains("is not a valid strategy id");
    }

    @Test
    void adoptingAnIncompleteStrategyListsWhatIsMissingAndSavesNothing() throws Exception {
        String store = "json:" + dir.resolve("store");
        var incomplete = eu.strateg.examples.data.DemoStrategy.build();
        incomplete = incomplete.withElements(incomplete.elements().stream().map(e -> e.withDetails(null, null)).toList());
        CliFixture.run("import", "--store", store, "--strategy", CliFixture.strategyFile(dir, incomplete).toString());

        CliFixture.Run adopt = CliFixture.run("adopt", "--store", store, "zdar-demo", "--date", "2021-06-21", "--resolution", "ZM 12/2021");

        assertThat(adopt.exit()).isEqualTo(1);
        assertThat(adopt.err()).contains("elements[1.1.1].responsible: measure 1.1.1 has nobody responsible",
                "elements[2.1.1].responsible: measure 2.1.1 has nobody responsible");
        assertThat(CliFixture.run("show", "--store", store, "zdar-demo").out()).contains("revision 1, DRAFT");
    }
}
