package eu.strateg.persistence.json;

import eu.strateg.core.port.LinkedElement;
import eu.strateg.core.port.RevisionConflictException;
import eu.strateg.core.port.RevisionInfo;
import eu.strateg.core.port.StrategyHeader;
import eu.strateg.core.port.StrategyRepository;
import eu.strateg.core.strategy.Element;
import eu.strateg.core.strategy.Link;
import eu.strateg.core.strategy.Strategy;
import eu.strateg.core.strategy.StrategyId;
import eu.strateg.core.territory.TerritoryCode;
import eu.strateg.core.validation.ValidationException;
import eu.strateg.persistence.json.internal.AtomicFiles;
import eu.strateg.persistence.json.internal.DirectoryLocks;
import eu.strateg.persistence.json.internal.FileOps;
import eu.strateg.persistence.json.internal.IoMessages;
import eu.strateg.persistence.json.internal.RevisionIndex;
import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A {@link StrategyRepository} over a directory, for towns that need no database: one folder per strategy id,
 * holding every revision as a strategy document, the current one, and an index.
 *
 * <pre>
 * root/
 *   kyjov-2030/
 *     index.json              every revision: save time, lifecycle state, adopted or not (the commit point)
 *     strategy.json           a copy of the current revision, for people and tools
 *     revisions/000001.json   each saved revision, never changed again
 *     .lock                   lock file for concurrent saves
 * </pre>
 *
 * <p>Writes are atomic (temporary file, fsync, atomic rename, fsync of the directory), so a crash or a failed write
 * leaves the previous revision loadable and no half-written file visible. A save holds a lock on the strategy's
 * folder (within the JVM and between processes) while it checks the expected revision, so of two concurrent saves
 * exactly one wins and the other gets a {@link RevisionConflictException}. Strategy ids are safe file names by
 * construction; the resolved folder is checked to lie directly inside the root all the same. Thread-safe.
 */
public final class FileStrategyRepository implements StrategyRepository {

    private static final Logger LOG = LoggerFactory.getLogger(FileStrategyRepository.class);
    static final String INDEX = "index.json";
    static final String CURRENT = "strategy.json";
    static final String LOCK = ".lock";

    private final Path root;
    private final Clock clock;
    private final FileOps ops;
    private final StrategyJson json;
    private final Map<StrategyId, Strategy> currentCache = new ConcurrentHashMap<>();

    /** A repository over {@code root} (created if missing) that stamps save times from {@code clock}. */
    public FileStrategyRepository(Path root, Clock clock) {
        this(root, clock, FileOps.DEFAULT, StrategyJson.create());
    }

    public FileStrategyRepository(Path root) {
        this(root, Clock.systemUTC());
    }

    FileStrategyRepository(Path root, Clock clock, FileOps ops, StrategyJson json) {
        this.root = root.toAbsolutePath().normalize();
        this.clock = clock;
        this.ops = ops;
        this.json = json;
        try {
            Files.createDirectories(this.root);
        } catch (IOException e) {
            throw IoMessages.failure("cannot create the repository directory " + this.root, e);
        }
    }

    public Path root() {
        return root;
    }

    /** The folder of a strategy, checked to lie directly inside the root. */
    Path folderOf(StrategyId id) {
        return StrategyFolders.folderOf(root, id);
    }

    @Override
    public Strategy save(Strategy strategy, long expectedRevision) {
        Path dir = folderOf(strategy.id());
        try {
            Files.createDirectories(dir.resolve("revisions"));
        } catch (IOException e) {
            throw IoMessages.failure("cannot create " + dir, e);
        }
        return DirectoryLocks.withLock(dir.resolve(LOCK), () -> saveLocked(dir, strategy, expectedRevision));
    }

    private Strategy saveLocked(Path dir, Strategy strategy, long expectedRevision) {
        try {
            RevisionIndex index = readIndex(dir, strategy.id());
            if (index == null) {
                index = new RevisionIndex(strategy.id().value(), List.of());
            }
            long current = index.currentRevision();
            if (current != expectedRevision) {
                throw new RevisionConflictException(strategy.id(), expectedRevision, current);
            }
            Strategy saved = strategy.withRevision(current + 1);
            byte[] document = json.toBytes(saved);
            AtomicFiles.replace(ops, dir.resolve(RevisionIndex.fileOf(saved.revision())), out -> out.write(document));
            RevisionIndex next = index.plus(new RevisionInfo(saved.revision(), clock.instant(), saved.lifecycle().state()));
            AtomicFiles.replace(ops, dir.resolve(INDEX), next::write);
            currentCache.put(saved.id(), saved);
            writeCurrentCopy(dir, document);
            return saved;
        } catch (IOException e) {
            throw IoMessages.failure("cannot save strategy " + strategy.id() + " in " + dir + " (nothing was saved)", e);
        }
    }

