/**
 * Open SDG data repositories (the layout of Open SDG sites: {@code indicator-config/<id>.yml} or
 * {@code meta/<id>.md}, {@code data/indicator_<id>.csv}), read with Jackson YAML and CSV.
 *
 * <ul>
 *   <li>{@link eu.strateg.persistence.json.opensdg.OpenSdgReader} reads a directory one indicator at a time (only
 *       regular files inside it, within size limits; cells as pandas reads them; data translated first with
 *       {@link eu.strateg.persistence.json.opensdg.Translations}); problems are reported per file, row and column, the
 *       rest is read. {@link eu.strateg.persistence.json.opensdg.OpenSdgRepository} holds a whole directory.</li>
 *   <li>{@link eu.strateg.persistence.json.opensdg.OpenSdgProgress} runs Open SDG's automatic progress
 *       calculation with the core's {@code open-sdg} method and the series selection rules of spec/evaluation.md
 *       §1; its {@code toReferenceMap()} has the structure and keys of sdg-build's
 *       {@code expected_calculation_components.yml} (per indicator: each series by
 *       {@code <id> / <series> / <unit> / <disaggregation values>}, then {@code progress_status} and
 *       {@code score}), ready to write as JSON or YAML; {@code stream} hands on one indicator at a time to
 *       {@link eu.strateg.persistence.json.opensdg.ProgressYamlWriter} (sdg-build's own file, byte for byte) or
 *       {@link eu.strateg.persistence.json.opensdg.ProgressJsonWriter}.</li>
 *   <li>{@link eu.strateg.persistence.json.opensdg.OpenSdgConversion} turns the repository into Strateg indicators
 *       and observations, one indicator per progress item.</li>
 * </ul>
 */
package eu.strateg.persistence.json.opensdg;
