package eu.strateg.persistence.json;

import eu.strateg.core.memory.InMemoryObservationStore;
import eu.strateg.core.observation.Observation;
import eu.strateg.core.observation.ObservationQuery;
import eu.strateg.core.observation.SeriesKey;
import eu.strateg.core.observation.UpsertResult;
import eu.strateg.core.observation.ObservationVersions;
import eu.strateg.core.observation.UpsertPlan;
import eu.strateg.core.period.Period;
import eu.strateg.core.port.ObservationStore;
import eu.strateg.core.strategy.StrategyId;
import eu.strateg.persistence.json.internal.DirectoryLocks;
import eu.strateg.persistence.json.internal.ObservationLog;
import java.io.IOException;
import eu.strateg.core.port.StorageFailureException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;

/**
 * An {@link ObservationStore} over a directory, next to the strategies of a {@link FileStrategyRepository} on the same
 * root: each strategy's observations are an append-only JSON Lines log, {@code root/<id>/observations.jsonl}, one
 * line per stored version with its recorded-at time, each batch ended by a commit line. Nothing is ever rewritten, so
 * every correction stays readable as history. The log is read into memory on first use and then only its new part is
 * read, so other processes' appends are seen.
 *
 * <p>Behaves exactly like {@link InMemoryObservationStore}: the upsert decision is core's {@link UpsertPlan} and the
 * value as of a time {@link ObservationVersions#inForce} (the temporal model of the observation package). An upsert is all or nothing, also across a crash, and is serialised by a lock on the strategy's folder
 * (within the JVM and between processes). Thread-safe.
 */
public final class FileObservationStore implements ObservationStore {

    static final String LOG = "observations.jsonl";
    static final String LOCK = ".observations.lock";

    private final Path root;
    private final Clock clock;
    private final Map<StrategyId, ObservationLog> logs = new ConcurrentHashMap<>();

    /** A store over {@code root} (created if missing) that stamps recorded-at times from {@code clock}. */
    public FileObservationStore(Path root, Clock clock) {
        this.root = root.toAbsolutePath().normalize();
        this.clock = clock;
        try {
            Files.createDirectories(this.root);
        } catch (IOException e) {
            throw new StorageFailureException("cannot create the observation directory " + this.root, e);
        }
    }

    public FileObservationStore(Path root) {
        this(root, Clock.systemUTC());
    }

    private ObservationLog log(StrategyId strategy) {
        return logs.computeIfAbsent(strategy, id -> new ObservationLog(StrategyFolders.folderOf(root, id).resolve(LOG)));
    }

    @Override
    public UpsertResult upsert(StrategyId strategy, Collection<Observation> observations) {
        for (Observation o : observations) {
            if (o == null) {
                // the plan reports every problem; made here so that bad input creates no folder
                UpsertPlan.of(observations, k -> List.of(), clock.instant(), clock.getZone());
            }
        }
        Path dir = StrategyFolders.folderOf(root, strategy);
        try {
            if (!Files.isDirectory(dir)) {
                Files.createDirectories(dir);
            }
        } catch (IOException e) {
            throw new StorageFailureException("cannot create " + dir, e);
        }
        ObservationLog log = log(strategy);
        return DirectoryLocks.withLock(dir.resolve(LOCK), () -> {
            synchronized (log) {
                return upsertLocked(log, observations);
            }
        });
    }

    private UpsertResult upsertLocked(ObservationLog log, Collection<Observation> observations) {
        try {
            log.refresh();
            Map<ObservationLog.Key, List<Observation>> stored = log.versions();
            UpsertPlan plan = UpsertPlan.of(observations,
                    k -> stored.getOrDefault(new ObservationLog.Key(k.series(), k.period()), List.of()), clock.instant(), clock.getZone());
            log.append(plan.toStore());
            return plan.result();
        } catch (IOException e) {
            throw new StorageFailureException("cannot store observations in " + log, e);
        }
    }

    @Override
    public List<Observation> find(ObservationQuery query) {
        ObservationLog log = existingLog(query.strategy());
        if (log == null) {
            return List.of();
        }
        List<Observation> out = new ArrayList<>();
        synchronized (log) {
            refresh(log);
            for (List<Observation> versions : log.versions().values()) {
                Observation current = current(versions, query.asOf());
                if (current != null && query.matches(current)) {
                    out.add(current);
                }
            }
        }
        out.sort(InMemoryObservationStore.ORDER);
        return out;
    }

    private static Observation current(List<Observation> versions, Instant asOf) {
        return ObservationVersions.inForce(versions, asOf);
    }

    @Override
    public void forEach(ObservationQuery query, Consumer<Observation> sink) {
        find(query).forEach(sink);
    }

    @Override
    public List<Observation> history(StrategyId strategy, SeriesKey series, Period period) {
        ObservationLog log = existingLog(strategy);
        if (log == null) {
            return List.of();
        }
        synchronized (log) {
            refresh(log);
            List<Observation> versions = log.versions().get(new ObservationLog.Key(series, period));
            return versions == null ? List.of() : versions.stream().sorted(InMemoryObservationStore.BY_RECORDED_AT).toList();
        }
    }

    @Override
    public long count(StrategyId strategy) {
        ObservationLog log = existingLog(strategy);
        if (log == null) {
            return 0;
        }
        synchronized (log) {
            refresh(log);
            return log.versions().size();
        }
    }

    /** The log of a strategy that has a folder; null (and nothing created) otherwise. */
    private ObservationLog existingLog(StrategyId strategy) {
        ObservationLog log = logs.get(strategy);
        if (log != null) {
            return log;
        }
        return Files.exists(StrategyFolders.folderOf(root, strategy).resolve(LOG)) ? log(strategy) : null;
    }

    private static void refresh(ObservationLog log) {
        try {
            log.refresh();
        } catch (IOException e) {
            throw new StorageFailureException("cannot read observations from " + log, e);
        }
    }
}
