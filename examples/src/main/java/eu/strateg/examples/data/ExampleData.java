package eu.strateg.examples.data;

import eu.strateg.core.observation.Observation;
import eu.strateg.core.strategy.Lifecycle;
import eu.strateg.core.strategy.Strategy;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * Two realistic, <b>illustrative</b> example strategies built with the core API, with their observation series:
 * a Czech town of about 11,000 inhabitants (Kyjov, kód obce 586307) and a Polish urban-rural gmina (Niepołomice,
 * TERYT 1219043). Territory codes and a few facts are real; goals, indicators, values and budgets are invented
 * and calibrated to public figures (see {@code examples/README.md}).
 *
 * <p>Strategies are drafts (revision 0); {@link Example#adoptedOn()} and {@link Example#resolution()} give what
 * to adopt them with. Observations carry fixed recorded-at times, so a report as of {@link #DEMO_AS_OF} is the
 * same on every run, and a report as of a later date shows the corrections recorded after it. The lists hold every
 * version of a corrected value: load them into an {@code ObservationStore} and read them back as of a time before
 * evaluating (an evaluator takes one value per series and period).
 */
public final class ExampleData {

    /** A date for reproducible demo reports: the 2024 annual values are in, some corrections come after it. */
    public static final LocalDate DEMO_AS_OF = LocalDate.of(2025, 6, 30);

    private ExampleData() {
    }

    /**
     * One example: the strategy, its observations (ordered by recorded-at, so a correction follows what it corrects),
     * and the adoption to record.
     */
    public record Example(Strategy strategy, List<Observation> observations, LocalDate adoptedOn, String resolution) {

        public Example {
            Objects.requireNonNull(strategy, "strategy");
            observations = List.copyOf(observations);
            Objects.requireNonNull(adoptedOn, "adoptedOn");
            Objects.requireNonNull(resolution, "resolution");
        }

        /** The strategy as its council adopted it (still revision 0: a repository numbers it when saving). */
        public Strategy adoptedStrategy() {
            return strategy.withLifecycle(Lifecycle.adopted(adoptedOn, resolution));
        }
    }

    /** Strategie rozvoje města Kyjova 2021–2030 (illustrative): smart city, quality of services, project stack in CZK. */
    public static Strategy kyjov() {
        return KyjovStrategy.build();
    }

    /** Kyjov's observations 2013 – spring 2025, with gaps, corrections and stale series. */
    public static List<Observation> kyjovObservations() {
        return KyjovObservations.build();
    }

    /** Strategia Rozwoju Gminy Niepołomice 2021–2030 (illustrative): indicators, resident survey, participatory budget. */
    public static Strategy niepolomice() {
        return NiepolomiceStrategy.build();
    }

    /** Niepołomice's observations 2013 – spring 2025, with gaps, corrections, disaggregated survey results. */
    public static List<Observation> niepolomiceObservations() {
        return NiepolomiceObservations.build();
    }

    public static Example kyjovExample() {
        return new Example(kyjov(), kyjovObservations(), LocalDate.of(2021, 6, 21),
                "Usnesení Zastupitelstva města Kyjova č. 12/2021 (ilustrativní)");
    }

    public static Example niepolomiceExample() {
        return new Example(niepolomice(), niepolomiceObservations(), LocalDate.of(2021, 4, 22),
                "Uchwała Rady Miejskiej w Niepołomicach z dnia 22 kwietnia 2021 r. (numer ilustracyjny)");
    }

    /** Both examples, the Czech one first. */
    public static List<Example> all() {
        return List.of(kyjovExample(), niepolomiceExample());
    }
}
