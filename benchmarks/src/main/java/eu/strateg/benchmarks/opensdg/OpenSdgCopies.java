package eu.strateg.benchmarks.opensdg;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.stream.Stream;

/**
 * Makes an Open SDG data repository N times as large for the scale runs of {@code opensdg-scale.sh}: copy k of
 * indicator {@code <id>} is {@code <id>-x<k>} ({@code indicator-config/<id>-x<k>.yml}, {@code meta/<id>-x<k>.md},
 * {@code data/indicator_<id>-x<k>.csv}, contents unchanged); {@code translations/} is copied once. Write the copies
 * to a temporary directory: the reference data must never be copied into the project.
 *
 * <pre>java -cp benchmarks/target/benchmarks.jar eu.strateg.benchmarks.opensdg.OpenSdgCopies SOURCE TARGET N</pre>
 */
public final class OpenSdgCopies {

    private OpenSdgCopies() {
    }

    public static void main(String[] args) throws IOException {
        if (args.length != 3) {
            System.err.println("usage: OpenSdgCopies SOURCE_REPOSITORY TARGET_DIRECTORY N");
            System.exit(2);
        }
        int files = copy(Path.of(args[0]), Path.of(args[1]), Integer.parseInt(args[2]));
        System.out.println(files + " files written to " + args[1]);
    }

    /** Writes {@code n} copies of the repository in {@code source} to {@code target}; returns the number of files written. */
    public static int copy(Path source, Path target, int n) throws IOException {
        if (n < 1) {
            throw new IllegalArgumentException("N must be at least 1, was " + n);
        }
        int written = 0;
        written += copies(source.resolve("indicator-config"), target.resolve("indicator-config"), "", ".yml", n);
        written += copies(source.resolve("meta"), target.resolve("meta"), "", ".md", n);
        written += copies(source.resolve("data"), target.resolve("data"), "indicator_", ".csv", n);
        Path translations = source.resolve("translations");
        if (Files.isDirectory(translations)) {
            for (Path f : files(translations)) {
                Path to = target.resolve("translations").resolve(translations.relativize(f).toString());
                Files.createDirectories(to.getParent());
                Files.copy(f, to, StandardCopyOption.REPLACE_EXISTING);
                written++;
            }
        }
        return written;
    }

    private static int copies(Path from, Path to, String prefix, String suffix, int n) throws IOException {
        if (!Files.isDirectory(from)) {
            return 0;
        }
        Files.createDirectories(to);
        int written = 0;
        for (Path f : files(from)) {
            String name = f.getFileName().toString();
            if (f.getParent().equals(from) && name.startsWith(prefix) && name.endsWith(suffix)) {
                String id = name.substring(prefix.length(), name.length() - suffix.length());
                for (int k = 0; k < n; k++) {
                    Files.copy(f, to.resolve(prefix + id + "-x" + k + suffix), StandardCopyOption.REPLACE_EXISTING);
                    written++;
                }
            }
        }
        return written;
    }

    private static List<Path> files(Path dir) throws IOException {
        try (Stream<Path> s = Files.walk(dir)) {
            return s.filter(Files::isRegularFile).sorted().toList();
        }
    }
}
