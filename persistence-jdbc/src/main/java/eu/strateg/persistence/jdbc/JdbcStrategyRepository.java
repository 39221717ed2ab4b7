package eu.strateg.persistence.jdbc;

import eu.strateg.core.port.LinkedElement;
import eu.strateg.core.port.RevisionConflictException;
import eu.strateg.core.port.RevisionInfo;
import eu.strateg.core.port.StrategyHeader;
import eu.strateg.core.port.StrategyRepository;
import eu.strateg.core.port.TerritoryScope;
import eu.strateg.core.strategy.LifecycleState;
import eu.strateg.core.strategy.Link;
import eu.strateg.core.strategy.Strategy;
import eu.strateg.core.strategy.StrategyId;
import eu.strateg.core.strategy.StrategyKind;
import eu.strateg.core.territory.TerritoryCode;
import eu.strateg.core.validation.ValidationException;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.JdbiException;
import org.jdbi.v3.core.statement.Query;
import org.jdbi.v3.core.statement.StatementContext;
import org.jdbi.v3.core.statement.Update;
import org.jdbi.v3.core.transaction.TransactionIsolationLevel;

/**
 * A {@link StrategyRepository} in a relational database (PostgreSQL or H2): every revision is kept as rows of
 * {@code strategy_revision}, {@code element}, {@code indicator}, {@code project} and their child tables, so queries
 * across strategies (by territory, link or indicator code) use indexes.
 *
 * <p>A save is one transaction. Optimistic locking: {@code strategy.current_revision} is moved from the expected to
 * the next revision by a conditional UPDATE (or the strategy row is inserted for revision 1); when no row moves,
 * someone else saved first and {@link RevisionConflictException} is thrown with nothing written.
 *
 * <p>A repository {@linkplain #scopedTo scoped} to territories sees a strategy only while its current revision belongs
 * to one of them, and of its revisions only those of these territories (the rule of core's {@code TerritoryScope}); it
 * refuses to write anything else, and its refusals say nothing about strategies outside the scope. The condition is
 * part of every SQL statement. Obtain one from {@link StrategJdbc}.
 */
public final class JdbcStrategyRepository implements StrategyRepository {

    private final Database db;
    private final Clock clock;
    private final Scope scope;

    JdbcStrategyRepository(Database db, Clock clock, Scope scope) {
        this.db = db;
        this.clock = clock;
        this.scope = scope;
    }

    /** The same repository, limited to strategies of the given territories. */
    public JdbcStrategyRepository scopedTo(Set<TerritoryCode> territories) {
        return new JdbcStrategyRepository(db, clock, Scope.of(territories));
    }

    /** Thrown inside the save transaction to roll it back when another save won. */
    private static final class LostRace extends RuntimeException {
        private static final long serialVersionUID = 1L;

        LostRace() {
            super(null, null, false, false);
        }
    }

    @Override
    public Strategy save(Strategy strategy, long expectedRevision) {
        if (strategy == null) {
            throw new ValidationException("strategy", "is required");
        }
        if (expectedRevision < 0) {
            throw ValidationException.of("expectedRevision", "must not be negative, was %d", expectedRevision);
        }
        String what = "Saving strategy " + strategy.id() + " as revision " + (expectedRevision + 1);
        scope.requireAllowed(strategy.territory().code(), what);
        Strategy saved = strategy.withRevision(expectedRevision + 1);
        Instant now = Database.micros(clock.instant());
        try {
            return db.inTransaction(what, h -> {
                moveCurrentRevision(h, saved, expectedRevision, now);
                new StrategyWriter(h, saved).write(saved, now);
                return saved;
            });
        } catch (LostRace | StrategyWriter.RevisionTaken e) {
            OptionalLong actual = currentRevision(strategy.id());
            if (actual.isEmpty() && expectedRevision == 0 && !scope.isAll()) {
                // held by a strategy outside the scope: say no more than that (issue 13.10)
                throw TerritoryScope.idNotAvailable(strategy.id());
            }
            throw new RevisionConflictException(strategy.id(), expectedRevision, actual.orElse(0));
        }
    }

    private void moveCurrentRevision(Handle h, Strategy saved, long expected, Instant now) {
        String id = saved.id().value();
        String territory = saved.territory().code().toString();
        if (expected == 0) {
            try {
                h.createUpdate("INSERT INTO strategy (id, territory, current_revision, updated_at) VALUES (?, ?, 1, ?)")
                        .bind(0, id).bind(1, territory).bind(2, now).execute();
            } catch (JdbiException e) {
                if (Database.isUniqueViolation(e)) {
                    throw new LostRace();
                }
                throw e;
            }
            return;
        }
        // Lock the row before comparing: H2 may apply a waiting UPDATE's condition to the version it saw before the lock
        // was released, so two savers of one revision would both pass and one fail later on the revision's primary key.
        Query locked = h.createQuery("SELECT current_revision FROM strategy WHERE id = ?" + scope.condition("territory") + " FOR UPDATE")
                .bind(0, id);
        scope.bind(locked, 1);
        if (locked.mapTo(Long.class).findFirst().filter(r -> r == expected).isEmpty()) {
            throw new LostRace();
        }
        Update move = h.createUpdate("UPDATE strategy SET current_revision = ?, territory = ?, updated_at = ?"
                + " WHERE id = ? AND current_revision = ?" + scope.condition("territory"))
                .bind(0, expected + 1).bind(1, territory).bind(2, now).bind(3, id).bind(4, expected);
        scope.bind(move, 5);
        if (move.execute() == 0) {
            throw new LostRace();
        }
    }

