package eu.strateg.persistence.json.opensdg;

import com.google.common.collect.ImmutableList;
import eu.strateg.core.validation.Problem;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * An Open SDG data repository read from a directory as a whole: {@code indicator-config/<id>.yml} and/or
 * {@code meta/<id>.md} (YAML front matter; the config file wins where both set a field) and
 * {@code data/indicator_<id>.csv}, read by {@link OpenSdgReader} (for a whole-repository run that holds one
 * indicator at a time, use the reader or {@link OpenSdgProgress#stream}).
 *
 * <p>A file that cannot be read or has bad content does not stop the rest: its problems are kept, each with the
 * file as its path ({@code indicator-config/1-3-1.yml.progress_calculation_options[0].target},
 * {@code data/indicator_1-3-1.csv: row 7.Value}). Indicators are in the order of their ids.
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
     * Reads the repository in {@code dir}, untranslated.
     *
     * @throws UncheckedIOException when the directory itself cannot be listed
     */
    public static OpenSdgRepository read(Path dir) {
        return read(dir, Translations.NONE);
    }

    /** Reads the repository in {@code dir}, data and metadata translated first. */
    public static OpenSdgRepository read(Path dir, Translations translations) {
        OpenSdgReader reader = OpenSdgReader.open(dir, translations);
        List<OpenSdgIndicator> out = new ArrayList<>();
        List<Problem> problems = new ArrayList<>(reader.problems());
        for (String id : reader.ids()) {
            OpenSdgReader.Result r = reader.read(id);
            problems.addAll(r.problems());
            if (r.indicator() != null) {
                out.add(r.indicator());
            }
        }
        return new OpenSdgRepository(dir, out, problems);
    }

    public Path root() {
        return root;
    }

    public List<OpenSdgIndicator> indicators() {
        return indicators;
    }

    /** What could not be read, with the file and field (or row and column) as path. */
    public List<Problem> problems() {
        return problems;
    }
}
