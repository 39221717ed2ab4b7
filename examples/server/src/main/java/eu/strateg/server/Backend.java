package eu.strateg.server;

import eu.strateg.core.evaluation.Evaluator;
import eu.strateg.core.evaluation.StandardEvaluator;
import eu.strateg.core.observation.Observation;
import eu.strateg.core.observation.ObservationQuery;
import eu.strateg.core.observation.SeriesKey;
import eu.strateg.core.period.Period;
import eu.strateg.core.strategy.StrategyId;
import eu.strateg.core.port.LinkedElement;
import eu.strateg.core.port.ObservationStore;
import eu.strateg.core.port.ReportRenderer;
import eu.strateg.core.port.StrategyRepository;
import eu.strateg.core.port.TerritoryScope;
import eu.strateg.core.service.EvaluationService;
import eu.strateg.core.service.ObservationService;
import eu.strateg.core.service.ReportService;
import eu.strateg.core.service.StrategyService;
import eu.strateg.server.security.Caller;
import eu.strateg.server.security.Role;
import java.time.Clock;
import java.util.List;
import java.util.Objects;
import java.util.function.Consumer;

/**
 * The stores of the server and the services over them. Requests never see the stores themselves: each gets the
 * services of its caller's {@link TerritoryScope} ({@link #scoped}), so a strategy of a territory outside it is, for
 * that request, a strategy that does not exist.
 */
public final class Backend {

    private final StrategyRepository strategies;
    private final ObservationStore observations;
    private final Evaluator evaluator;
    private final Clock clock;
    private final TerritoryRegister territories;
    private final String database;
    private final List<ReportRenderer> renderers;

    /**
     * A backend over stores.
     *
     * @param strategies the (unscoped) strategy repository
     * @param observations the (unscoped) observation store over the same data
     * @param clock the only source of "now"
     * @param territories the territories the server hosts
     * @param database what the health endpoint reports as the database ({@code h2}, {@code postgres})
     * @param renderers the report renderers, one per format
     */
    public Backend(StrategyRepository strategies, ObservationStore observations, Clock clock, TerritoryRegister territories, String database,
            List<ReportRenderer> renderers) {
        this.renderers = List.copyOf(renderers);
        this.strategies = Objects.requireNonNull(strategies, "strategies");
        this.observations = Objects.requireNonNull(observations, "observations");
        this.evaluator = new StandardEvaluator();
        this.clock = Objects.requireNonNull(clock, "clock");
        this.territories = Objects.requireNonNull(territories, "territories");
        this.database = database;
    }

    /** The services of one scope. */
    public record Services(TerritoryScope scope, StrategyService strategies, ObservationService observations, EvaluationService evaluation,
            ReportService reports, StrategyRepository repository,
            ObservationStore store) {

        /**
         * The elements of the strategies in scope that link to an external reference, e.g. every measure serving
         * {@code sdg/11.6} or {@code strategy:jmk-2030/2.1}, ordered by strategy id and element position.
         *
         * @param scheme the link scheme ({@code sdg}, {@code strategy:<id>}, a national list)
         * @param code the code within the scheme
         * @return the linked elements
         */
        public List<LinkedElement> linked(String scheme, String code) {
            return repository.findLinked(scheme, code);
        }

        /**
         * Hands each observation of a query to {@code sink} in order, without collecting them first where the store
         * can (the JDBC store reads them row by row).
         *
         * @param query the query, of a strategy in scope
         * @param sink receives each observation
         */
        public void forEachObservation(ObservationQuery query, Consumer<Observation> sink) {
            store.forEach(query, sink);
        }

        /**
         * Every version recorded for one series and period of a strategy in scope, oldest first; none for a strategy
         * outside it.
         *
         * @param strategy the strategy
         * @param series the indicator and disaggregation
         * @param period the period
         * @return the versions
         */
        public List<Observation> history(StrategyId strategy, SeriesKey series, Period period) {
            return store.history(strategy, series, period);
        }
    }

    /**
     * The services seen through a scope.
     *
     * @param scope the territories the caller may see
     * @return services that read and change only those territories' data
     */
    public Services scoped(TerritoryScope scope) {
        return services(scope, scope.strategies(strategies), scope.observations(observations, strategies));
    }

    /**
     * The services of a caller: those of its scope ({@link Caller#scope}); for the public (nobody signed in), only the
     * adopted revisions of the strategies of the territories that opted in, and the observations of those strategies.
     *
     * @param caller the caller
     * @return the services
     */
    public Services scoped(Caller caller) {
        TerritoryScope scope = caller.scope(territories);
        if (caller.account().role() != Role.PUBLIC) {
            return scoped(scope);
        }
        StrategyRepository adopted = new AdoptedOnly(scope.strategies(strategies));
        return services(scope, adopted, scope.observations(observations, new AdoptedOnly(strategies)));
    }

    private Services services(TerritoryScope scope, StrategyRepository repository, ObservationStore store) {
        EvaluationService evaluation = new EvaluationService(repository, store, evaluator, clock);
        return new Services(scope, new StrategyService(repository), new ObservationService(store, repository, clock), evaluation,
                new ReportService(repository, evaluation, renderers), repository, store);
    }

    /** The territories the server hosts. */
    public TerritoryRegister territories() {
        return territories;
    }

    /** The clock. */
    public Clock clock() {
        return clock;
    }

    /** The database kind, {@code h2} or {@code postgres}. */
    public String database() {
        return database;
    }
}
