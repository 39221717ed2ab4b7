package eu.strateg.examples.cli;

import eu.strateg.core.comparison.ComparedTerritory;
import eu.strateg.core.comparison.Comparison;
import eu.strateg.core.comparison.ComparisonRequest;
import eu.strateg.core.comparison.Comparisons;
import eu.strateg.core.comparison.IndicatorMapping;
import eu.strateg.core.comparison.Normalisation;
import eu.strateg.core.comparison.PeerGroup;
import eu.strateg.core.comparison.SharedIndicator;
import eu.strateg.core.comparison.StoredTerritories;
import eu.strateg.core.port.StrategyHeader;
import eu.strateg.core.strategy.StrategyId;
import eu.strateg.core.territory.TerritoryCode;
import eu.strateg.core.validation.Problems;
import eu.strateg.reporting.comparison.ComparisonCsv;
import eu.strateg.reporting.comparison.ComparisonHtml;
import eu.strateg.reporting.comparison.ComparisonJson;
import eu.strateg.reporting.comparison.ComparisonXlsx;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * Compares the territories of a store on shared indicators: values per year, normalised where asked, ranks, median and
 * quartiles, and every territory that could not be compared with the reason.
 */
@Command(name = "compare", mixinStandardHelpOptions = true,
        description = {"Compare territories of a store on shared indicators (ranks, median, quartiles, missing data).",
                "A territory with several strategies is compared through the first one, by id, that has the first indicator."})
final class CompareCommand implements Callable<Integer> {

    enum Format { csv, json, html, xlsx }

    static final class Selection {
        @Option(names = "--territories", split = ",", paramLabel = "SCHEME:CODE", required = true,
                description = "the territories to compare, e.g. CZ_ZUJ:586307,PL_TERYT:1219043 (the first defines the indicators)")
        List<String> territories;

        @Option(names = "--all", required = true, description = "every territory with a strategy in the store")
        boolean all;
    }

    @Spec
    CommandSpec spec;

    @Mixin
    StoreOption store;

    @ArgGroup(exclusive = true, multiplicity = "1")
    Selection selection;

    @Option(names = "--peers-of", paramLabel = "SCHEME:CODE",
            description = "keep only this territory and those of its level and population size class (it comes first)")
    String peersOf;

    @Option(names = "--indicator", split = ",", required = true, paramLabel = "ID",
            description = "the indicators to compare: codes the territories share, or common ids of --mapping")
    List<String> indicators;

    @Option(names = "--normalise", paramLabel = "ID=HOW",
            description = "normalise an indicator: PER_1000_INHABITANTS (by --population-indicator) or PER_KM2 (by --area-indicator)")
    Map<String, Normalisation> normalise = new LinkedHashMap<>();

    @Option(names = "--mapping", paramLabel = "FILE.csv",
            description = "territory,local_code,common_id rows: which of a territory's codes stands for a common id")
    Path mapping;

    @Option(names = "--population-indicator", paramLabel = "ID", defaultValue = "POP",
            description = "the indicator (or common id) holding inhabitants per year, for peers and PER_1000_INHABITANTS (default: ${DEFAULT-VALUE})")
    String populationIndicator;

    @Option(names = "--area-indicator", paramLabel = "ID",
            description = "the indicator (or common id) holding the area in km², its latest value, for PER_KM2")
    String areaIndicator;

    @Option(names = "--year", split = ",", paramLabel = "YEAR", description = "compare only these years (default: every year with a value)")
    List<Integer> years;

    @Option(names = "--status-as-of", paramLabel = "YYYY-MM-DD",
            description = "also give each territory's status of each indicator: its own strategy evaluated as of this date")
    LocalDate statusAsOf;

    @Option(names = "--format", defaultValue = "csv", description = "csv, json, html or xlsx (default: ${DEFAULT-VALUE})")
    Format format;

    @Option(names = "--highlight", paramLabel = "SCHEME:CODE",
            description = "the territory the HTML page highlights (default: the --peers-of territory, else the first one)")
    String highlight;

    @Option(names = "--lang", defaultValue = "en", description = "cs, pl or en: the language of labels (default: ${DEFAULT-VALUE})")
    String lang;

