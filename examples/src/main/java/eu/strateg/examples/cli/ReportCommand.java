package eu.strateg.examples.cli;

import eu.strateg.core.port.ReportFormat;
import eu.strateg.reporting.StandardRenderers;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** Writes the monitoring report of a stored strategy, or of a strategy file with an observation file. */
@Command(name = "report", mixinStandardHelpOptions = true, description = "Write a monitoring report (html, pdf, xlsx, csv, csv-excel, json or the site).")
final class ReportCommand implements Callable<Integer> {

    enum Format { html, pdf, xlsx, csv, csv_excel, json, site }

    enum Lang { cs, pl, en }

    @Spec
    CommandSpec spec;

    @Mixin
    StrategySource source;

    @Option(names = "--format", required = true, converter = FormatConverter.class,
            description = "html, pdf, xlsx, csv, csv-excel (semicolons, BOM, decimal comma for cs/pl Excel), json or site"
                    + " (the indicator portal: a static site in cs/pl/en written into the directory --out)")
    Format format;

    @Option(names = "--lang", defaultValue = "cs", description = "cs, pl or en (default: ${DEFAULT-VALUE})")
    Lang lang;

    @Option(names = "--out", required = true, paramLabel = "FILE", description = "the report file to write")
    Path out;

    @Option(names = "--templates", paramLabel = "DIR", description = "a directory with your own templates and stylesheet (HTML, PDF)")
    Path templates;

    Clock clock = Clock.systemDefaultZone();

    /** Reads {@code csv-excel} as {@link Format#csv_excel}. */
    static final class FormatConverter implements picocli.CommandLine.ITypeConverter<Format> {
        @Override
        public Format convert(String value) {
            try {
                return Format.valueOf(value.replace('-', '_'));
            } catch (IllegalArgumentException e) {
                throw new picocli.CommandLine.TypeConversionException("expected one of html, pdf, xlsx, csv, csv-excel, json, site but was '" + value + "'");
            }
        }
    }

    @Override
    public Integer call() throws Exception {
        OutputFile.refuseInputs(spec.commandLine(), out, source.inputs(), templates);
        ReportFormat rf = StandardRenderers.formats().stream().filter(f -> f.id().equals(format.name().replace('_', '-'))).findFirst().orElseThrow();
        try (StrategySource.Opened o = source.open(spec.commandLine(), clock,
                templates == null ? StandardRenderers.all() : StandardRenderers.all(templates), true)) {
            if (format == Format.site) {
                SiteOutput.write(out, os -> o.render(rf, Locale.forLanguageTag(lang.name()), os));
            } else {
                OutputFile.write(out, os -> o.render(rf, Locale.forLanguageTag(lang.name()), os));
            }
        }
        spec.commandLine().getOut().printf("%s report written to %s%n", format, out);
        spec.commandLine().getOut().flush();
        return 0;
    }
}
