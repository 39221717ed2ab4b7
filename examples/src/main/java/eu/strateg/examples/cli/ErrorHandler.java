package eu.strateg.examples.cli;

import eu.strateg.core.validation.Problem;
import eu.strateg.core.validation.ValidationException;
import picocli.CommandLine;
import picocli.CommandLine.IExecutionExceptionHandler;
import picocli.CommandLine.ParseResult;

/** Bad data (a {@link ValidationException}) → one problem per line on stderr and exit code 1. */
final class ErrorHandler implements IExecutionExceptionHandler {

    static final int INVALID_INPUT = 1;

    @Override
    public int handleExecutionException(Exception ex, CommandLine cmd, ParseResult parseResult) throws Exception {
        if (ex instanceof ValidationException v) {
            for (Problem p : v.problems()) {
                cmd.getErr().println(p);
            }
            return INVALID_INPUT;
        }
        throw ex;
    }
}
