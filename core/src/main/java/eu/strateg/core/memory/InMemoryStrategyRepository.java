package eu.strateg.core.memory;

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
import java.time.Clock;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * A {@link StrategyRepository} in memory: for tests, demos and embedders that persist elsewhere. Thread-safe;
 * every revision is kept.
 */
public final class InMemoryStrategyRepository implements StrategyRepository {

    private record Saved(Strategy strategy, RevisionInfo info) {
    }

    private final Clock clock;
    private final Map<StrategyId, List<Saved>> revisions = new TreeMap<>(Comparator.comparing(StrategyId::value));

    public InMemoryStrategyRepository(Clock clock) {
        this.clock = clock;
    }

    public InMemoryStrategyRepository() {
        this(Clock.systemUTC());
    }

    @Override
    public synchronized Strategy save(Strategy strategy, long expectedRevision) {
        List<Saved> list = revisions.computeIfAbsent(strategy.id(), k -> new ArrayList<>());
        long current = list.size();
        if (current != expectedRevision) {
            if (list.isEmpty()) {
                revisions.remove(strategy.id());
            }
            throw new RevisionConflictException(strategy.id(), expectedRevision, current);
        }
        Strategy saved = strategy.withRevision(current + 1);
        list.add(new Saved(saved, new RevisionInfo(saved.revision(), clock.instant(), saved.lifecycle().state())));
        return saved;
    }

    @Override
    public synchronized Optional<Strategy> find(StrategyId id) {
        List<Saved> list = revisions.get(id);
        return list == null || list.isEmpty() ? Optional.empty() : Optional.of(list.get(list.size() - 1).strategy());
    }

    @Override
    public synchronized Optional<Strategy> find(StrategyId id, long revision) {
        List<Saved> list = revisions.get(id);
        if (list == null || revision < 1 || revision > list.size()) {
            return Optional.empty();
        }
        return Optional.of(list.get((int) revision - 1).strategy());
    }

    @Override
    public synchronized List<RevisionInfo> history(StrategyId id) {
        List<Saved> list = revisions.get(id);
        return list == null ? List.of() : list.stream().map(Saved::info).toList();
    }

    @Override
    public synchronized List<StrategyHeader> listByTerritory(TerritoryCode territory) {
        List<StrategyHeader> out = new ArrayList<>();
        for (List<Saved> list : revisions.values()) {
            Strategy s = list.get(list.size() - 1).strategy();
            if (s.territory().code().equals(territory)) {
                out.add(StrategyHeader.of(s));
            }
        }
        return out;
    }

    @Override
    public synchronized List<StrategyHeader> listAll() {
        List<StrategyHeader> out = new ArrayList<>();
        for (List<Saved> list : revisions.values()) {
            out.add(StrategyHeader.of(list.get(list.size() - 1).strategy()));
        }
        out.sort(java.util.Comparator.comparing(h -> h.id().value()));
        return out;
    }

    @Override
    public synchronized List<LinkedElement> findLinked(String scheme, String code) {
        List<LinkedElement> out = new ArrayList<>();
        for (List<Saved> list : revisions.values()) {
            Strategy s = list.get(list.size() - 1).strategy();
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
}
