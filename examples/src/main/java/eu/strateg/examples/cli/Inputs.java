package eu.strateg.examples.cli;

import eu.strateg.core.observation.Observation;
import eu.strateg.core.strategy.Strategy;
import eu.strateg.core.validation.Problem;
import eu.strateg.core.validation.ValidationException;
import eu.strateg.persistence.json.ObservationReader;
import eu.strateg.persistence.json.StrategyJson;
import eu.strateg.persistence.json.csv.CsvDialect;
import eu.strateg.persistence.json.csv.ObservationCsvReader;
import eu.strateg.persistence.json.jsonl.ObservationJsonLinesReader;
import eu.strateg.spreadsheet.DataEntryWorkbook;
import eu.strateg.spreadsheet.StrategyWorkbook;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Reads the files the commands take; a missing or unreadable file is invalid input naming the file. */
final class Inputs {

    private static final Pattern INDEX = Pattern.compile("observations\\[(\\d+)\\](?:\\.(.*))?");

    private Inputs() {
    }

    /** A strategy document: JSON, or a strategy workbook ({@code .xlsx}). */
    static Strategy strategy(Path file) {
        requireReadable(file);
        if (!isWorkbook(file)) {
            return StrategyJson.create().read(file);
        }
        try (InputStream in = Files.newInputStream(file)) {
            return StrategyWorkbook.read(in);
        } catch (ValidationException e) {
            throw under(file, e);
        } catch (IOException e) {
            throw new ValidationException(file.toString(), "cannot be read: " + e.getMessage());
        }
    }

    static boolean isWorkbook(Path file) {
        return file.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".xlsx");
    }

    /** The values filled in a data-entry workbook, each with its cell. */
    static ObservationFile workbookValues(Path file, Strategy strategy) {
        requireReadable(file);
        try (InputStream in = Files.newInputStream(file)) {
            DataEntryWorkbook.Values v = DataEntryWorkbook.read(in, strategy);
            return new ObservationFile(file, v.observations(), v.cells(), null);
        } catch (ValidationException e) {
            throw under(file, e);
        } catch (IOException e) {
            throw new ValidationException(file.toString(), "cannot be read: " + e.getMessage());
        }
    }

    /**
     * The observations of a file and the line each starts on, so that a problem found later (an indicator the strategy does
     * not define) names the file's line, not the observation's place in a list.
     */
    record ObservationFile(Path file, List<Observation> observations, List<String> places, String readAs) {

        /** {@code e} with each {@code observations[i]} path turned into the file and line of observation i. */
        ValidationException located(ValidationException e) {
            List<Problem> out = new ArrayList<>();
            for (Problem p : e.problems()) {
                Matcher m = INDEX.matcher(p.path());
                int i = m.matches() ? Integer.parseInt(m.group(1)) : -1;
                out.add(i >= 0 && i < places.size()
                        ? new Problem(file + ", " + places.get(i) + (m.group(2) == null ? "" : ", " + m.group(2)), p.message()) : p);
            }
            return new ValidationException(out);
        }
    }

    /** Observations from CSV ({@code .csv}, read as {@code dialect} says) or JSON Lines ({@code .jsonl}, {@code .ndjson}). */
    static ObservationFile observations(Path file, CsvDialect dialect, Progress progress) {
        requireReadable(file);
        List<Observation> out = new ArrayList<>();
        List<String> lines = new ArrayList<>();
        String readAs = null;
        try (InputStream in = Files.newInputStream(file)) {
            String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
            ObservationReader reader = name.endsWith(".jsonl") || name.endsWith(".ndjson")
                    ? ObservationJsonLinesReader.open(in) : ObservationCsvReader.open(in, dialect);
            reader.readAll(o -> {
                out.add(o);
                lines.add("line " + reader.line());
                progress.step(out.size());
            }, ObservationReader.DEFAULT_MAX_OBSERVATIONS);
            readAs = reader instanceof ObservationCsvReader csv ? csv.readAs() : null;
        } catch (ValidationException e) {
            throw under(file, e);
        } catch (IOException e) {
            throw new ValidationException(file.toString(), "cannot be read: " + e.getMessage());
        }
        progress.done(out.size());
        return new ObservationFile(file, out, lines, readAs);
    }

    /** The problems of a file, each path after the file's name: {@code data.csv, line 3, column 2: …}. */
    static ValidationException under(Path file, ValidationException e) {
        return new ValidationException(e.problems().stream()
                .map(p -> new Problem(p.path().isEmpty() ? file.toString() : file + ", " + p.path(), p.message())).toList());
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
