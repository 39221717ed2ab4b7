package eu.strateg.persistence.jdbc;

import eu.strateg.core.port.StorageFailureException;

/**
 * The database failed to do what was asked (connection lost, a constraint the schema enforces, a timeout): not bad
 * input, which is reported as {@link eu.strateg.core.validation.ValidationException}, and not a revision conflict.
 * The message names the operation and the table or statement that failed; the cause is the driver's exception.
 * Whatever failed, the transaction was rolled back: nothing of the operation was stored. Callers catch core's
 * {@link StorageFailureException}, which every store throws.
 */
public class StorageException extends StorageFailureException {

    private static final long serialVersionUID = 1L;

    public StorageException(String message, Throwable cause) {
        super(message, cause);
    }
}
