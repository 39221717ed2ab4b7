package eu.strateg.persistence.jdbc;

import eu.strateg.core.validation.ValidationException;
import java.io.IOException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import org.h2.jdbcx.JdbcDataSource;

/**
 * The folder of the embedded H2 database, checked before it goes anywhere near H2's URL. H2 takes a database's file
 * name only inside its URL, where a {@code ;} starts its settings ({@code ;INIT=RUNSCRIPT FROM …} would run any SQL and
 * Java code): a folder whose absolute path contains {@code ;} or a control character is refused, so the path in the
 * URL is always a plain name and the settings that follow it are this class's constant ones. Where {@code /} separates
 * folders, a {@code \} is refused too: H2 reads it as a separator, so {@code ..\..\x} would put the database
 * outside the folder given.
 */
final class H2Location {

    /** The database's base name: H2 keeps {@code strateg.mv.db} in the folder. */
    static final String BASE_NAME = "strateg";

    /**
     * The settings: PostgreSQL mode with its identifier case and null ordering; a lock timeout; and
     * {@code WRITE_DELAY=0}, so every commit is written to the file before it returns (H2's default, 500 ms, lets a
     * killed process lose commits it acknowledged: {@code H2CrashTest} showed it; with 0 it still lost one in 200 kills).
     */
    static final String SETTINGS = ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;LOCK_TIMEOUT=10000;WRITE_DELAY=0";

    private final Path directory;

    private H2Location(Path directory) {
        this.directory = directory;
    }

    /** The folder, made absolute and checked; created if missing. */
    static H2Location of(Path directory) {
        if (directory == null) {
            throw new ValidationException("directory", "a directory for the database is required");
        }
        Path absolute;
        try {
            absolute = directory.toAbsolutePath().normalize();
        } catch (InvalidPathException | java.io.IOError e) {
            throw ValidationException.of("directory", "'%s' is not a usable folder: %s", printable(directory.toString()), e.getMessage());
        }
        String text = absolute.toString();
        boolean slashes = absolute.getFileSystem().getSeparator().equals("/");
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == ';' || Character.isISOControl(c)) {
                throw ValidationException.of("directory", "the folder '%s' cannot hold the embedded database: its path contains %s, which "
                        + "the H2 database URL would read as a setting; choose a folder without it", printable(text),
                        c == ';' ? "';'" : String.format("the control character U+%04X", (int) c));
            }
            if (c == '\\' && slashes) {
                throw ValidationException.of("directory", "the folder '%s' cannot hold the embedded database: its path contains '\\', "
                        + "which H2 reads as a folder separator (the database would be elsewhere); choose a folder without it",
                        printable(text));
            }
        }
        if (Files.exists(absolute) && !Files.isDirectory(absolute)) {
            throw ValidationException.of("directory", "'%s' is a file, not a folder: the embedded database needs a folder", text);
        }
        try {
            Files.createDirectories(absolute);
        } catch (IOException e) {
            throw new StorageException("Creating the folder " + text + " for the embedded database failed: " + describe(e), e);
        }
        return new H2Location(absolute);
    }

    Path directory() {
        return directory;
    }

    /** The database file H2 keeps. */
    Path file() {
        return directory.resolve(BASE_NAME + ".mv.db");
    }

    /** The JDBC URL: the checked path of the base name, then the constant settings. */
    String url() {
        return "jdbc:h2:file:" + directory.resolve(BASE_NAME) + SETTINGS;
    }

    JdbcDataSource dataSource() {
        JdbcDataSource ds = new JdbcDataSource();
        ds.setURL(url());
        return ds;
    }

    /** An I/O failure as a person reads it: the file system's reason, with the path when it names one. */
    static String describe(IOException e) {
        if (e instanceof FileSystemException f) {
            String reason = f.getReason() != null ? f.getReason()
                    : e instanceof java.nio.file.AccessDeniedException ? "permission denied (read-only?)"
                    : e instanceof java.nio.file.NoSuchFileException ? "no such file or folder" : e.getClass().getSimpleName();
            return (f.getFile() == null ? "" : f.getFile() + ": ") + reason;
        }
        return String.valueOf(e.getMessage());
    }

    private static String printable(String text) {
        return eu.strateg.core.validation.Check.printable(text);
    }

    @Override
    public String toString() {
        return directory.toString();
    }
}
