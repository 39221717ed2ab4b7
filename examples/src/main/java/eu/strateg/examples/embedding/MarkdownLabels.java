package eu.strateg.examples.embedding;

import eu.strateg.core.evaluation.Status;
import eu.strateg.core.project.FinancingSource;
import eu.strateg.core.project.ProjectStatus;
import java.util.Locale;
import java.util.Map;

/** The words of the Markdown report in Czech, Polish and English (English for any other language). */
record MarkdownLabels(Map<String, String> words, Map<Status, String> statuses, Map<ProjectStatus, String> projectStatuses,
        Map<FinancingSource, String> sources) {

    static MarkdownLabels forLocale(Locale locale) {
        return switch (locale == null ? "en" : locale.getLanguage()) {
            case "cs" -> CS;
            case "pl" -> PL;
            default -> EN;
        };
    }

    String word(String key) {
        return words.getOrDefault(key, key);
    }

    private static final MarkdownLabels CS = new MarkdownLabels(
            Map.ofEntries(Map.entry("asOf", "stav k"), Map.entry("revision", "revize"), Map.entry("summary", "Souhrn"),
                    Map.entry("score", "Skóre"), Map.entry("status", "Stav"), Map.entry("indicators", "Indikátory"),
                    Map.entry("assessable", "hodnotitelné"), Map.entry("fresh", "s aktuálními daty"), Map.entry("tree", "Struktura strategie"),
                    Map.entry("code", "Kód"), Map.entry("name", "Název"), Map.entry("unit", "Jednotka"), Map.entry("baseline", "Výchozí hodnota"),
                    Map.entry("target", "Cíl"), Map.entry("latest", "Poslední hodnota"), Map.entry("note", "Poznámka"),
                    Map.entry("stale", "zastaralá data"), Map.entry("projects", "Projekty"), Map.entry("slippage", "Zpoždění (dny)"),
                    Map.entry("planned", "Plán"), Map.entry("actual", "Skutečnost"), Map.entry("absorption", "Čerpání"),
                    Map.entry("budget", "Rozpočet"), Map.entry("year", "Rok"), Map.entry("source", "Zdroj")),
            Map.of(Status.TARGET_ACHIEVED, "cíl splněn", Status.ON_TRACK, "na dobré cestě", Status.NEEDS_ACCELERATION, "nutno zrychlit",
                    Status.LIMITED_PROGRESS, "omezený pokrok", Status.DETERIORATION, "zhoršení", Status.NOT_ASSESSABLE, "nelze hodnotit"),
            Map.of(ProjectStatus.IDEA, "námět", ProjectStatus.PREPARED, "připravený", ProjectStatus.IN_PROGRESS, "v realizaci",
                    ProjectStatus.COMPLETED, "dokončený", ProjectStatus.SUSPENDED, "pozastavený", ProjectStatus.CANCELLED, "zrušený"),
            Map.of(FinancingSource.OWN, "vlastní", FinancingSource.STATE, "stát", FinancingSource.EU, "EU", FinancingSource.OTHER, "jiné"));

    private static final MarkdownLabels PL = new MarkdownLabels(
            Map.ofEntries(Map.entry("asOf", "stan na"), Map.entry("revision", "wersja"), Map.entry("summary", "Podsumowanie"),
                    Map.entry("score", "Wynik"), Map.entry("status", "Status"), Map.entry("indicators", "Wskaźniki"),
                    Map.entry("assessable", "ocenione"), Map.entry("fresh", "z aktualnymi danymi"), Map.entry("tree", "Struktura strategii"),
                    Map.entry("code", "Kod"), Map.entry("name", "Nazwa"), Map.entry("unit", "Jednostka"), Map.entry("baseline", "Wartość bazowa"),
                    Map.entry("target", "Cel"), Map.entry("latest", "Ostatnia wartość"), Map.entry("note", "Uwagi"),
                    Map.entry("stale", "dane nieaktualne"), Map.entry("projects", "Projekty"), Map.entry("slippage", "Opóźnienie (dni)"),
                    Map.entry("planned", "Plan"), Map.entry("actual", "Wykonanie"), Map.entry("absorption", "Wykorzystanie"),
                    Map.entry("budget", "Budżet"), Map.entry("year", "Rok"), Map.entry("source", "Źródło")),
            Map.of(Status.TARGET_ACHIEVED, "cel osiągnięty", Status.ON_TRACK, "zgodnie z planem", Status.NEEDS_ACCELERATION,
                    "wymaga przyspieszenia", Status.LIMITED_PROGRESS, "ograniczony postęp", Status.DETERIORATION, "pogorszenie",
                    Status.NOT_ASSESSABLE, "brak oceny"),
            Map.of(ProjectStatus.IDEA, "pomysł", ProjectStatus.PREPARED, "przygotowany", ProjectStatus.IN_PROGRESS, "w realizacji",
                    ProjectStatus.COMPLETED, "zakończony", ProjectStatus.SUSPENDED, "wstrzymany", ProjectStatus.CANCELLED, "anulowany"),
            Map.of(FinancingSource.OWN, "własne", FinancingSource.STATE, "budżet państwa", FinancingSource.EU, "UE",
                    FinancingSource.OTHER, "inne"));

    private static final MarkdownLabels EN = new MarkdownLabels(
            Map.ofEntries(Map.entry("asOf", "as of"), Map.entry("revision", "revision"), Map.entry("summary", "Summary"),
                    Map.entry("score", "Score"), Map.entry("status", "Status"), Map.entry("indicators", "Indicators"),
                    Map.entry("assessable", "assessable"), Map.entry("fresh", "with fresh data"), Map.entry("tree", "Strategy tree"),
                    Map.entry("code", "Code"), Map.entry("name", "Name"), Map.entry("unit", "Unit"), Map.entry("baseline", "Baseline"),
                    Map.entry("target", "Target"), Map.entry("latest", "Latest value"), Map.entry("note", "Note"),
                    Map.entry("stale", "stale data"), Map.entry("projects", "Projects"), Map.entry("slippage", "Slippage (days)"),
                    Map.entry("planned", "Planned"), Map.entry("actual", "Actual"), Map.entry("absorption", "Absorption"),
                    Map.entry("budget", "Budget"), Map.entry("year", "Year"), Map.entry("source", "Source")),
            Map.of(Status.TARGET_ACHIEVED, "target achieved", Status.ON_TRACK, "on track", Status.NEEDS_ACCELERATION,
                    "needs acceleration", Status.LIMITED_PROGRESS, "limited progress", Status.DETERIORATION, "deterioration",
                    Status.NOT_ASSESSABLE, "not assessable"),
            Map.of(ProjectStatus.IDEA, "idea", ProjectStatus.PREPARED, "prepared", ProjectStatus.IN_PROGRESS, "in progress",
                    ProjectStatus.COMPLETED, "completed", ProjectStatus.SUSPENDED, "suspended", ProjectStatus.CANCELLED, "cancelled"),
            Map.of(FinancingSource.OWN, "own", FinancingSource.STATE, "state", FinancingSource.EU, "EU", FinancingSource.OTHER, "other"));
}
