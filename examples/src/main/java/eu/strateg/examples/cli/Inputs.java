package eu.strateg.examples.cli;

import eu.strateg.core.observation.Observation;
import eu.strateg.core.strategy.Strategy;
import eu.strateg.core.validation.ValidationException;
import eu.strateg.persistence.json.ObservationReader;
import eu.strateg.persistence.json.StrategyJson;
import eu.strateg.persistence.json.csv.ObservationCsvReader;
import eu.strateg.persistence.json.jsonl.ObservationJsonLinesReader;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Reads the files the commands take; a missing or unreadable file is invalid input naming the file. */
final class Inputs {

    private Inputs() {
    }

    static Strategy strategy(Path file) {
        requireReadable(file);
        return StrategyJson.create().read(file);
    }

    /** Observations from CSV ({@code .csv}) or JSON Lines ({@code .jsonl}, {@code .ndjson}). */
    static List<Observation> observations(Path file, Progress progress) {
        requireReadable(file);
        List<Observation> out = new ArrayList<>();
        try (InputStream in = Files.newInputStream(file)) {
            String name = file.getFileName().toString().toLowerCase(java.util.Locale.ROOT);
            ObservationReader reader = name.endsWith(".jsonl") || name.endsWith(".ndjson")
                    ? ObservationJsonLinesReader.open(in) : ObservationCsvReader.open(in);
            reader.readAll(o -> {
                out.add(o);
                progress.step(out.size());
            }, ObservationReader.DEFAULT_MAX_OBSERVATIONS);
        } catch (ValidationException e) {
            throw e.under(file.toString());
        } catch (IOException e) {
            throw new ValidationException(file.toString(), "cannot be read: " + e.getMessage());
        }
        progress.done(out.size());
        return out;
    }

    static void requireReadable(Path file) {
        if (!Files.isRegularFile(file)) {
            throw new ValidationException(file.toString(), Files.exists(file) ? "is not a regular file" : "no such file");
        }
        if (!Files.isReadable(file)) {
            throw new ValidationException(file.toString(), "is not readable");
        }
    }

    static boolean isMissing(IOException e) {
        return e instanceof NoSuchFileException;
    }
}
