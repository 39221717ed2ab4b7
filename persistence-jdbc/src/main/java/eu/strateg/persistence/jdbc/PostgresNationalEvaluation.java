package eu.strateg.persistence.jdbc;

import eu.strateg.core.evaluation.EvaluationPlan;
import eu.strateg.core.evaluation.StrategyEvaluation;
import eu.strateg.core.evaluation.StrategyScores;
import eu.strateg.core.evaluation.ValueColumns;
import eu.strateg.core.observation.Observation;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.BiConsumer;
import javax.sql.DataSource;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyOut;

/**
 * Evaluates many strategies at once from a PostgreSQL store (a region, the whole country): the current values of
 * every strategy are streamed out of the {@code observation} table with one {@code COPY … TO STDOUT}, in strategy
 * order, and each strategy's values go into its compiled {@link EvaluationPlan} as soon as they have all arrived,
 * so memory holds one strategy's values at a time whatever the number of strategies.
 *
 * <p>{@link #scores} hands each strategy's values to the plan as {@link ValueColumns} when they are all headline
 * values with at most 15 significant digits (which a double holds exactly), otherwise as {@link Observation}s;
 * {@link #evaluations} always builds the observations, so the explanation shows each value as it was recorded.
 * Either way the result is the plan's evaluation of the values {@code JdbcObservationStore.find} gives for the
 * strategy (its current values), as of {@code asOf} (periods that have not ended by then are left out, as always).
 * Values recorded later than the as-of date are not excluded: this evaluates what the store knows now.
 *
 * <p>Reads only; PostgreSQL only (COPY). Each strategy's result is handed to the caller's sink in strategy-id
 * order, then those of the strategies that have no values at all. Thread-safe; one call at a time per sink.
 */
public final class PostgresNationalEvaluation {

    private final DataSource dataSource;

    /** On a migrated Strateg PostgreSQL database (the data source's current schema). */
    public PostgresNationalEvaluation(DataSource dataSource) {
        this.dataSource = Objects.requireNonNull(dataSource, "dataSource");
    }

    /**
     * The statuses and scores of every strategy of {@code plans} (one plan per strategy id), each handed to
     * {@code sink} with its plan.
     *
     * @return how many values were read
     * @throws StorageException when the database fails or is not PostgreSQL
     */
    public long scores(Collection<EvaluationPlan> plans, LocalDate asOf, BiConsumer<EvaluationPlan, StrategyScores> sink) {
        return run(plans, asOf, false, (plan, values) -> sink.accept(plan, values.columns() != null ? plan.scores(values.columns(), asOf)
                : plan.scores(values.observations(), asOf)));
    }

    /**
     * The explainable evaluation of every strategy of {@code plans}, each handed to {@code sink} with its plan.
     *
     * @return how many values were read
     * @throws StorageException when the database fails or is not PostgreSQL
     */
    public long evaluations(Collection<EvaluationPlan> plans, LocalDate asOf, BiConsumer<EvaluationPlan, StrategyEvaluation> sink) {
        return run(plans, asOf, true, (plan, values) -> sink.accept(plan, plan.evaluate(values.observations(), asOf)));
    }

    private long run(Collection<EvaluationPlan> plans, LocalDate asOf, boolean observations, BiConsumer<EvaluationPlan, CopyRows.Values> each) {
        Objects.requireNonNull(asOf, "asOf");
        Map<String, EvaluationPlan> byId = byId(plans);
        if (byId.isEmpty()) {
            return 0;
        }
        CopyRows rows = new CopyRows(byId, observations, each);
        try (Connection c = dataSource.getConnection()) {
            CopyOut copy = postgres(c).getCopyAPI().copyOut(sql(byId.keySet()));
            byte[] row;
            while ((row = copy.readFromCopy()) != null) {
                rows.accept(row);
            }
            rows.finish();
        } catch (SQLException e) {
            throw new StorageException("reading the values of " + byId.size() + " strategies with COPY failed: " + e.getMessage(), e);
        }
        for (EvaluationPlan plan : byId.values()) {
            if (!rows.seen(plan)) {
                each.accept(plan, CopyRows.Values.NONE);
            }
        }
        return rows.count();
    }

    private static Map<String, EvaluationPlan> byId(Collection<EvaluationPlan> plans) {
        Map<String, EvaluationPlan> byId = new LinkedHashMap<>();
        for (EvaluationPlan p : Objects.requireNonNull(plans, "plans")) {
            if (byId.put(p.strategy().id().value(), p) != null) {
                throw new IllegalArgumentException("two plans for strategy " + p.strategy().id().value() + "; give one plan per strategy");
            }
        }
        return byId;
    }

    private static PGConnection postgres(Connection c) throws SQLException {
        if (!c.isWrapperFor(PGConnection.class)) {
            throw new StorageException("evaluating from the store streams with PostgreSQL's COPY; this database is "
                    + c.getMetaData().getDatabaseProductName(), null);
        }
        return c.unwrap(PGConnection.class);
    }

    /**
     * The COPY of the strategies' current values. COPY takes no parameters, so the ids are written into the text:
     * a {@link eu.strateg.core.strategy.StrategyId} has only letters, digits, '.', '_' and '-', and quotes are doubled
     * all the same.
     */
    static String sql(Collection<String> ids) {
        List<String> quoted = new ArrayList<>(ids.size());
        for (String id : ids) {
            quoted.add("'" + id.replace("'", "''") + "'");
        }
        return "COPY (SELECT o.strategy_id, o.indicator_code, o.series_key, o.period, o.num_value, o.num_scale FROM observation o"
                + " WHERE o.is_current AND o.strategy_id IN (" + String.join(",", quoted) + ")"
                + " ORDER BY o.strategy_id, o.indicator_code, o.series_key, o.period_start, o.period_end) TO STDOUT";
    }
}
