/**
 * Indicator sources over HTTP: statistics offices' web APIs as {@link eu.strateg.core.port.IndicatorSource}
 * adapters on the JDK HTTP client.
 *
 * <ul>
 *   <li>{@link eu.strateg.sources.http.BdlIndicatorSource}: GUS Bank Danych Lokalnych, indicators with source
 *       {@code bdl:<variable>}, for a territory with a TERYT code;</li>
 *   <li>{@link eu.strateg.sources.http.EurostatIndicatorSource}: Eurostat's JSON-stat datasets, indicators with source
 *       {@code eurostat:<dataset>?<dimension>=<code>&…}, for a territory with a NUTS code.</li>
 * </ul>
 *
 * <p>Both take {@link eu.strateg.sources.http.HttpSettings} (timeouts, retries with back-off on timeouts and 5xx,
 * waiting out a 429's {@code Retry-After}, a minimum interval between requests, a TTL cache), a clock and a
 * {@link eu.strateg.sources.http.Sleeper}, and report a service that answers badly as a
 * {@link eu.strateg.sources.http.SourceFailureException} naming the URL, the status and what was wrong. Every
 * observation names its source and variable and carries its retrieval time as {@code recordedAt}.
 */
package eu.strateg.sources.http;
