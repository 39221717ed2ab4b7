/**
 * Observations (measured values) and the temporal model every store implements. The same history gives the same
 * answer in memory, in files, in H2 and in PostgreSQL, and the testkit's {@code ObservationTimeContract} pins it for
 * any adapter. In plain words (docs/temporal-model.md says the same at more length):
 *
 * <ol>
 *   <li><b>Versions.</b> A series (indicator + disaggregation) has at most one value per period at any instant, but
 *       many versions over time, each with its recorded-at time. The value known at an instant T is the version with
 *       the greatest recorded-at time at or before T; "now" is the one with the greatest recorded-at time of all. The
 *       order in which versions arrived does not matter: a provisional value stored after the census correction that
 *       replaced it does not become current again. ({@link eu.strateg.core.observation.ObservationVersions#inForce})</li>
 *   <li><b>One time, one value.</b> Two different values for one series and period with the same recorded-at time
 *       are a conflict: rejected with an error, nothing stored. The same value again is the same version: unchanged.
 *       Recorded-at times are kept to the microsecond.</li>
 *   <li><b>Known-from for undated rows.</b> A row without a recorded-at time, for a series and period with nothing
 *       stored yet, is history being loaded: known from the start of the day after its period ended (2024 → from
 *       2025-01-01, in the zone of the store's clock, the zone whose days evaluations use). A later different
 *       undated value is a correction known from the moment it is stored (just after the version it corrects if
 *       that one is dated later); callers may give the time instead ({@code ObservationService.record(id, rows, at)},
 *       {@code strateg import --recorded-at}).</li>
 *   <li><b>Idempotent loads.</b> Loading the same rows again changes nothing and reports 0 new, 0 corrected. A dated
 *       row equal to the version in force at its time is unchanged; an undated row equal to the latest version, or to
 *       the backfill already stored for it, is unchanged.</li>
 *   <li><b>One input, one meaning.</b> Two rows of one input (a file, a batch) giving one series and period different
 *       values with the same recorded-at time, or both undated, are an error naming both rows
 *       ({@link eu.strateg.core.observation.DuplicateRows}).</li>
 * </ol>
 *
 * <p>The upsert decision lives in one place, {@link eu.strateg.core.observation.UpsertPlan}; a store reads the stored
 * versions of the batch's series and periods, asks the plan, and writes what it says in one transaction. Evaluating
 * files therefore equals evaluating a store they were loaded into, for every as-of date. Which revision of the
 * strategy is evaluated as of a date is the revision in force then ({@code eu.strateg.core.service.RevisionInForce}).
 */
package eu.strateg.core.observation;
