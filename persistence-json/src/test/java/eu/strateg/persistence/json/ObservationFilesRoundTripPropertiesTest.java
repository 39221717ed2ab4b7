package eu.strateg.persistence.json;

import static org.assertj.core.api.Assertions.assertThat;

import eu.strateg.core.observation.Observation;
import eu.strateg.persistence.json.csv.ObservationCsvReader;
import eu.strateg.persistence.json.csv.ObservationCsvWriter;
import eu.strateg.persistence.json.jsonl.ObservationJsonLinesReader;
import eu.strateg.persistence.json.jsonl.ObservationJsonLinesWriter;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.List;
import eu.strateg.testkit.property.Property;
import org.junit.jupiter.api.Test;

/** Acceptance 2: observations → CSV → equal observations, and the same through JSON Lines. */
class ObservationFilesRoundTripPropertiesTest {

    @Test
    void observationsThroughCsvAreEqual() {
        Property.forAll(1000, Generators.observationLists(), ObservationFilesRoundTripPropertiesTest::throughCsv);
    }

    @Test
    void observationsThroughJsonLinesAreEqual() {
        Property.forAll(1000, Generators.observationLists(), ObservationFilesRoundTripPropertiesTest::throughJsonLines);
    }

    private static void throughCsv(List<Observation> observations) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ObservationCsvWriter.writeAll(observations, out);

        List<Observation> back = new ArrayList<>();
        ObservationCsvReader.open(new ByteArrayInputStream(out.toByteArray())).readAll(back::add);

        assertThat(back).isEqualTo(observations);
    }

    private static void throughJsonLines(List<Observation> observations) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ObservationJsonLinesWriter w = ObservationJsonLinesWriter.open(out)) {
            w.writeAll(observations);
        }

        List<Observation> back = new ArrayList<>();
        ObservationJsonLinesReader.open(new ByteArrayInputStream(out.toByteArray())).readAll(back::add);

        assertThat(back).isEqualTo(observations);
    }
}
