package eu.strateg.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import eu.strateg.core.observation.Observation;
import eu.strateg.core.strategy.Strategy;
import eu.strateg.examples.data.DemoStrategy;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Issue 13.6: {@code import --strategy … --observations …} is all or nothing. Observations the new revision refuses
 * (here: of an indicator it does not define) fail the command and store nothing, the revision included, on every store.
 */
class AtomicImportTest {

    @TempDir
    Path dir;

    @ParameterizedTest
    @ValueSource(strings = {"h2", "json"})
    void badObservationsStoreNeitherTheRevisionNorAnyObservation(String kind) throws Exception {
        String store = kind + ":" + dir.resolve("store");
        Strategy first = DemoStrategy.build();
        CliFixture.Run created = CliFixture.run("import", "--store", store, "--strategy", CliFixture.strategyFile(dir, first).toString());
        assertThat(created.exit()).as(created.err()).isZero();

        Path next = Files.createDirectories(dir.resolve("next"));
        String revision2 = CliFixture.strategyFile(next, first.withTitle("Druhá revize")).toString();
        List<Observation> rows = new ArrayList<>(CliFixture.observations());
        rows.add(Observation.of("NOT-DEFINED", "2024", "1"));
        String observations = CliFixture.observationsFile(dir, rows).toString();

        CliFixture.Run bad = CliFixture.run("import", "--store", store, "--strategy", revision2, "--observations", observations);

        assertThat(bad.exit()).isEqualTo(1);
        // the 8th observation is line 9 of the file (after the header line)
        assertThat(bad.err()).contains("observations.csv, line 9, indicator", "NOT-DEFINED");
        assertThat(bad.out()).doesNotContain("saved as revision");
        CliFixture.Run show = CliFixture.run("show", "--store", store, "zdar-demo");
        assertThat(show.out()).as("the stored strategy after the refused import").contains("revision 1, DRAFT").doesNotContain("Druhá revize");
        assertThat(CliFixture.run("show", "--store", store, "zdar-demo", "--revision", "2").exit()).isEqualTo(1);
        CliFixture.Run good = CliFixture.run("import", "--store", store, "--observations",
                CliFixture.observationsFile(dir, CliFixture.observations()).toString(), "--id", "zdar-demo");
        assertThat(good.out()).as("nothing of the refused batch was stored").contains("7 new, 0 corrected, 0 unchanged");
    }
}
