package eu.strateg.examples.embedding.micronaut;

import eu.strateg.core.validation.ValidationException;
import io.micronaut.context.annotation.Context;
import io.micronaut.context.annotation.Value;
import java.util.Set;
import java.util.TreeSet;

/**
 * Checks the property {@value #PROPERTY} when the application context starts, so that a storage this build cannot
 * provide stops the start with a message instead of silently falling back to memory.
 */
@Context
public class StorageSelection {

    /** The property that chooses the storage. */
    public static final String PROPERTY = "strateg.storage";

    /** The directory of a file-based storage ({@code json}, {@code h2}). */
    public static final String DIRECTORY = "strateg.directory";

    /** The storages this build provides. */
    public static final Set<String> SUPPORTED = Set.of("memory", "json", "h2");

    private final String storage;

    public StorageSelection(@Value("${" + PROPERTY + ":memory}") String storage) {
        if (!SUPPORTED.contains(storage)) {
            throw new ValidationException(PROPERTY, "'" + storage + "' is not a storage of this build; use one of " + new TreeSet<>(SUPPORTED));
        }
        this.storage = storage;
    }

    /** The chosen storage, e.g. {@code memory}. */
    public String storage() {
        return storage;
    }
}
