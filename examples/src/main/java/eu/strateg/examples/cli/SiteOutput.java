package eu.strateg.examples.cli;

import eu.strateg.core.validation.ValidationException;
import eu.strateg.reporting.html.SiteWriter;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Comparator;
import java.util.stream.Stream;

/**
 * Writes the indicator portal as a directory: the site's files go into a fresh sibling directory first, and that
 * directory replaces {@code --out} only when complete, so a failure never leaves half a site. {@code --out} may be new,
 * an empty directory or a site written before (it holds {@code index.html} and {@code site.css}); any other directory
 * is refused rather than replaced, and so is one that holds an input of the command. File names come from
 * {@link SiteWriter}; one that would leave the directory is refused.
 */
final class SiteOutput {

    /** Writes the site's files into a sink. */
    @FunctionalInterface
    interface Content {
        void writeTo(SiteWriter.Sink sink) throws IOException;
    }

    private SiteOutput() {
    }

    /**
     * Invalid input when {@code dir} is a file, a directory that is neither empty nor an earlier site, or a directory
     * that holds one of {@code inputs} (null ones skipped): replacing it would destroy what is there.
     */
    static void refuse(Path dir, Path... inputs) throws IOException {
        Path target = dir.toAbsolutePath().normalize();
        if (Files.exists(target) && !Files.isDirectory(target)) {
            throw new ValidationException(dir.toString(), "exists and is not a directory; the site is written into a directory");
        }
        for (Path in : inputs) {
            if (in != null && in.toAbsolutePath().normalize().startsWith(target)) {
                throw new ValidationException(dir.toString(),
                        "holds the input " + in + ", which replacing the directory would destroy; choose another directory");
            }
        }
        if (Files.isDirectory(target) && !isEmpty(target)
                && !(Files.isRegularFile(target.resolve("index.html")) && Files.isRegularFile(target.resolve("site.css")))) {
            throw new ValidationException(dir.toString(), "is a directory that holds other files than a site written by strateg; "
                    + "give a new or empty directory");
        }
    }

    static void write(Path dir, Content content) throws IOException {
        Path target = dir.toAbsolutePath().normalize();
        Path parent = target.getParent();
        Files.createDirectories(parent);
        Path fresh = Files.createTempDirectory(parent, ".site-");
        try {
            content.writeTo((path, bytes) -> {
                Path file = fresh.resolve(path).normalize();
                if (!file.startsWith(fresh) || file.equals(fresh)) {
                    throw new IOException("site file " + path + " would leave the directory");
                }
                Files.createDirectories(file.getParent());
                Files.write(file, bytes);
            });
            if (Files.exists(target)) {
                deleteTree(target);
            }
            Files.move(fresh, target, StandardCopyOption.ATOMIC_MOVE);
        } finally {
            if (Files.exists(fresh)) {
                deleteTree(fresh);
            }
        }
    }

    private static boolean isEmpty(Path dir) throws IOException {
        try (Stream<Path> entries = Files.list(dir)) {
            return entries.findAny().isEmpty();
        }
    }

    private static void deleteTree(Path root) throws IOException {
        try (Stream<Path> paths = Files.walk(root)) {
            for (Path p : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }
}
