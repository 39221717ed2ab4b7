package eu.strateg.examples.cli;

import eu.strateg.core.validation.Check;
import eu.strateg.reporting.pdf.PdfEngineLogging;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * The {@code strateg} command-line tool. Exit codes: 0 success, 1 invalid input (the message says what and
 * where), 2 usage error.
 */
@Command(name = "strateg", mixinStandardHelpOptions = true, version = "Strateg 0.1.0-SNAPSHOT",
        description = "Strategic management for municipalities and regions: strategies, indicators, evaluation, reports.",
        subcommands = {DemoCommand.class, ValidateCommand.class, EvaluateCommand.class, ReportCommand.class, ImportCommand.class, FetchCommand.class, ExportCommand.class, TemplateCommand.class,
                ListCommand.class, ShowCommand.class, DiffCommand.class, AdoptCommand.class, OpenSdgProgressCommand.class, CompareCommand.class, ServeCommand.class,
                CommandLine.HelpCommand.class})
public final class StrategCli {

    public static void main(String[] args) {
        System.exit(run(args));
    }

    /** Runs the tool and returns its exit code (for tests and embedding). */
    public static int run(String... args) {
        return commandLine().execute(args);
    }

    public static CommandLine commandLine() {
        configureProcess();
        CommandLine cl = new CommandLine(new StrategCli());
        cl.setExecutionExceptionHandler(new ErrorHandler());
        cl.setParameterExceptionHandler(new ManyArguments(cl.getParameterExceptionHandler()));
        // picocli's own conversion messages name the Java exception (DateTimeParseException, InvalidPathException)
        cl.registerConverter(LocalDate.class, StrategCli::date);
        cl.registerConverter(Path.class, StrategCli::path);
        cl.registerConverter(Instant.class, StrategCli::instant);
        return cl;
    }

    /**
     * A usage error with many unknown arguments (an argument file expanded into thousands of words, say) names the first
     * {@value #SHOWN} and counts the rest, instead of picocli's list of all of them with a suggestion for each, which
     * took seconds and printed tens of kilobytes; fewer go to picocli's own handler (message, suggestions, usage).
     */
    static final class ManyArguments implements CommandLine.IParameterExceptionHandler {

        static final int SHOWN = 10;
        private final CommandLine.IParameterExceptionHandler picocli;

        ManyArguments(CommandLine.IParameterExceptionHandler picocli) {
            this.picocli = picocli;
        }

        @Override
        public int handleParseException(CommandLine.ParameterException ex, String[] args) throws Exception {
            if (!(ex instanceof CommandLine.UnmatchedArgumentException u) || u.getUnmatched().size() <= SHOWN) {
                return picocli.handleParseException(ex, args);
            }
            CommandLine cmd = ex.getCommandLine();
            List<String> unmatched = u.getUnmatched();
            StringBuilder sb = new StringBuilder("Unknown arguments: ");
            for (int i = 0; i < SHOWN; i++) {
                sb.append(i == 0 ? "" : ", ").append('\'').append(Check.printable(unmatched.get(i))).append('\'');
            }
            sb.append(String.format(java.util.Locale.ROOT, " and %,d more", unmatched.size() - SHOWN));
            cmd.getErr().println(sb);
            cmd.getErr().println("Try '" + cmd.getCommandSpec().qualifiedName() + " --help' for the arguments it takes.");
            return cmd.getCommandSpec().exitCodeOnInvalidInput();
        }
    }

    /**
     * What the libraries leave to the application, decided once for the whole process: PDFBox's font cache in the
     * temporary directory instead of the home directory, and the PDF engine's log in SLF4J instead of the console.
     */
    private static synchronized void configureProcess() {
        if (System.getProperty("pdfbox.fontcache") == null) {
            System.setProperty("pdfbox.fontcache", System.getProperty("java.io.tmpdir"));
        }
        PdfEngineLogging.install();
    }

    /** A date of the range the model keeps ({@link Check#MIN_DATE} to {@link Check#MAX_DATE}); anything else is a usage error. */
    private static LocalDate date(String text) {
        LocalDate d;
        try {
            d = LocalDate.parse(text);
        } catch (DateTimeParseException e) {
            throw new CommandLine.TypeConversionException("'" + Check.printable(text) + "' is not a date: use YYYY-MM-DD, e.g. 2025-06-30");
        }
        if (d.isBefore(Check.MIN_DATE) || d.isAfter(Check.MAX_DATE)) {
            throw new CommandLine.TypeConversionException(String.format("'%s' is outside the dates Strateg works with: use a date from %s to %s",
                    Check.printable(text), Check.MIN_DATE, Check.MAX_DATE));
        }
        return d;
    }

    private static Instant instant(String text) {
        try {
            return Instant.parse(text);
        } catch (DateTimeParseException e) {
            throw new CommandLine.TypeConversionException("'" + Check.printable(text) + "' is not an instant: use UTC ISO-8601, e.g. "
                    + "2025-03-01T08:00:00Z");
        }
    }

    private static Path path(String text) {
        try {
            return Path.of(text);
        } catch (InvalidPathException e) {
            throw new CommandLine.TypeConversionException("'" + Check.printable(text) + "' is not a usable file name: " + e.getReason());
        }
    }
}
