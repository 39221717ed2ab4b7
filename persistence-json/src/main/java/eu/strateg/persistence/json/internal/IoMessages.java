package eu.strateg.persistence.json.internal;

import eu.strateg.core.port.StorageFailureException;
import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.NoSuchFileException;

/**
 * I/O failures of the file store as people read them: what failed, then the file system's reason ("No space left on
 * device", "Read-only file system", "permission denied") with the file it names. Java's exceptions keep the reason
 * apart from the message, so a message of the store alone said only "cannot store observations".
 */
public final class IoMessages {

    private IoMessages() {
    }

    /** The reason of {@code e}, with its file when it names one. */
    public static String reason(IOException e) {
        if (e instanceof FileSystemException f) {
            String reason = f.getReason() != null ? f.getReason()
                    : e instanceof AccessDeniedException ? "permission denied (is the folder read-only?)"
                    : e instanceof NoSuchFileException ? "no such file or folder" : "failed";
            String other = f.getOtherFile() == null ? "" : " -> " + f.getOtherFile();
            return (f.getFile() == null ? "" : f.getFile() + other + ": ") + reason;
        }
        return e.getMessage() == null ? "an input or output error" : e.getMessage();
    }

    /** Core's storage failure, whose message says what failed and why: {@code "<what>: <reason>"}. */
    public static StorageFailureException failure(String what, IOException e) {
        return new StorageFailureException(what + ": " + reason(e), e);
    }
}
