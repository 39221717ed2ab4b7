package eu.strateg.examples.data;

import eu.strateg.examples.data.ExampleData.Example;
import eu.strateg.persistence.json.StrategyJson;
import eu.strateg.persistence.json.csv.ObservationCsvWriter;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The example strategies as files, written through the JSON adapter: {@code <id>.json} (the strategy document, as
 * adopted) and {@code <id>-observations.csv} (every observation, corrections included, with recorded-at times). The
 * committed copies live in {@code examples/src/main/resources/examples/}; a test checks they equal what this class
 * writes, so they never drift from the code.
 *
 * <p>Regenerate: {@code java -cp examples/target/strateg.jar eu.strateg.examples.data.ExampleFiles
 * examples/src/main/resources/examples}.
 */
public final class ExampleFiles {

    /** Where the committed files are on the class path. */
    public static final String RESOURCE_DIR = "/examples/";

    private ExampleFiles() {
    }

    public static void main(String[] args) throws IOException {
        Path dir = Path.of(args.length > 0 ? args[0] : "examples/src/main/resources/examples");
        Files.createDirectories(dir);
        for (Example e : ExampleData.all()) {
            Files.write(dir.resolve(strategyFileName(e)), strategyJson(e));
            Files.write(dir.resolve(observationsFileName(e)), observationsCsv(e));
            System.out.println("wrote " + dir.resolve(strategyFileName(e)) + " and " + observationsFileName(e));
        }
    }

    public static String strategyFileName(Example e) {
        return e.strategy().id().value() + ".json";
    }

    public static String observationsFileName(Example e) {
        return e.strategy().id().value() + "-observations.csv";
    }

    /** The strategy document of the adopted example. */
    public static byte[] strategyJson(Example e) {
        return StrategyJson.create().toBytes(e.adoptedStrategy());
    }

    /** The observations in our CSV format, in recorded-at order (so a correction follows what it corrects). */
    public static byte[] observationsCsv(Example e) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ObservationCsvWriter.writeAll(e.observations(), out);
        return out.toByteArray();
    }
}
