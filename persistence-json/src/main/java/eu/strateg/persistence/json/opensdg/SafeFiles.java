package eu.strateg.persistence.json.opensdg;

import eu.strateg.core.validation.Problems;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;

/**
 * Reads the files of one Open SDG repository (or translations folder) safely: only regular files whose real path
 * (links resolved) lies inside the folder, never a device, pipe or directory, and never more than a size limit,
 * checked before anything is read — so a config linked to {@code /dev/zero}, to a file outside the repository, or
 * a sparse 3 GB file fails at once with a message naming the file. Text must be UTF-8 (a leading BOM is dropped
 * later by the readers).
 */
final class SafeFiles {

    /** The largest YAML file read (indicator config, Markdown metadata, translations): 8 MiB. */
    static final long MAX_YAML_BYTES = 8L << 20;
    /** The largest data CSV read: 64 MiB. */
    static final long MAX_CSV_BYTES = 64L << 20;

    private final Path root;
    private final Path realRoot;

    /**
     * @throws UncheckedIOException when the folder itself cannot be resolved
     */
    SafeFiles(Path root) {
        this.root = root;
        try {
            this.realRoot = root.toRealPath();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot open " + root, e);
        }
    }

    Path root() {
        return root;
    }

    /** True when {@code dir} is a directory inside the folder (links resolved). */
    boolean isDirectoryInside(Path dir) {
        try {
            Path real = dir.toRealPath();
            return real.startsWith(realRoot) && Files.isDirectory(real);
        } catch (IOException e) {
            return false;
        }
    }

    /**
     * The text of {@code file}, or null with a problem under {@code path} when it is outside the folder, not a
     * regular file, larger than {@code maxBytes}, unreadable or not UTF-8.
     */
    String read(Path file, String path, long maxBytes, Problems p) {
        Path real;
        BasicFileAttributes a;
        try {
            real = file.toRealPath();
            a = Files.readAttributes(real, BasicFileAttributes.class);
        } catch (NoSuchFileException e) {
            p.add(path, "does not exist (or is a link to nothing)");
            return null;
        } catch (IOException | RuntimeException e) {
            p.add(path, "cannot be read: %s", e.getMessage());
            return null;
        }
        if (!real.startsWith(realRoot)) {
            p.add(path, "is a link to %s, outside %s: only files inside the repository are read", real, realRoot);
            return null;
        }
        if (!a.isRegularFile()) {
            p.add(path, "is not a regular file (%s): only regular files are read", a.isDirectory() ? "a directory" : "a device, pipe or socket");
            return null;
        }
        if (a.size() > maxBytes) {
            p.add(path, "is %,d bytes, more than the limit of %,d bytes for this kind of file", a.size(), maxBytes);
            return null;
        }
        try (InputStream in = Files.newInputStream(real)) {
            byte[] bytes = in.readNBytes((int) maxBytes + 1);
            if (bytes.length > maxBytes) {
                p.add(path, "grew beyond the limit of %,d bytes while it was read", maxBytes);
                return null;
            }
            return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            p.add(path, "is not UTF-8 text");
            return null;
        } catch (IOException | RuntimeException e) {
            p.add(path, "cannot be read: %s", e.getMessage());
            return null;
        }
    }
}
