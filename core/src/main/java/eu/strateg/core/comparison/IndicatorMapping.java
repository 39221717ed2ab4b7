package eu.strateg.core.comparison;

import com.google.common.collect.ImmutableMap;
import eu.strateg.core.territory.TerritoryCode;
import eu.strateg.core.validation.Check;
import eu.strateg.core.validation.Problems;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Which of a territory's own indicator codes stands for which common id (mapování ukazatelů / mapowanie wskaźników):
 * territory → {local code → common id}. A Czech town's {@code NEZAM} and Niepołomice's {@code BEZROBOCIE} can both be
 * mapped to {@code unemployment}. A territory, or a common id, that the mapping does not mention is looked up by the
 * common id itself (shared by code).
 *
 * <p>Rejected: a local code or common id that is not a code; two local codes of one territory mapped to the same
 * common id (which would be compared is then ambiguous).
 */
public final class IndicatorMapping {

    private static final IndicatorMapping NONE = new IndicatorMapping(Map.of());

    /** territory → common id → local code */
    private final ImmutableMap<TerritoryCode, ImmutableMap<String, String>> localByCommon;

    private IndicatorMapping(Map<TerritoryCode, ImmutableMap<String, String>> localByCommon) {
        this.localByCommon = ImmutableMap.copyOf(localByCommon);
    }

    /** No mapping: every indicator is shared by its code. */
    public static IndicatorMapping none() {
        return NONE;
    }

    /**
     * A mapping from territory → {local code → common id}.
     *
     * @throws eu.strateg.core.validation.ValidationException naming the territory and codes of each problem
     */
    public static IndicatorMapping of(Map<TerritoryCode, Map<String, String>> commonByLocal) {
        Problems p = new Problems();
        Map<TerritoryCode, ImmutableMap<String, String>> out = new LinkedHashMap<>();
        commonByLocal.forEach((territory, codes) -> {
            Check.required(p, "territory", territory);
            Map<String, String> inverse = new HashMap<>();
            codes.forEach((local, common) -> {
                String path = territory + "." + local;
                Check.code(p, path, local);
                Check.code(p, path, common);
                String earlier = inverse.putIfAbsent(common, local);
                if (earlier != null) {
                    p.add(path, "both %s and %s of %s are mapped to %s; map one local code to each common id", earlier, local,
                            territory, common);
                }
            });
            if (territory != null) {
                out.put(territory, ImmutableMap.copyOf(inverse));
            }
        });
        p.throwIfAny();
        return new IndicatorMapping(out);
    }

    /** The territory's own code for a common id: the mapped one, else the common id itself. */
    public String localCode(TerritoryCode territory, String commonId) {
        ImmutableMap<String, String> codes = localByCommon.get(territory);
        String local = codes == null ? null : codes.get(commonId);
        return local != null ? local : commonId;
    }

    /** Whether the territory's code for the common id came from the mapping (rather than from the id itself). */
    public Optional<String> mapped(TerritoryCode territory, String commonId) {
        ImmutableMap<String, String> codes = localByCommon.get(territory);
        return Optional.ofNullable(codes == null ? null : codes.get(commonId));
    }
}
