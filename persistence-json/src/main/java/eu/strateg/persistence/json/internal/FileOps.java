package eu.strateg.persistence.json.internal;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Path;

/**
 * The few file-system operations the file repository needs to write safely. A seam: tests replace it to make a step
 * fail (e.g. the final rename) and check that nothing saved before is damaged.
 */
public interface FileOps {

    /** Produces the bytes of a file. */
    @FunctionalInterface
    interface Content {
        void writeTo(OutputStream out) throws IOException;
    }

    /** Creates {@code file} (which must not exist), writes the content and forces it to the disk. */
    void writeAndSync(Path file, Content content) throws IOException;

    /** Renames {@code source} to {@code target} atomically, replacing {@code target} if it exists. */
    void moveAtomically(Path source, Path target) throws IOException;

    /** Forces a directory's entries (new and renamed files) to the disk. */
    void syncDirectory(Path dir) throws IOException;

    void deleteIfExists(Path file) throws IOException;

    /** The real file system. */
    FileOps DEFAULT = new DefaultFileOps();
}
