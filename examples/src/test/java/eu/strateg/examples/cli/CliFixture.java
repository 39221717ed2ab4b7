package eu.strateg.examples.cli;

import eu.strateg.core.observation.Observation;
import eu.strateg.core.strategy.Strategy;
import eu.strateg.examples.data.DemoStrategy;
import eu.strateg.persistence.json.StrategyJson;
import eu.strateg.persistence.json.csv.ObservationCsvWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import picocli.CommandLine;

/** Runs the CLI in-process through picocli and captures what it prints. */
final class CliFixture {

    record Run(int exit, String out, String err) {
    }

    private CliFixture() {
    }

    static Run run(String... args) {
        CommandLine cl = StrategCli.commandLine();
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        cl.setOut(new PrintWriter(out));
        cl.setErr(new PrintWriter(err));
        int exit = cl.execute(args);
        return new Run(exit, out.toString(), err.toString());
    }

    static Path strategyFile(Path dir) throws IOException {
        return strategyFile(dir, DemoStrategy.build());
    }

    static Path strategyFile(Path dir, Strategy s) throws IOException {
        Path file = dir.resolve(s.id() + ".json");
        Files.write(file, StrategyJson.create().toBytes(s));
        return file;
    }

    /** Demo observations: cycle paths 2021–2024 and waste 2020–2024, all final. */
    static List<Observation> observations() {
        return List.of(
                Observation.of("CYC-KM", "2021", "0.8"), Observation.of("CYC-KM", "2022", "2.4"), Observation.of("CYC-KM", "2023", "4.1"),
                Observation.of("CYC-KM", "2024", "5.2"),
                Observation.of("WASTE-KG", "2020", "212.0"), Observation.of("WASTE-KG", "2022", "201.3"),
                Observation.of("WASTE-KG", "2024", "190.5"));
    }

    static Path observationsFile(Path dir, List<Observation> observations) throws IOException {
        Path file = dir.resolve("observations.csv");
        try (OutputStream os = Files.newOutputStream(file)) {
            ObservationCsvWriter.writeAll(observations, os);
        }
        return file;
    }
}
