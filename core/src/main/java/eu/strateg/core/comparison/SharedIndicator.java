package eu.strateg.core.comparison;

import eu.strateg.core.validation.Check;
import eu.strateg.core.validation.Problems;

/**
 * An indicator compared across territories, by its common id: the indicator code every territory uses, or the id
 * an {@link IndicatorMapping} maps each territory's own code to (a national indicator id, a BDL variable id, an SDG
 * indicator such as {@code 11.6.1}).
 *
 * @param id the common id (a code: letters, digits, {@code . _ -})
 * @param normalisation how values are made comparable; null means {@link Normalisation#NONE}
 */
public record SharedIndicator(String id, Normalisation normalisation) {

    public SharedIndicator {
        Problems p = new Problems();
        Check.code(p, "id", id);
        p.throwIfAny();
        normalisation = normalisation == null ? Normalisation.NONE : normalisation;
    }

    /** An indicator compared as measured. */
    public static SharedIndicator of(String id) {
        return new SharedIndicator(id, Normalisation.NONE);
    }

    /** An indicator compared after normalisation. */
    public static SharedIndicator of(String id, Normalisation normalisation) {
        return new SharedIndicator(id, normalisation);
    }
}
