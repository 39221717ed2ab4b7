package eu.strateg.server.security;

import eu.strateg.core.port.TerritoryScope;
import eu.strateg.core.territory.TerritoryCode;
import eu.strateg.server.TerritoryRegister;
import java.util.HashSet;
import java.util.Set;

/**
 * The authenticated account of a request.
 *
 * @param account the account
 */
public record Caller(Account account) {

    /**
     * The territories this caller may see: every registered one for an administrator, the account's otherwise.
     *
     * @param register the territories the server hosts
     * @return the scope
     */
    public TerritoryScope scope(TerritoryRegister register) {
        return switch (account.role()) {
            case ADMINISTRATOR -> TerritoryScope.of(register.codes());
            case PUBLIC -> TerritoryScope.of(register.publicCodes());
            default -> TerritoryScope.of(account.territories());
        };
    }

    /** The caller of a request that carries no credentials: the public. */
    public static Caller anonymous() {
        return new Caller(new Account("anonymous", "", Role.PUBLIC, Set.of()));
    }

    /**
     * The scope for storing a new strategy of {@code territory}: an administrator may add a territory to the server.
     *
     * @param register the territories the server hosts
     * @param territory the new strategy's territory
     * @return the scope
     */
    public TerritoryScope scopeForNew(TerritoryRegister register, TerritoryCode territory) {
        if (account.role() != Role.ADMINISTRATOR) {
            return scope(register);
        }
        Set<TerritoryCode> codes = new HashSet<>(register.codes());
        codes.add(territory);
        return TerritoryScope.of(codes);
    }

    /** Whether the caller may change strategies. */
    public boolean mayWrite() {
        return account.role().mayWrite();
    }

    /** Whether the caller may record observations (a data steward only of its indicators: {@link Account#mayRecord}). */
    public boolean mayRecord() {
        return account.role().mayRecord();
    }
}
