package eu.strateg.server.security;

import eu.strateg.core.territory.TerritoryCode;
import java.util.Objects;
import java.util.Set;

/**
 * An account of the server.
 *
 * @param name the login name
 * @param passwordHash the BCrypt hash of the password
 * @param role what the account may do
 * @param territories the territories of a coordinator or reader (an administrator's are all the server hosts)
 */
public record Account(String name, String passwordHash, Role role, Set<TerritoryCode> territories) {

    /** Copies the territories. */
    public Account {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(passwordHash, "passwordHash");
        Objects.requireNonNull(role, "role");
        territories = Set.copyOf(territories);
    }

    @Override
    public String toString() {
        return name + " (" + role + " " + territories + ")";
    }
}
