package eu.strateg.persistence.json.opensdg;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import eu.strateg.core.validation.Problem;
import eu.strateg.core.validation.Problems;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * Reads an Open SDG data repository one indicator at a time, so that a whole-repository run holds one indicator
 * in memory: {@link #open} lists the config files ({@code meta/<id>.md} front matter, then
 * {@code indicator-config/<id>.yml}, the config winning where both set a field), {@link #read} reads one
 * indicator's config and {@code data/indicator_<id>.csv}, translated first when translations are given.
 *
 * <p>Only regular files inside the repository are read, within size limits ({@link SafeFiles}). A config that
 * cannot be read or has bad content leaves its indicator out; a data file that cannot be read leaves it without
 * data (not assessable); odd rows are warnings. Every problem names the file (and row and column).
 */
public final class OpenSdgReader {

    private final SafeFiles files;
    private final Translations translations;
    private final Map<String, List<String>> sources;
    private final List<Problem> listingProblems;

    private OpenSdgReader(SafeFiles files, Translations translations, Map<String, List<String>> sources, List<Problem> problems) {
        this.files = files;
        this.translations = translations;
        this.sources = sources;
        this.listingProblems = problems;
    }

    /** The outcome of reading one indicator: the indicator (null when its config is unusable) and its problems. */
    public record Result(String id, OpenSdgIndicator indicator, List<Problem> problems) {
        public Result {
            problems = List.copyOf(problems);
        }
    }

    /**
     * Lists the indicators of the repository in {@code dir} (ids in order).
     *
     * @throws UncheckedIOException when the directory or one of its config folders cannot be listed
     */
    public static OpenSdgReader open(Path dir, Translations translations) {
        SafeFiles files = new SafeFiles(dir);
        Map<String, List<String>> sources = new TreeMap<>();
        Problems p = new Problems();
        list(files, "meta", ".md", sources, p);
        list(files, "indicator-config", ".yml", sources, p);
        return new OpenSdgReader(files, translations, sources, p.list());
    }

    private static void list(SafeFiles files, String folder, String suffix, Map<String, List<String>> sources, Problems p) {
        Path sub = files.root().resolve(folder);
        if (!Files.exists(sub)) {
            return;
        }
        if (!files.isDirectoryInside(sub)) {
            p.add(folder, "is not a directory inside the repository: it is not read");
            return;
        }
        try (Stream<Path> s = Files.list(sub)) {
            for (Path f : s.map(Path::getFileName).filter(f -> f.toString().endsWith(suffix)).sorted().toList()) {
                String name = f.toString();
                sources.computeIfAbsent(name.substring(0, name.length() - suffix.length()), k -> new ArrayList<>(2))
                        .add(folder + "/" + name);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list " + sub, e);
        }
    }

    /** The ids of the indicators, in order. */
    public List<String> ids() {
        return List.copyOf(sources.keySet());
    }

    /** Problems of the repository itself (a config folder that is a link out of it) and of the translations. */
    public List<Problem> problems() {
        List<Problem> all = new ArrayList<>(listingProblems);
        all.addAll(translations.problems());
        return all;
    }

    /** Reads one indicator (an id of {@link #ids()}). */
    public Result read(String id) {
        Problems p = new Problems();
        ObjectNode config = null;
        String configPath = null;
        for (String path : sources.getOrDefault(id, List.of())) {
            String text = files.read(files.root().resolve(path), path, SafeFiles.MAX_YAML_BYTES, p);
            JsonNode n = text == null ? null : ConfigReader.parse(path.endsWith(".md") ? ConfigReader.frontMatter(text) : text, path, p);
            if (n != null) {
                config = config == null ? ((ObjectNode) n).objectNode() : config;
                config.setAll((ObjectNode) n);
                configPath = path;
            }
        }
        if (config == null || !p.isEmpty()) {
            return new Result(id, null, p.list());
        }
        List<ProgressOption> options = new ArrayList<>();
        for (ProgressOption o : ConfigReader.options(config, configPath, p)) {
            options.add(o.translated(translations));
        }
        if (!p.isEmpty()) {
            return new Result(id, null, p.list());
        }
        String csvPath = "data/indicator_" + id + ".csv";
        Path csv = files.root().resolve(csvPath);
        OpenSdgTable table = null;
        if (Files.exists(csv, java.nio.file.LinkOption.NOFOLLOW_LINKS)) {
            String text = files.read(csv, csvPath, SafeFiles.MAX_CSV_BYTES, p);
            table = text == null ? null : CsvTableReader.read(text, csvPath, translations, p);
        }
        JsonNode auto = config.get("auto_progress_calculation");
        boolean autoProgress = auto != null && (auto.asBoolean(false) || "true".equalsIgnoreCase(auto.asText()));
        OpenSdgIndicator indicator = new OpenSdgIndicator(id, meta(config, "indicator_name", id), meta(config, "computation_units", null),
                autoProgress, options, table);
        return new Result(id, indicator, p.list());
    }

    private String meta(JsonNode config, String field, String fallback) {
        String s = ConfigReader.text(config.get(field));
        return s == null || s.isBlank() ? fallback : translations.meta(s);
    }
}
