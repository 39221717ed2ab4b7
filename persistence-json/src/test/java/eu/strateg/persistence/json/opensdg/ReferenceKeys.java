package eu.strateg.persistence.json.opensdg;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/**
 * Matches the reference's series keys to Strateg's. Strateg writes keys in full ({@code <id> / <series> / <unit> /
 * <disaggregation values>}); published reference files also hold keys cut short (issue 16), so a reference key
 * matches the one full key it equals, or else the only full key it is a prefix of.
 */
final class ReferenceKeys {

    private ReferenceKeys() {
    }

    /** The full key that {@code referenceKey} stands for, or null when none or several do. */
    static String match(String referenceKey, Collection<String> fullKeys) {
        if (fullKeys.contains(referenceKey)) {
            return referenceKey;
        }
        List<String> candidates = new ArrayList<>();
        for (String k : fullKeys) {
            if (k.startsWith(referenceKey)) {
                candidates.add(k);
            }
        }
        return candidates.size() == 1 ? candidates.get(0) : null;
    }
}
