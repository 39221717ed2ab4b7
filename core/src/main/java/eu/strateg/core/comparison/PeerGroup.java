package eu.strateg.core.comparison;

import eu.strateg.core.territory.Territory;
import eu.strateg.core.territory.TerritoryCode;
import eu.strateg.core.territory.TerritoryLevel;
import eu.strateg.core.validation.Problems;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A territory's peers (srovnatelné obce / gminy podobne): the candidates of the same {@link TerritoryLevel} and the
 * same {@link SizeClass} by their latest known population, the territory itself first.
 *
 * @param members the focus territory first, then its peers in the order the candidates were given
 * @param withoutPopulation candidates of the same level left out because their population is unknown
 */
public record PeerGroup(Territory focus, TerritoryLevel level, SizeClass sizeClass, List<ComparedTerritory> members,
        List<Territory> withoutPopulation) {

    public PeerGroup {
        members = List.copyOf(members);
        withoutPopulation = List.copyOf(withoutPopulation);
    }

    /**
     * Selects the peers of {@code focus} among {@code candidates} (which must include it).
     *
     * @throws eu.strateg.core.validation.ValidationException when the focus is not among the candidates or its population is
     *     unknown
     */
    public static PeerGroup of(TerritoryCode focus, List<ComparedTerritory> candidates) {
        ComparedTerritory self = candidates.stream().filter(c -> c.territory().code().equals(focus)).findFirst().orElse(null);
        Problems p = new Problems();
        if (self == null) {
            p.add("peersOf", "territory %s is not among the territories to choose peers from", focus);
            p.throwIfAny();
        }
        BigDecimal population = self.latestPopulation().orElse(null);
        if (population == null) {
            p.add("peersOf", "the peers of %s (%s) are chosen by population size, and its population is unknown", focus,
                    self.territory().name());
            p.throwIfAny();
        }
        SizeClass sizeClass = SizeClass.of(population);
        TerritoryLevel level = self.territory().level();
        List<ComparedTerritory> members = new ArrayList<>();
        members.add(self);
        List<Territory> unknown = new ArrayList<>();
        for (ComparedTerritory c : candidates) {
            if (c == self || c.territory().level() != level) {
                continue;
            }
            Optional<BigDecimal> inhabitants = c.latestPopulation();
            if (inhabitants.isEmpty()) {
                unknown.add(c.territory());
            } else if (SizeClass.of(inhabitants.get()) == sizeClass) {
                members.add(c);
            }
        }
        return new PeerGroup(self.territory(), level, sizeClass, members, unknown);
    }
}
