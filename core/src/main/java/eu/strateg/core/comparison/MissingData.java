package eu.strateg.core.comparison;

import eu.strateg.core.territory.Territory;

/**
 * A territory left out of a comparison, and why.
 *
 * @param localCode the territory's own code looked for
 * @param year the year concerned; null when the whole indicator is left out (not defined, another definition)
 * @param detail what differs, in words (e.g. {@code unit 't', the group's 'kg/obyv.'}); null when the reason says all
 */
public record MissingData(Territory territory, String localCode, Integer year, MissingReason reason, String detail) {
}
