package eu.strateg.persistence.jdbc;

import eu.strateg.core.territory.TerritoryCode;
import eu.strateg.core.validation.ValidationException;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.jdbi.v3.core.statement.SqlStatement;

/**
 * The territories a repository or store may see. Enforced in the SQL of every statement (a condition on the
 * territory column), never by filtering rows after they were read.
 */
final class Scope {

    static final Scope ALL = new Scope(null);

    /** Territory codes as stored ({@code CZ_ZUJ:595209}); null means every territory. */
    private final List<String> territories;

    private Scope(List<String> territories) {
        this.territories = territories;
    }

    static Scope of(Set<TerritoryCode> codes) {
        if (codes == null) {
            throw new ValidationException("territories", "a scope needs a set of territories (it may be empty)");
        }
        TreeSet<String> sorted = new TreeSet<>();
        for (TerritoryCode t : codes) {
            if (t == null) {
                throw new ValidationException("territories", "a scope must not contain null");
            }
            sorted.add(t.toString());
        }
        return new Scope(List.copyOf(sorted));
    }

    boolean isAll() {
        return territories == null;
    }

    boolean allows(TerritoryCode code) {
        return territories == null || Collections.binarySearch(territories, code.toString()) >= 0;
    }

    /** {@code AND column IN (?, …)}, or nothing when unscoped; bind its parameters with {@link #bind}. */
    String condition(String column) {
        if (territories == null) {
            return "";
        }
        if (territories.isEmpty()) {
            return " AND 1 = 0";
        }
        return " AND " + column + " IN (" + String.join(", ", Collections.nCopies(territories.size(), "?")) + ")";
    }

    /**
     * The condition for a revision (table alias {@code r} of {@code strategy_revision}) to be visible, the rule of core's
     * {@code TerritoryScope}: the strategy's current territory is in scope (a strategy belongs to the territory of its
     * current revision) and so is the revision's own (a strategy moved into the scope keeps its older revisions of
     * other territories hidden). Bind it with {@link #bindRevision}.
     */
    String revisionCondition(String alias) {
        if (territories == null) {
            return "";
        }
        return condition(alias + ".territory") + " AND EXISTS (SELECT 1 FROM strategy cur WHERE cur.id = " + alias + ".strategy_id"
                + condition("cur.territory") + ")";
    }

    /** Binds the parameters of {@link #revisionCondition} from position {@code index} (Jdbi's, from 0); returns the next one. */
    int bindRevision(SqlStatement<?> statement, int index) {
        return bind(statement, bind(statement, index));
    }

    /** Binds the parameters of {@link #condition} from position {@code index} (Jdbi's, from 0); returns the next one. */
    int bind(SqlStatement<?> statement, int index) {
        int i = index;
        if (territories != null) {
            for (String t : territories) {
                statement.bind(i++, t);
            }
        }
        return i;
    }

    /** Rejects a write for a territory outside the scope. */
    void requireAllowed(TerritoryCode code, String what) {
        if (!allows(code)) {
            throw ValidationException.of("territory", "%s: territory %s is outside this store's scope %s", what, code, territories);
        }
    }

    @Override
    public String toString() {
        return territories == null ? "all territories" : territories.toString();
    }
}
