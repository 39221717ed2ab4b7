package eu.strateg.examples.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

/**
 * Writes the indicator portal (the {@code site} renderer's ZIP) as a directory: the archive goes to a temporary file
 * first, is unpacked into a fresh sibling directory, and that directory replaces {@code --out} only when complete,
 * so a failure never leaves half a site. Entry names come from the renderer; one that would leave the directory is
 * refused.
 */
final class SiteOutput {

    private SiteOutput() {
    }

    static void write(Path dir, OutputFile.Content content) throws IOException {
        Path target = dir.toAbsolutePath().normalize();
        Path parent = target.getParent();
        Files.createDirectories(parent);
        if (Files.exists(target) && !Files.isDirectory(target)) {
            throw new IOException(target + " exists and is not a directory");
        }
        Path zip = Files.createTempFile(parent, ".site-", ".zip");
        Path fresh = Files.createTempDirectory(parent, ".site-");
        try {
            try (OutputStream os = Files.newOutputStream(zip)) {
                content.writeTo(os);
            }
            unpack(zip, fresh);
            if (Files.exists(target)) {
                deleteTree(target);
            }
            Files.move(fresh, target, StandardCopyOption.ATOMIC_MOVE);
        } finally {
            Files.deleteIfExists(zip);
            if (Files.exists(fresh)) {
                deleteTree(fresh);
            }
        }
    }

    private static void unpack(Path zip, Path into) throws IOException {
        try (InputStream in = Files.newInputStream(zip); ZipInputStream z = new ZipInputStream(in)) {
            for (ZipEntry e = z.getNextEntry(); e != null; e = z.getNextEntry()) {
                Path file = into.resolve(e.getName()).normalize();
                if (!file.startsWith(into)) {
                    throw new IOException("site entry " + e.getName() + " would leave the directory");
                }
                Files.createDirectories(file.getParent());
                Files.copy(z, file);
            }
        }
    }

    private static void deleteTree(Path root) throws IOException {
        try (var paths = Files.walk(root)) {
            for (Path p : paths.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }
}
