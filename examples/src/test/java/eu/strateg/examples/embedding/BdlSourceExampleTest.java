package eu.strateg.examples.embedding;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

class BdlSourceExampleTest {

    /**
     * The shipped files hold 12 + 12 + 11 + 12 + 12 yearly values of five variables for the whole gmina (by-unit file)
     * and 6 of the unemployment share (by-variable file, whole gmina only): 65. The 2024 share is 1.5 % for the
     * whole gmina (BDL, per the fact sheet), not the town part's 1.3 or the rural part's 1.8.
     */
    @Test
    void importsTheShippedBdlFilesForTheWholeGmina() {
        ByteArrayOutputStream buffer = new ByteArrayOutputStream();
        BdlSourceExample.run(BdlSourceExample.bundledFiles(), new PrintStream(buffer, true, StandardCharsets.UTF_8));
        List<String> lines = buffer.toString(StandardCharsets.UTF_8).lines().toList();
        assertThat(lines).containsExactly(
                "imported 65 values",
                "BEZROBOCIE 2023 = 1.6 [GUS BDL, zmienna 79214, jednostka 011212019043 (Niepołomice), plik by-variable-79214.json]",
                "BEZROBOCIE 2024 = 1.5 [GUS BDL, zmienna 79214, jednostka 011212019043 (Niepołomice), plik by-variable-79214.json]",
                "LUDNOSC 2023 = 30412 [GUS BDL, zmienna 72305, jednostka 011212019043 (Niepołomice), plik by-unit-011212019043.json]",
                "LUDNOSC 2024 = 30868 [GUS BDL, zmienna 72305, jednostka 011212019043 (Niepołomice), plik by-unit-011212019043.json]");
    }
}