    /** The copy is for people only: the save is already committed, so a failure here is logged, not thrown. */
    private void writeCurrentCopy(Path dir, byte[] document) {
        try {
            AtomicFiles.replace(ops, dir.resolve(CURRENT), out -> out.write(document));
        } catch (IOException | RuntimeException e) {
            LOG.warn("Saved, but could not update the convenience copy {}: {}", dir.resolve(CURRENT), e.toString());
        }
    }

    /** The index of a folder, or null when the folder holds no saved strategy (or one whose id differs only in case). */
    private RevisionIndex readIndex(Path dir, StrategyId id) throws IOException {
        RevisionIndex index = RevisionIndex.read(dir.resolve(INDEX));
        if (index != null && !index.strategyId().equals(id.value())) {
            throw ValidationException.of("id", "the folder %s holds strategy '%s', not '%s': on this file system ids that differ only "
                    + "in letter case share a folder; choose another id", dir, index.strategyId(), id.value());
        }
        return index;
    }

    private RevisionIndex indexOf(StrategyId id) {
        try {
            return readIndex(folderOf(id), id);
        } catch (IOException e) {
            throw IoMessages.failure("cannot read the index of " + id, e);
        }
    }

    @Override
    public Optional<Strategy> find(StrategyId id) {
        RevisionIndex index = indexOf(id);
        if (index == null || index.revisions().isEmpty()) {
            return Optional.empty();
        }
        long current = index.currentRevision();
        Strategy cached = currentCache.get(id);
        if (cached != null && cached.revision() == current) {
            return Optional.of(cached);
        }
        Strategy loaded = load(id, current);
        currentCache.put(id, loaded);
        return Optional.of(loaded);
    }

    @Override
    public Optional<Strategy> find(StrategyId id, long revision) {
        RevisionIndex index = indexOf(id);
        if (index == null || revision < 1 || revision > index.currentRevision()) {
            return Optional.empty();
        }
        return Optional.of(load(id, revision));
    }

    private Strategy load(StrategyId id, long revision) {
        Path file = folderOf(id).resolve(RevisionIndex.fileOf(revision));
        Strategy s;
        try {
            s = json.read(file);
        } catch (ValidationException e) {
            throw e.under(file.toString());
        }
        if (!s.id().equals(id) || s.revision() != revision) {
            throw ValidationException.of(file.toString(), "holds %s revision %d, expected %s revision %d", s.id(), s.revision(), id, revision);
        }
        return s;
    }

    @Override
    public List<RevisionInfo> history(StrategyId id) {
        RevisionIndex index = indexOf(id);
        return index == null ? List.of() : index.revisions();
    }

    @Override
    public List<StrategyHeader> listByTerritory(TerritoryCode territory) {
        List<StrategyHeader> out = new ArrayList<>();
        for (Strategy s : currentStrategies()) {
            if (s.territory().code().equals(territory)) {
                out.add(StrategyHeader.of(s));
            }
        }
        return out;
    }

    @Override
    public List<StrategyHeader> listAll() {
        return currentStrategies().stream().map(StrategyHeader::of).toList();
    }

    @Override
    public List<LinkedElement> findLinked(String scheme, String code) {
        List<LinkedElement> out = new ArrayList<>();
        for (Strategy s : currentStrategies()) {
            for (Element e : s.elements()) {
                for (Link l : e.links()) {
                    if (l.scheme().equals(scheme) && l.code().equals(code)) {
                        out.add(new LinkedElement(s.id(), s.revision(), s.territory().code(), e.code(), e.title(), l));
                    }
                }
            }
        }
        return out;
    }

    /** The current revision of every saved strategy, ordered by id. */
    private List<Strategy> currentStrategies() {
        List<StrategyId> ids = new ArrayList<>();
        try (DirectoryStream<Path> dirs = Files.newDirectoryStream(root, Files::isDirectory)) {
            for (Path d : dirs) {
                StrategyFolders.idOf(d).ifPresent(ids::add);
            }
        } catch (IOException e) {
            throw IoMessages.failure("cannot list " + root, e);
        }
        ids.sort(Comparator.comparing(StrategyId::value));
        List<Strategy> out = new ArrayList<>();
        for (StrategyId id : ids) {
            find(id).ifPresent(out::add);
        }
        return out;
    }
}
