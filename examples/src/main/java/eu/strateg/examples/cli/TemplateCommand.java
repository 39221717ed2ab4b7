package eu.strateg.examples.cli;

import eu.strateg.core.validation.ValidationException;
import eu.strateg.spreadsheet.DataEntryWorkbook;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.time.Clock;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** Writes the data-entry workbook: the indicator values still to fill as of a date, for the people responsible. */
@Command(name = "template", mixinStandardHelpOptions = true,
        description = {"Write a data-entry workbook (.xlsx): one row per indicator and period still to fill as of the date, "
                + "by who is responsible; fill column D and give it back to 'import --observations'."})
final class TemplateCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    StrategySource source;

    @Option(names = "--lang", defaultValue = "cs", description = "cs, pl or en (default: ${DEFAULT-VALUE})")
    ReportCommand.Lang lang;

    @Option(names = "--out", required = true, paramLabel = "FILE.xlsx|DIR", description = "the workbook to write (a directory with --per-person)")
    Path out;

    @Option(names = "--per-person", description = "one workbook per responsible person or department, into the directory --out")
    boolean perPerson;

    Clock clock = Clock.systemDefaultZone();

    @Override
    public Integer call() throws Exception {
        if (perPerson) {
            if (out.toString().isEmpty() || Files.exists(out) && !Files.isDirectory(out)) {
                throw new picocli.CommandLine.ParameterException(spec.commandLine(),
                        "--per-person writes one workbook per person into the directory --out: give a directory, not '" + out + "'");
            }
            Files.createDirectories(out);
        } else {
            OutputFile.refuseInputs(spec.commandLine(), out, source.inputs());
        }
        try (StrategySource.Opened o = source.open(spec.commandLine(), clock, List.of(), false)) {
            List<DataEntryWorkbook.Entry> entries = DataEntryWorkbook.toFill(o.strategy(), o.observations(true), o.date());
            Locale locale = Locale.forLanguageTag(lang.name());
            if (!perPerson) {
                write(o, entries, out, locale);
                spec.commandLine().getOut().printf("%d values to fill written to %s%n", entries.size(), out);
            } else {
                for (Map.Entry<String, List<DataEntryWorkbook.Entry>> e : DataEntryWorkbook.byResponsible(entries).entrySet()) {
                    Path file = out.resolve(o.strategy().id() + "-" + slug(e.getKey()) + ".xlsx");
                    write(o, e.getValue(), file, locale);
                    spec.commandLine().getOut().printf("%d values to fill for %s written to %s%n", e.getValue().size(),
                            e.getKey() == null ? "nobody named" : e.getKey(), file);
                }
            }
        }
        spec.commandLine().getOut().flush();
        return 0;
    }

    private static void write(StrategySource.Opened o, List<DataEntryWorkbook.Entry> entries, Path file, Locale locale) throws IOException {
        OutputFile.write(file, os -> DataEntryWorkbook.write(o.strategy(), entries, o.date(), locale, os));
    }

    /** A file-name part from a person's or department's name: {@code Odbor rozvoje} → {@code odbor-rozvoje}. */
    static String slug(String name) {
        if (name == null) {
            return "nobody";
        }
        String ascii = Normalizer.normalize(name, Normalizer.Form.NFD).replaceAll("\\p{M}", "").replace('ł', 'l').replace('Ł', 'L');
        String s = ascii.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("(^-|-$)", "");
        if (s.isEmpty()) {
            throw new ValidationException("responsible", "'" + name + "' gives no usable file name");
        }
        return s.length() > 60 ? s.substring(0, 60) : s;
    }
}
