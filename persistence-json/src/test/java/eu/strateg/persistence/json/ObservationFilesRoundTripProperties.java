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
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** Acceptance 2: observations → CSV → equal observations, and the same through JSON Lines. */
class ObservationFilesRoundTripProperties {

    @Property(tries = 1000)
    void observationsThroughCsvAreEqual(@ForAll("observations") List<Observation> observations) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ObservationCsvWriter.writeAll(observations, out);

        List<Observation> back = new ArrayList<>();
        ObservationCsvReader.open(new ByteArrayInputStream(out.toByteArray())).readAll(back::add);

        assertThat(back).isEqualTo(observations);
    }

    @Property(tries = 1000)
    void observationsThroughJsonLinesAreEqual(@ForAll("observations") List<Observation> observations) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ObservationJsonLinesWriter w = ObservationJsonLinesWriter.open(out)) {
            w.writeAll(observations);
        }

        List<Observation> back = new ArrayList<>();
        ObservationJsonLinesReader.open(new ByteArrayInputStream(out.toByteArray())).readAll(back::add);

        assertThat(back).isEqualTo(observations);
    }

    @Provide
    Arbitrary<List<Observation>> observations() {
        return Generators.observationLists();
    }
}
