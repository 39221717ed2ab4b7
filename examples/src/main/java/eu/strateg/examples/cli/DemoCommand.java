package eu.strateg.examples.cli;

import eu.strateg.core.evaluation.BudgetTotals;
import eu.strateg.core.evaluation.EvaluationSummary;
import eu.strateg.core.evaluation.StrategyEvaluation;
import eu.strateg.core.observation.Observation;
import eu.strateg.core.port.ReportFormat;
import eu.strateg.core.strategy.Strategy;
import eu.strateg.examples.data.ExampleData;
import eu.strateg.persistence.json.StrategyJson;
import eu.strateg.persistence.json.csv.ObservationCsvReader;
import eu.strateg.reporting.StandardRenderers;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * The demo: loads the two illustrative example strategies (Kyjov, Niepołomice) and their observations from the
 * files shipped in the jar into the embedded H2 store, adopts them, evaluates them as of a date and writes an HTML,
 * a PDF and an XLSX report of each. Running it again reuses the store: nothing is duplicated.
 */
@Command(name = "demo", mixinStandardHelpOptions = true,
        description = {"Load the example strategies into the embedded H2 store, evaluate them and write HTML, PDF and XLSX reports."})
final class DemoCommand implements Callable<Integer> {

    static final List<String> EXAMPLES = List.of("kyjov-2030", "niepolomice-2030");
    private static final List<ReportFormat> FORMATS = List.of(ReportFormat.HTML, ReportFormat.PDF, ReportFormat.XLSX);

    @Spec
    CommandSpec spec;

    @Option(names = "--out", defaultValue = "strateg-demo", paramLabel = "DIR",
            description = "where the store and the reports go (default: ${DEFAULT-VALUE})")
    Path out;

    @Option(names = "--as-of", paramLabel = "DATE", description = "evaluate as of this date (default: 2025-06-30, the examples' date)")
    LocalDate asOf;

    @Option(names = "--lang", paramLabel = "LANG", description = "cs, pl or en (default: each strategy in its own language)")
    ReportCommand.Lang lang;

    Clock clock = Clock.systemDefaultZone();

    @Override
    public Integer call() throws Exception {
        LocalDate date = asOf != null ? asOf : ExampleData.DEMO_AS_OF;
        Files.createDirectories(out);
        PrintWriter console = spec.commandLine().getOut();
        console.printf("Strateg demo: illustrative example strategies, evaluated as of %s%n", date);
        List<String[]> rows = new ArrayList<>();
        try (Store store = Store.open("json:" + out.resolve("store"), clock, spec.commandLine())) {
            Workspace w = new Workspace(store.strategies(), store.observations(), clock, StandardRenderers.all());
            for (ExampleData.Example example : ExampleData.all()) {
                Strategy s = load(w, store, example);
                Locale locale = Locale.forLanguageTag(lang != null ? lang.name() : s.territory().code().scheme().name().startsWith("PL") ? "pl" : "cs");
                List<Path> files = new ArrayList<>();
                StrategyEvaluation e = null;
                for (ReportFormat f : FORMATS) {
                    Path file = out.resolve(s.id() + "." + f.extension());
                    StrategyEvaluation[] rendered = new StrategyEvaluation[1];
                    OutputFile.write(file, os -> rendered[0] = w.reports.render(s.id(), date, f, locale, os));
                    e = rendered[0];
                    files.add(file);
                }
                rows.add(row(s, e, files));
            }
        }
        printTable(console, rows);
        console.printf("Open %s in a browser.%n", out.resolve(EXAMPLES.get(0) + ".html"));
        String store = "json:" + out.resolve("store");
        console.printf("The strategies stay in the store %s; for example:%n", store);
        console.printf("  strateg evaluate --store %s %s --as-of %s%n", store, EXAMPLES.get(0), date);
        console.printf("  strateg report --store %s %s --format pdf --lang en --out report.pdf%n", store, EXAMPLES.get(1));
        console.printf("  strateg export --store %s %s --format csv --out observations.csv%n", store, EXAMPLES.get(0));
        console.flush();
        return 0;
    }

    /** Saves and adopts the example unless the store has it already, then records its observations (idempotent). */
    private Strategy load(Workspace w, Store store, ExampleData.Example example) throws IOException {
        Strategy document;
        List<Observation> observations = new ArrayList<>();
        String id = example.strategy().id().value();
        try (InputStream json = resource(id + ".json"); InputStream csv = resource(id + "-observations.csv")) {
            document = StrategyJson.create().read(json);
            ObservationCsvReader.open(csv).readAll(observations::add);
        }
        Strategy current = store.strategies().find(document.id()).orElse(null);
        if (current == null) {
            Strategy created = w.strategies.create(document);
            current = w.strategies.adopt(created.id(), created.revision(), example.adoptedOn(), example.resolution());
        }
        w.observations.record(current.id(), observations);
        return current;
    }

    private static InputStream resource(String name) throws IOException {
        InputStream in = DemoCommand.class.getResourceAsStream("/examples/" + name);
        if (in == null) {
            throw new IOException("the example file examples/" + name + " is missing from the classpath");
        }
        return in;
    }

    private static String[] row(Strategy s, StrategyEvaluation e, List<Path> files) {
        EvaluationSummary sum = e.summary();
        // spending against the plan due by the as-of date and against the whole plan, in the strategy's first currency
        BudgetTotals budget = e.projects().totals().isEmpty() ? null : e.projects().totals().get(0);
        return new String[] {s.territory().name(), s.id().value(), EvaluationTable.score(sum.score()), String.valueOf(sum.status()),
                sum.assessable() + "/" + sum.indicators(), String.format(Locale.ROOT, "%.0f %%", sum.freshShare() * 100),
                percent(budget == null ? null : budget.absorptionDue()), percent(budget == null ? null : budget.absorptionTotal()),
                files.stream().map(p -> p.getFileName().toString()).reduce((a, b) -> a + ", " + b).orElse("")};
    }

    private static String percent(Double share) {
        return share == null ? "–" : String.format(Locale.ROOT, "%.0f %%", share * 100);
    }

    private static void printTable(PrintWriter out, List<String[]> rows) {
        String fmt = "%-14s %-18s %6s %-19s %-10s %-6s %-9s %-9s %s%n";
        out.printf(fmt, "territory", "strategy", "score", "status", "assessable", "fresh", "spent/due", "spent/all", "reports");
        for (String[] r : rows) {
            out.printf(fmt, (Object[]) r);
        }
    }
}
