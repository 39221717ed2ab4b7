package eu.strateg.persistence.json.opensdg;

import com.fasterxml.jackson.databind.JsonNode;
import eu.strateg.core.validation.Problem;
import eu.strateg.core.validation.Problems;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * The translations of one language, as sdg-build 2.4.0 uses them to translate an indicator before it calculates
 * progress: groups ({@code data}, {@code global_indicators}, … — one per {@code <lang>/<group>.yml} file) of
 * key → text, from sdg-translations-like folders read in order, later folders winning (the package first, the
 * repository's {@code translations/} last). Nested mappings are flattened with dots.
 *
 * <p>{@link #data(String)} translates a data header or cell: first as a key of the {@code data} group, then as a
 * full key {@code group.key} ({@code data.Age at time of death}); anything else is left as it is.
 * {@link #meta(String)} translates a metadata value written as a full key ({@code global_indicators.9-b-1-title}).
 */
public final class Translations {

    /** No translation: every text stays as written. */
    public static final Translations NONE = new Translations("", Map.of(), List.of());

    private final String language;
    private final Map<String, Map<String, String>> groups;
    private final List<Problem> problems;

    private Translations(String language, Map<String, Map<String, String>> groups, List<Problem> problems) {
        this.language = language;
        this.groups = groups;
        this.problems = List.copyOf(problems);
    }

    /**
     * Reads {@code <folder>/<language>/*.yml} of each folder in order (a missing language folder adds nothing).
     * Files that cannot be read are reported in {@link #problems()} and left out.
     *
     * @throws UncheckedIOException when a language folder cannot be listed
     */
    public static Translations load(String language, List<Path> folders) {
        Map<String, Map<String, String>> groups = new HashMap<>();
        Problems p = new Problems();
        for (Path folder : folders) {
            if (!Files.isDirectory(folder)) {
                p.add(folder.toString(), "is not a directory of translations");
                continue;
            }
            SafeFiles files = new SafeFiles(folder);
            Path dir = folder.resolve(language);
            if (!files.isDirectoryInside(dir)) {
                continue;
            }
            for (Path f : ymlFiles(dir)) {
                String name = f.getFileName().toString();
                String path = folder.resolve(language).resolve(name).toString();
                String text = files.read(f, path, SafeFiles.MAX_YAML_BYTES, p);
                JsonNode n = text == null ? null : ConfigReader.parse(text, path, p);
                if (n != null) {
                    flatten("", n, groups.computeIfAbsent(name.substring(0, name.length() - 4), k -> new HashMap<>()));
                }
            }
        }
        return new Translations(language, groups, p.list());
    }

    private static List<Path> ymlFiles(Path dir) {
        try (Stream<Path> s = Files.list(dir)) {
            return s.filter(f -> f.getFileName().toString().endsWith(".yml")).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list " + dir, e);
        }
    }

    private static void flatten(String prefix, JsonNode n, Map<String, String> into) {
        for (Iterator<Map.Entry<String, JsonNode>> it = n.fields(); it.hasNext();) {
            Map.Entry<String, JsonNode> e = it.next();
            String key = prefix + e.getKey();
            if (e.getValue().isObject()) {
                flatten(key + ".", e.getValue(), into);
            } else if (e.getValue().isValueNode() && !e.getValue().isNull()) {
                into.put(key, e.getValue().asText());
            }
        }
    }

    /** The language, or "" for {@link #NONE}. */
    public String language() {
        return language;
    }

    /** True when no translation was read: every text stays as written. */
    public boolean isEmpty() {
        return groups.isEmpty();
    }

    /** Files that could not be read. */
    public List<Problem> problems() {
        return problems;
    }

    /** A data column header or cell, translated: a key of the {@code data} group, else a full key, else as written. */
    public String data(String text) {
        if (groups.isEmpty() || text.isEmpty()) {
            return text;
        }
        Map<String, String> data = groups.get("data");
        String t = data == null ? null : data.get(text);
        return t != null ? t : meta(text);
    }

    /** A metadata value written as a full key {@code group.key}, translated; else as written. */
    public String meta(String text) {
        int dot = text.indexOf('.');
        if (groups.isEmpty() || dot <= 0) {
            return text;
        }
        Map<String, String> group = groups.get(text.substring(0, dot));
        String t = group == null ? null : group.get(text.substring(dot + 1));
        return t != null ? t : text;
    }
}