    @Option(names = "--out", paramLabel = "FILE", description = "write here instead of standard output")
    Path out;

    @Override
    public Integer call() throws Exception {
        if (!Set.of("cs", "pl", "en").contains(lang)) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--lang '" + lang + "' is not one of cs, pl, en");
        }
        for (String id : normalise.keySet()) {
            if (!indicators.contains(id)) {
                throw new CommandLine.ParameterException(spec.commandLine(), "--normalise names " + id + ", which is not an --indicator");
            }
        }
        if (format == Format.xlsx && out == null) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--format xlsx writes a binary workbook: give --out FILE.xlsx");
        }
        if (out != null) {
            OutputFile.refuseInputs(spec.commandLine(), out, new Path[] {mapping});
        }
        IndicatorMapping map = mapping == null ? IndicatorMapping.none() : ComparisonInputs.mapping(mapping);
        Comparison comparison;
        try (Store s = store.open(Clock.systemDefaultZone(), spec.commandLine())) {
            List<ComparedTerritory> territories = territories(s, map);
            if (peersOf != null) {
                territories = PeerGroup.of(TerritoryCode.parse(peersOf), territories).members();
            }
            List<SharedIndicator> shared = indicators.stream().map(id -> SharedIndicator.of(id, normalise.get(id))).toList();
            ComparisonRequest request = ComparisonRequest.of(territories, shared).withMapping(map).withStatusAsOf(statusAsOf);
            comparison = Comparisons.compare(years == null ? request : request.withYears(new TreeSet<>(years)));
        }
        write(comparison, Locale.forLanguageTag(lang));
        return 0;
    }

    /**
     * The territories to compare, read all at once ({@link StoredTerritories}: the strategies in a few queries, their
     * values in one, each evaluated from those values for --status-as-of).
     */
    private List<ComparedTerritory> territories(Store s, IndicatorMapping map) {
        Map<TerritoryCode, List<StrategyId>> candidates = new LinkedHashMap<>();
        if (selection.all) {
            for (StrategyHeader h : s.strategies().listAll()) {
                candidates.computeIfAbsent(h.territory(), t -> new ArrayList<>()).add(h.id());
            }
        } else {
            Set<TerritoryCode> seen = new LinkedHashSet<>();
            for (String t : selection.territories) {
                seen.add(TerritoryCode.parse(t.trim()));
            }
            for (TerritoryCode code : seen) {
                candidates.put(code, s.strategies().listByTerritory(code).stream().map(StrategyHeader::id).toList());
            }
        }
        if (peersOf != null && !candidates.containsKey(TerritoryCode.parse(peersOf))) {
            new Problems().add("--peers-of", "territory %s is not among the territories compared", peersOf).throwIfAny();
        }
        Problems p = new Problems();
        candidates.forEach((code, ids) -> {
            if (ids.isEmpty()) {
                p.add("--territories", "no strategy of territory %s in %s", code, s.spec());
            }
        });
        p.throwIfAny();
        return new StoredTerritories(s.strategies(), s.observations(), map, populationIndicator, areaIndicator, statusAsOf)
                .read(candidates, indicators);
    }

    private void write(Comparison comparison, Locale locale) throws IOException {
        OutputFile.Content content = os -> render(comparison, locale, os);
        if (out == null) {
            ByteArrayOutputStream buffer = new ByteArrayOutputStream();
            content.writeTo(buffer);
            spec.commandLine().getOut().print(buffer.toString(java.nio.charset.StandardCharsets.UTF_8));
            spec.commandLine().getOut().flush();
        } else {
            OutputFile.write(out, content);
        }
    }

    private TerritoryCode highlighted() {
        String code = highlight != null ? highlight : peersOf;
        return code == null ? null : TerritoryCode.parse(code);
    }

    private void render(Comparison comparison, Locale locale, OutputStream os) throws IOException {
        switch (format) {
            case csv -> ComparisonCsv.write(comparison, locale, os);
            case json -> ComparisonJson.write(comparison, locale, os);
            case html -> ComparisonHtml.write(comparison, highlighted(), locale, os);
            case xlsx -> ComparisonXlsx.write(comparison, locale, os);
            default -> throw new IllegalStateException("format " + format);
        }
    }
}
