package eu.strateg.persistence.json.opensdg;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.google.common.collect.ImmutableList;
import eu.strateg.core.validation.Problem;
import eu.strateg.core.validation.Problems;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * An Open SDG data repository read from a directory: {@code indicator-config/<id>.yml} and/or {@code meta/<id>.md}
 * (YAML front matter; the config file wins where both set a field) and {@code data/indicator_<id>.csv}.
 *
 * <p>A file that cannot be read or has bad content does not stop the rest: its indicator is left out and the
 * problems are kept, each with the file as its path ({@code indicator-config/1-3-1.yml.progress_calculation_options[0].target}).
 * Indicators are in the order of their ids.
 */
public final class OpenSdgRepository {

    private final Path root;
    private final List<OpenSdgIndicator> indicators;
    private final List<Problem> problems;

    private OpenSdgRepository(Path root, List<OpenSdgIndicator> indicators, List<Problem> problems) {
        this.root = root;
        this.indicators = ImmutableList.copyOf(indicators);
        this.problems = ImmutableList.copyOf(problems);
    }

    /**
     * Reads the repository in {@code dir}.
     *
     * @throws UncheckedIOException when the directory itself cannot be listed
     */
    public static OpenSdgRepository read(Path dir) {
        Map<String, ObjectNode> configs = new TreeMap<>();
        Problems p = new Problems();
        readConfigs(dir, "meta", ".md", configs, p);
        readConfigs(dir, "indicator-config", ".yml", configs, p);
        List<OpenSdgIndicator> out = new ArrayList<>();
        for (Map.Entry<String, ObjectNode> e : configs.entrySet()) {
            OpenSdgIndicator i = indicator(dir, e.getKey(), e.getValue(), p);
            if (i != null) {
                out.add(i);
            }
        }
        return new OpenSdgRepository(dir, out, p.list());
    }

    public Path root() {
        return root;
    }

    public List<OpenSdgIndicator> indicators() {
        return indicators;
    }

    /** What could not be read, with the file and field as path. */
    public List<Problem> problems() {
        return problems;
    }

    private static void readConfigs(Path dir, String folder, String suffix, Map<String, ObjectNode> configs, Problems p) {
        Path sub = dir.resolve(folder);
        if (!Files.isDirectory(sub)) {
            return;
        }
        List<Path> files;
        try (Stream<Path> s = Files.list(sub)) {
            files = s.filter(f -> f.getFileName().toString().endsWith(suffix)).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list " + sub, e);
        }
        for (Path f : files) {
            String name = f.getFileName().toString();
            String id = name.substring(0, name.length() - suffix.length());
            String path = folder + "/" + name;
            String text = readText(f, path, p);
            if (text == null) {
                continue;
            }
            JsonNode n = ConfigReader.parse(suffix.equals(".md") ? ConfigReader.frontMatter(text) : text, path, p);
            if (n != null) {
                ObjectNode merged = configs.computeIfAbsent(id, k -> ((ObjectNode) n).objectNode());
                merged.setAll((ObjectNode) n);
                merged.put("__path", path);
            }
        }
    }

    private static OpenSdgIndicator indicator(Path dir, String id, ObjectNode config, Problems p) {
        String path = config.get("__path").asText();
        Problems local = new Problems();
        List<ProgressOption> options = ConfigReader.options(config, path, local);
        String csvPath = "data/indicator_" + id + ".csv";
        Path csv = dir.resolve(csvPath);
        OpenSdgTable table = null;
        if (Files.isRegularFile(csv)) {
            String text = readText(csv, csvPath, local);
            table = text == null ? null : CsvTableReader.read(text, csvPath, local);
        }
        if (!local.isEmpty()) {
            p.addAll("", local.list());
            return null;
        }
        JsonNode auto = config.get("auto_progress_calculation");
        boolean autoProgress = auto != null && (auto.asBoolean(false) || "true".equalsIgnoreCase(auto.asText()));
        return new OpenSdgIndicator(id, text(config, "indicator_name", id), text(config, "computation_units", null), autoProgress,
                options, table);
    }

    private static String text(JsonNode config, String field, String fallback) {
        String s = ConfigReader.text(config.get(field));
        return s == null || s.isBlank() ? fallback : s;
    }

    private static String readText(Path f, String path, Problems p) {
        try {
            return Files.readString(f, StandardCharsets.UTF_8);
        } catch (IOException | RuntimeException e) {
            p.add(path, "cannot be read: %s", e.getMessage());
            return null;
        }
    }
}
