package eu.strateg.server.security;

import eu.strateg.core.territory.TerritoryCode;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * An account of the server.
 *
 * @param name the login name
 * @param passwordHash the BCrypt hash of the password
 * @param role what the account may do
 * @param territories the territories of a coordinator, data steward or reader (an administrator's are all the server hosts)
 * @param indicators of a data steward: per territory, the codes of the indicators whose values it may record
 */
public record Account(String name, String passwordHash, Role role, Set<TerritoryCode> territories, Map<TerritoryCode, Set<String>> indicators) {

    /** Copies the territories and indicators. */
    public Account {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(passwordHash, "passwordHash");
        Objects.requireNonNull(role, "role");
        territories = Set.copyOf(territories);
        Map<TerritoryCode, Set<String>> copy = new LinkedHashMap<>();
        indicators.forEach((t, codes) -> copy.put(t, Set.copyOf(codes)));
        indicators = Map.copyOf(copy);
    }

    /** An account that is not a data steward (no indicators of its own). */
    public Account(String name, String passwordHash, Role role, Set<TerritoryCode> territories) {
        this(name, passwordHash, role, territories, Map.of());
    }

    /**
     * Whether this account may record values of an indicator of a territory's strategy: a data steward only of the
     * indicators listed for it in that territory, an administrator or coordinator of every indicator.
     *
     * @param territory the strategy's territory
     * @param indicatorCode the indicator
     * @return whether it may
     */
    public boolean mayRecord(TerritoryCode territory, String indicatorCode) {
        if (role == Role.DATA_STEWARD) {
            return indicators.getOrDefault(territory, Set.of()).contains(indicatorCode);
        }
        return role.mayWrite();
    }

    @Override
    public String toString() {
        return name + " (" + role + " " + territories + ")";
    }
}
