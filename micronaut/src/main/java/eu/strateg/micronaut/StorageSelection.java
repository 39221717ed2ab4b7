package eu.strateg.micronaut;

import eu.strateg.core.validation.ValidationException;
import io.micronaut.context.annotation.Context;
import io.micronaut.context.annotation.Value;
import java.util.List;
import java.util.Map;

/**
 * Checks the property {@value #PROPERTY} when the application context starts, so that a misspelt storage, a missing
 * setting or a missing JDBC driver stops the start with a message naming the property instead of silently falling
 * back to memory.
 *
 * <table>
 * <caption>The storages and their settings</caption>
 * <tr><th>{@value #PROPERTY}</th><th>settings</th></tr>
 * <tr><td>{@code memory} (default)</td><td>none; everything is lost when the application stops</td></tr>
 * <tr><td>{@code json}</td><td>{@value #DIRECTORY} (default {@code strateg-data}): strategies as JSON documents,
 * observations as JSON Lines</td></tr>
 * <tr><td>{@code h2}</td><td>{@value #DIRECTORY} (default {@code strateg-data}): an embedded H2 database file
 * there; needs {@code com.h2database:h2} on the class path</td></tr>
 * <tr><td>{@code postgres}</td><td>{@value #POSTGRES_URL} (required), {@value #POSTGRES_USER},
 * {@value #POSTGRES_PASSWORD}; needs {@code org.postgresql:postgresql} on the class path</td></tr>
 * </table>
 */
@Context
public class StorageSelection {

    /** The property that chooses the storage. */
    public static final String PROPERTY = "strateg.storage";
    /** The directory of a file-based storage ({@code json}, {@code h2}). */
    public static final String DIRECTORY = "strateg.directory";
    /** The JDBC URL of the PostgreSQL storage, e.g. {@code jdbc:postgresql://localhost:5432/strateg}. */
    public static final String POSTGRES_URL = "strateg.postgres.url";
    /** The PostgreSQL user (optional: the URL may name it). */
    public static final String POSTGRES_USER = "strateg.postgres.user";
    /** The PostgreSQL password (optional: the URL may name it). */
    public static final String POSTGRES_PASSWORD = "strateg.postgres.password";

    /** The storages, in the order the messages list them. */
    public static final List<String> SUPPORTED = List.of("memory", "json", "h2", "postgres");

    private static final Map<String, String[]> DRIVERS = Map.of(
            "h2", new String[] {"org.h2.Driver", "com.h2database:h2"},
            "postgres", new String[] {"org.postgresql.Driver", "org.postgresql:postgresql"});

    private final String storage;

    /**
     * Checks the choice.
     *
     * @param storage the value of {@value #PROPERTY}
     * @param postgresUrl the value of {@value #POSTGRES_URL}, or empty
     * @throws ValidationException naming the property when the storage is unknown, a required setting is missing or
     *         the JDBC driver is not on the class path
     */
    public StorageSelection(@Value("${" + PROPERTY + ":memory}") String storage, @Value("${" + POSTGRES_URL + ":}") String postgresUrl) {
        if (!SUPPORTED.contains(storage)) {
            throw new ValidationException(PROPERTY, "'" + storage + "' is not a storage; use one of " + SUPPORTED);
        }
        if (storage.equals("postgres") && postgresUrl.isBlank()) {
            throw new ValidationException(POSTGRES_URL, "is required with " + PROPERTY + "=postgres (jdbc:postgresql://host:port/database)");
        }
        String[] driver = DRIVERS.get(storage);
        if (driver != null && !onClassPath(driver[0])) {
            throw new ValidationException(PROPERTY, PROPERTY + "=" + storage + " needs the JDBC driver " + driver[1]
                    + " among the application's dependencies");
        }
        this.storage = storage;
    }

    /**
     * The chosen storage.
     *
     * @return e.g. {@code memory}
     */
    public String storage() {
        return storage;
    }

    private static boolean onClassPath(String className) {
        try {
            Class.forName(className, false, StorageSelection.class.getClassLoader());
            return true;
        } catch (ClassNotFoundException e) {
            return false;
        }
    }
}
