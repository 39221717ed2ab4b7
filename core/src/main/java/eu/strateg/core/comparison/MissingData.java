package eu.strateg.core.comparison;

import eu.strateg.core.evaluation.Status;
import eu.strateg.core.territory.Territory;

/**
 * A territory left out of a comparison, and why.
 *
 * @param localCode the territory's own code looked for
 * @param year the year concerned; null when the whole indicator is left out (not defined, another definition)
 * @param detail what differs, in words (e.g. {@code unit 't', the group's 'kg/obyv.'}); null when the reason says all
 * @param status the indicator's status in the territory's own strategy as of {@link Comparison#statusAsOf}, when the
 *     territory has the indicator and an evaluation was given (a territory can have a status without a comparable
 *     value, e.g. another unit); null otherwise
 */
public record MissingData(Territory territory, String localCode, Integer year, MissingReason reason, String detail, Status status) {

    /** Without a status. */
    public MissingData(Territory territory, String localCode, Integer year, MissingReason reason, String detail) {
        this(territory, localCode, year, reason, detail, null);
    }
}