    private OptionalLong currentRevision(StrategyId id) {
        return db.withHandle("Reading the revision of strategy " + id, h -> {
            Query q = h.createQuery("SELECT current_revision FROM strategy WHERE id = ?" + scope.condition("territory")).bind(0, id.value());
            scope.bind(q, 1);
            return q.mapTo(Long.class).findFirst().map(OptionalLong::of).orElse(OptionalLong.empty());
        });
    }

    @Override
    public Optional<Strategy> find(StrategyId id) {
        return db.withHandle("Loading strategy " + id, h -> StrategyReader.one(h, id, null, scope));
    }

    @Override
    public Optional<Strategy> find(StrategyId id, long revision) {
        return db.withHandle("Loading strategy " + id + " revision " + revision,
                h -> StrategyReader.one(h, id, revision, scope));
    }

    /** The current revisions in the dozen queries of one snapshot, each table read once for all of them. */
    @Override
    public List<Strategy> findCurrent(Collection<StrategyId> ids) {
        if (ids == null) {
            throw new ValidationException("ids", "are required (an empty list is fine)");
        }
        Set<String> wanted = values(ids, "ids");
        if (wanted.isEmpty()) {
            return List.of();
        }
        List<Strategy> read = db.withHandle("Loading the current revisions of " + wanted.size() + " strategies",
                h -> h.isInTransaction() ? StrategyReader.current(h, wanted, scope)
                        : h.inTransaction(TransactionIsolationLevel.REPEATABLE_READ, t -> StrategyReader.current(t, wanted, scope)));
        Map<String, Strategy> byId = new HashMap<>();
        read.forEach(s -> byId.put(s.id().value(), s));
        List<Strategy> out = new ArrayList<>(read.size());
        for (String id : wanted) {
            Strategy s = byId.get(id);
            if (s != null) {
                out.add(s);
            }
        }
        return out;
    }

    @Override
    public List<RevisionInfo> history(StrategyId id) {
        return db.withHandle("Reading the history of strategy " + id, h -> {
            Query q = h.createQuery("SELECT revision, saved_at, lifecycle_state FROM strategy_revision r"
                    + " WHERE r.strategy_id = ?" + scope.revisionCondition("r") + " ORDER BY revision").bind(0, id.value());
            scope.bindRevision(q, 1);
            return q.map((rs, ctx) -> new RevisionInfo(rs.getLong(1), Database.instant(rs, 2), LifecycleState.valueOf(rs.getString(3))))
                    .list();
        });
    }

    @Override
    public List<StrategyHeader> listByTerritory(TerritoryCode territory) {
        return db.withHandle("Listing strategies of " + territory, h -> {
            Query q = h.createQuery("SELECT s.id, s.current_revision, r.territory, r.title, r.kind,"
                    + " r.lifecycle_state FROM strategy s JOIN strategy_revision r ON r.strategy_id = s.id AND r.revision = s.current_revision"
                    + " WHERE s.territory = ?" + scope.condition("s.territory") + " ORDER BY s.id").bind(0, territory.toString());
            scope.bind(q, 1);
            return q.map(JdbcStrategyRepository::header).list();
        });
    }

    @Override
    public List<StrategyHeader> listAll() {
        return db.withHandle("Listing all strategies", h -> {
            Query q = h.createQuery("SELECT s.id, s.current_revision, r.territory, r.title, r.kind,"
                    + " r.lifecycle_state FROM strategy s JOIN strategy_revision r ON r.strategy_id = s.id AND r.revision = s.current_revision"
                    + " WHERE 1 = 1" + scope.condition("s.territory") + " ORDER BY s.id");
            scope.bind(q, 0);
            return q.map(JdbcStrategyRepository::header).list();
        });
    }

    /** The ids' texts, each once, in order; a null id is refused as {@code path}'s. */
    static Set<String> values(Collection<StrategyId> ids, String path) {
        Set<String> out = new LinkedHashSet<>();
        for (StrategyId id : ids) {
            if (id == null) {
                throw new ValidationException(path, "must not contain null");
            }
            out.add(id.value());
        }
        return out;
    }

    /** A row of the list queries: id, current revision, territory, title, kind, lifecycle state. */
    private static StrategyHeader header(ResultSet rs, StatementContext ctx) throws SQLException {
        return new StrategyHeader(StrategyId.of(rs.getString(1)), rs.getLong(2), TerritoryCode.parse(rs.getString(3)), rs.getString(4),
                StrategyKind.valueOf(rs.getString(5)), LifecycleState.valueOf(rs.getString(6)));
    }

    @Override
    public List<LinkedElement> findLinked(String scheme, String code) {
        return db.withHandle("Finding elements linked to " + scheme + "/" + code, h -> {
            Query q = h.createQuery("SELECT s.id, s.current_revision, s.territory, e.code, e.title, l.scheme, l.code,"
                    + " l.label FROM element_link l"
                    + " JOIN strategy s ON s.id = l.strategy_id AND s.current_revision = l.revision"
                    + " JOIN element e ON e.strategy_id = l.strategy_id AND e.revision = l.revision AND e.code = l.element_code"
                    + " WHERE l.scheme = ? AND l.code = ?" + scope.condition("s.territory")
                    + " ORDER BY s.id, e.position, l.position").bind(0, scheme).bind(1, code);
            scope.bind(q, 2);
            return q.map((rs, ctx) -> new LinkedElement(StrategyId.of(rs.getString(1)), rs.getLong(2), TerritoryCode.parse(rs.getString(3)),
                    rs.getString(4), rs.getString(5), new Link(rs.getString(6), rs.getString(7), rs.getString(8)))).list();
        });
    }
}
