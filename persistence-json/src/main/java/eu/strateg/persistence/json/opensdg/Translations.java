package eu.strateg.persistence.json.opensdg;

import eu.strateg.core.validation.Problem;
import eu.strateg.core.validation.Problems;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
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
    public static final Translations NONE = new Translations("", Map.of(), new Problems());

    private final String language;
    /** The files of each group, in reading order (later ones win); a group is read when first used. */
    private final Map<String, List<GroupFile>> files;
    private final Map<String, Map<String, String>> groups = new HashMap<>();
    private final Problems problems;

    private record GroupFile(SafeFiles folder, Path file, String path) {
    }

    private Translations(String language, Map<String, List<GroupFile>> files, Problems problems) {
        this.language = language;
        this.files = files;
        this.problems = problems;
    }

    /**
     * Finds {@code <folder>/<language>/*.yml} of each folder in order (a missing language folder adds nothing). A
     * group's files are read when the group is first used (most runs need only {@code data}); files that cannot
     * be read are then reported in {@link #problems()} and left out.
     *
     * @throws UncheckedIOException when a language folder cannot be listed
     */
    public static Translations load(String language, List<Path> folders) {
        Map<String, List<GroupFile>> files = new HashMap<>();
        Problems p = new Problems();
        for (Path folder : folders) {
            if (!Files.isDirectory(folder)) {
                p.add(folder.toString(), "is not a directory of translations");
                continue;
            }
            SafeFiles safe = new SafeFiles(folder);
            Path dir = folder.resolve(language);
            if (!safe.isDirectoryInside(dir)) {
                continue;
            }
            for (Path f : ymlFiles(dir)) {
                String name = f.getFileName().toString();
                files.computeIfAbsent(name.substring(0, name.length() - 4), k -> new ArrayList<>())
                        .add(new GroupFile(safe, f, dir.resolve(name).toString()));
            }
        }
        return new Translations(language, files, p);
    }

    private Map<String, String> group(String name) {
        List<GroupFile> sources = files.get(name);
        if (sources == null) {
            return null;
        }
        return groups.computeIfAbsent(name, k -> {
            Map<String, String> entries = new HashMap<>();
            for (GroupFile g : sources) {
                String text = g.folder().read(g.file(), g.path(), SafeFiles.MAX_YAML_BYTES, problems);
                Map<String, String> read = text == null ? null : FlatYaml.read(text, g.path(), problems);
                if (read != null) {
                    entries.putAll(read);
                }
            }
            return entries;
        });
    }

    private static List<Path> ymlFiles(Path dir) {
        try (Stream<Path> s = Files.list(dir)) {
            return s.filter(f -> f.getFileName().toString().endsWith(".yml")).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list " + dir, e);
        }
    }

    /** The language, or "" for {@link #NONE}. */
    public String language() {
        return language;
    }

    /** True when there is no translation file: every text stays as written. */
    public boolean isEmpty() {
        return files.isEmpty();
    }

    /** Folders and files that could not be read (so far: a group's files are read when it is first used). */
    public List<Problem> problems() {
        return problems.list();
    }

    /** A data column header or cell, translated: a key of the {@code data} group, else a full key, else as written. */
    public String data(String text) {
        if (files.isEmpty() || text.isEmpty()) {
            return text;
        }
        Map<String, String> data = group("data");
        String t = data == null ? null : data.get(text);
        return t != null ? t : meta(text);
    }

    /** A metadata value written as a full key {@code group.key}, translated; else as written. */
    public String meta(String text) {
        int dot = text.indexOf('.');
        if (files.isEmpty() || dot <= 0) {
            return text;
        }
        Map<String, String> group = group(text.substring(0, dot));
        String t = group == null ? null : group.get(text.substring(dot + 1));
        return t != null ? t : text;
    }
}
