package eu.strateg.examples.cli;

import eu.strateg.persistence.json.csv.CsvDialect;
import java.nio.charset.Charset;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.UnsupportedCharsetException;
import picocli.CommandLine;
import picocli.CommandLine.Option;

/** How an observation CSV is written, when detection is not wanted: encoding, delimiter, decimal comma. */
final class CsvOptions {

    @Option(names = "--encoding", paramLabel = "CHARSET",
            description = "the CSV's encoding: UTF-8, windows-1250, ISO-8859-2, UTF-16 (default: detected)")
    String encoding;

    @Option(names = "--delimiter", paramLabel = "CHAR", description = "the CSV's delimiter: ';', ',' or tab (default: detected from the header)")
    String delimiter;

    @Option(names = "--decimal-comma", description = "the CSV writes decimals with a comma, 12,5 (default: detected in a file separated by ';' or tabs)")
    boolean decimalComma;

    /** The dialect asked for, its parts not given left to detection. */
    CsvDialect dialect(CommandLine cmd) {
        CsvDialect d = CsvDialect.detect();
        if (encoding != null) {
            d = d.withCharset(charset(cmd));
        }
        if (delimiter != null) {
            d = d.withDelimiter(delimiter(cmd));
        }
        return decimalComma ? d.withDecimalComma(true) : d;
    }

    private Charset charset(CommandLine cmd) {
        try {
            return Charset.forName(encoding);
        } catch (IllegalCharsetNameException | UnsupportedCharsetException e) {
            throw new CommandLine.ParameterException(cmd, "--encoding '" + encoding + "' is not an encoding: use UTF-8, windows-1250, ISO-8859-2 or UTF-16");
        }
    }

    private char delimiter(CommandLine cmd) {
        String d = delimiter.equalsIgnoreCase("tab") || delimiter.equals("\\t") ? "\t" : delimiter;
        if (d.length() != 1 || d.charAt(0) == '"' || d.charAt(0) == '\n' || d.charAt(0) == '\r') {
            throw new CommandLine.ParameterException(cmd, "--delimiter '" + delimiter + "' is not a delimiter: give one character such as ';' or ',', or tab");
        }
        return d.charAt(0);
    }
}
