package eu.strateg.examples.cli;

import eu.strateg.core.port.RevisionConflictException;
import eu.strateg.core.port.StorageFailureException;
import eu.strateg.core.validation.Problem;
import eu.strateg.core.validation.ValidationException;
import eu.strateg.sources.http.SourceFailureException;
import java.io.UncheckedIOException;
import picocli.CommandLine;
import picocli.CommandLine.IExecutionExceptionHandler;
import picocli.CommandLine.ParseResult;

/**
 * Bad data (a {@link ValidationException}) → one problem per line on stderr and exit code 1; a revision conflict,
 * a store that failed (core's {@link StorageFailureException}, whatever the store), an I/O failure and a statistics
 * service that answered badly ({@link SourceFailureException}) likewise with their message. Anything else is a bug and keeps its stack trace.
 */
final class ErrorHandler implements IExecutionExceptionHandler {

    static final int INVALID_INPUT = 1;

    @Override
    public int handleExecutionException(Exception ex, CommandLine cmd, ParseResult parseResult) throws Exception {
        if (ex instanceof ValidationException v) {
            for (Problem p : v.problems()) {
                cmd.getErr().println(p);
            }
            cmd.getErr().flush();
            return INVALID_INPUT;
        }
        if (ex instanceof RevisionConflictException || ex instanceof StorageFailureException || ex instanceof UncheckedIOException
                || ex instanceof java.io.IOException || ex instanceof SourceFailureException) {
            cmd.getErr().println(ex.getMessage());
            cmd.getErr().flush();
            return INVALID_INPUT;
        }
        throw ex;
    }
}
