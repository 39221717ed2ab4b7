package eu.strateg.core.territory;

import eu.strateg.core.validation.Check;
import eu.strateg.core.validation.Problems;

/**
 * The place a strategy belongs to (území / terytorium): a municipality, district or region, identified by
 * its official code. {@code parent} is the code of the territory it lies in, if known.
 */
public record Territory(TerritoryCode code, String name, TerritoryLevel level, TerritoryCode parent) {

    public Territory {
        Problems p = new Problems();
        Check.required(p, "code", code);
        Check.text(p, "name", name);
        Check.required(p, "level", level);
        if (code != null && code.equals(parent)) {
            p.add("parent", "a territory cannot lie in itself (%s)", code);
        }
        p.throwIfAny();
    }

    public static Territory of(TerritoryCode code, String name, TerritoryLevel level) {
        return new Territory(code, name, level, null);
    }
}
