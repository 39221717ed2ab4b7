package eu.strateg.examples.legacy;

import eu.strateg.core.evaluation.*;
import eu.strateg.core.evaluation.method.*;
import eu.strateg.core.indicator.Indicator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The position of each indicator code in a strategy's list. Values and references usually come in the strategy's
 * order, so a look-up first tries the position the caller expects and builds the map only on the first miss.
 */
final class LegacyCodeIndex {

    private final List<Indicator> indicators;
    private Map<String, Integer> map;

    LegacyCodeIndex(List<Indicator> indicators) {
        this.indicators = indicators;
    }

    /** The position of {@code code}, trying {@code expected} first; −1 when the strategy has no such indicator. */
    int find(String code, int expected) {
        if (expected >= 0 && expected < indicators.size() && indicators.get(expected).code().equals(code)) {
            return expected;
        }
        if (map == null) {
            map = new HashMap<>(indicators.size() * 2);
            for (int i = 0; i < indicators.size(); i++) {
                map.putIfAbsent(indicators.get(i).code(), i);
            }
        }
        Integer found = map.get(code);
        return found == null ? -1 : found;
    }
}
