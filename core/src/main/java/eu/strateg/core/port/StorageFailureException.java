package eu.strateg.core.port;

/**
 * A store could not do what was asked: a file could not be read or written, a database could not be reached or
 * refused a statement, a disk was full. Not bad input (that is a {@link eu.strateg.core.validation.ValidationException})
 * and not a revision conflict ({@link RevisionConflictException}). Every adapter of a storage port throws this type
 * (or a subclass) for its I/O and database failures, so a caller handles storage failures the same way whatever store
 * it uses, and never needs to name an adapter's classes. The message names the operation and what failed; the cause is
 * the underlying exception. Nothing of the failed operation was stored.
 */
public class StorageFailureException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public StorageFailureException(String message, Throwable cause) {
        super(message, cause);
    }
}
