package eu.strateg.persistence.json.internal;

import java.io.IOException;
import java.nio.file.Path;
import java.util.UUID;

/**
 * Replaces a file so that a reader sees either the old or the new content, never a mix, even after a crash: write a
 * temporary file in the same directory, force it to disk, rename it over the target atomically, force the directory.
 * If any step fails, the temporary file is removed and the target is untouched.
 */
public final class AtomicFiles {

    /** Suffix of temporary files; readers ignore such files. */
    public static final String TEMP_SUFFIX = ".tmp";

    private AtomicFiles() {
    }

    public static void replace(FileOps ops, Path target, FileOps.Content content) throws IOException {
        Path dir = target.getParent();
        Path temp = dir.resolve("." + target.getFileName() + "." + UUID.randomUUID() + TEMP_SUFFIX);
        boolean moved = false;
        try {
            ops.writeAndSync(temp, content);
            ops.moveAtomically(temp, target);
            moved = true;
            ops.syncDirectory(dir);
        } finally {
            if (!moved) {
                try {
                    ops.deleteIfExists(temp);
                } catch (IOException cleanup) {
                    // the original failure matters more; a left-over temp file is ignored by readers
                }
            }
        }
    }
}
