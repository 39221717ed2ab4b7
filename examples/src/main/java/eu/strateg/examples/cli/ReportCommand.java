package eu.strateg.examples.cli;

import eu.strateg.core.port.ReportFormat;
import eu.strateg.core.port.ReportInput;
import eu.strateg.core.port.StrategyHeader;
import eu.strateg.core.validation.ValidationException;
import eu.strateg.reporting.StandardRenderers;
import eu.strateg.reporting.html.SiteWriter;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * Writes the monitoring report of a stored strategy, or of a strategy file with an observation file; or the indicator
 * portal of one strategy or, with {@code --all}, of every strategy in the store.
 */
@Command(name = "report", mixinStandardHelpOptions = true, description = "Write a monitoring report (html, pdf, xlsx, csv, csv-excel, json or the site).")
final class ReportCommand implements Callable<Integer> {

    enum Format { html, pdf, xlsx, csv, csv_excel, json, site }

    enum Lang { cs, pl, en }

    /** The chart downloads of the site: SVG only, or SVG and PNG. */
    enum Charts { svg, svg_png }

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

    @Option(names = "--out", required = true, paramLabel = "FILE", description = "the report file to write (the directory, for the site)")
    Path out;

    @Option(names = "--templates", paramLabel = "DIR", description = "a directory with your own templates and stylesheet (HTML, PDF, site)")
    Path templates;

    @Option(names = "--all", description = "--format site only: the portal of every strategy in the store, a page per territory (no STRATEGY-ID)")
    boolean all;

    @Option(names = "--charts", paramLabel = "svg|svg+png", converter = ChartsConverter.class,
            description = "--format site only: the chart downloads, svg or svg+png (default: svg+png; svg alone builds a large site"
                    + " about ten times faster)")
    Charts charts;

    Clock clock = Clock.systemDefaultZone();

    /** Reads {@code csv-excel} as {@link Format#csv_excel}. */
    static final class FormatConverter implements CommandLine.ITypeConverter<Format> {
        @Override
        public Format convert(String value) {
            try {
                return Format.valueOf(value.replace('-', '_'));
            } catch (IllegalArgumentException e) {
                throw new CommandLine.TypeConversionException("expected one of html, pdf, xlsx, csv, csv-excel, json, site but was '" + value + "'");
            }
        }
    }

    /** Reads {@code svg} and {@code svg+png}. */
    static final class ChartsConverter implements CommandLine.ITypeConverter<Charts> {
        @Override
        public Charts convert(String value) {
            return switch (value) {
                case "svg" -> Charts.svg;
                case "svg+png" -> Charts.svg_png;
                default -> throw new CommandLine.TypeConversionException("expected svg or svg+png but was '" + value + "'");
            };
        }
    }

    @Override
    public Integer call() throws Exception {
        CommandLine cmd = spec.commandLine();
        if (format != Format.site && (all || charts != null)) {
            throw new CommandLine.ParameterException(cmd, (all ? "--all" : "--charts") + " applies to --format site only");
        }
        Locale locale = Locale.forLanguageTag(lang.name());
        if (format == Format.site) {
            SiteOutput.refuse(out, source.strategyFile, source.observationsFile, templates);
            SiteWriter writer = new SiteWriter(templates, charts != Charts.svg);
            if (all) {
                portal(cmd, writer, locale);
            } else {
                try (StrategySource.Opened o = source.open(cmd, clock, List.of(), true)) {
                    ReportInput input = o.workspace().reports.input(o.strategy(), o.date(), locale);
                    SiteOutput.write(out, sink -> writer.write(input, sink));
                }
            }
        } else {
            OutputFile.refuseInputs(cmd, out, source.inputs(), templates);
            ReportFormat rf = StandardRenderers.formats().stream().filter(f -> f.id().equals(format.name().replace('_', '-'))).findFirst().orElseThrow();
            try (StrategySource.Opened o = source.open(cmd, clock,
                    templates == null ? StandardRenderers.all() : StandardRenderers.all(templates), true)) {
                OutputFile.write(out, os -> o.render(rf, locale, os));
            }
        }
        cmd.getOut().printf("%s report written to %s%n", format, out);
        cmd.getOut().flush();
        return 0;
    }

    /** Every strategy of the store, each in the revision in force on the date, as one portal. */
    private void portal(CommandLine cmd, SiteWriter writer, Locale locale) throws Exception {
        if (source.id != null || source.strategyFile != null || source.observationsFile != null || source.revision != null) {
            throw new CommandLine.ParameterException(cmd, "--all takes every strategy of the --store: give no STRATEGY-ID, --revision or files");
        }
        LocalDate date = source.asOf(clock);
        try (Store s = source.store.open(clock, cmd)) {
            Workspace w = new Workspace(s.strategies(), s.observations(), clock, List.of());
            List<ReportInput> inputs = new ArrayList<>();
            for (StrategyHeader h : s.strategies().listAll()) {
                inputs.add(w.reports.input(w.evaluation.inForce(h.id(), date).strategy(), date, locale));
            }
            if (inputs.isEmpty()) {
                throw new ValidationException("--store", "no strategy in " + s.spec() + ": import one first");
            }
            SiteOutput.write(out, sink -> writer.write(inputs, sink));
        }
    }
}
