package eu.strateg.sources.http;

import eu.strateg.core.observation.Observation;
import eu.strateg.core.observation.ObservationStatus;
import eu.strateg.core.port.IndicatorSource;
import eu.strateg.core.strategy.Strategy;
import eu.strateg.core.territory.CodeScheme;
import eu.strateg.core.territory.TerritoryCode;
import eu.strateg.core.validation.ValidationException;
import java.net.URI;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Values of Eurostat datasets for a NUTS region, from its dissemination API in JSON-stat 2.0 ({@code
 * https://ec.europa.eu/eurostat/api/dissemination/statistics/1.0/data/{dataset}?geo=…}).
 *
 * <p>An indicator takes part when its {@code source} names a dataset and fixes every dimension but time and geo, e.g.
 * {@code eurostat:demo_r_pjanaggr3?sex=T&age=TOTAL&unit=NR}; the geo code is the strategy's territory, which must
 * have a NUTS code. Values flagged {@code p} are provisional, {@code e} estimates; any flag is kept in the note. Every
 * observation names the dataset and filters, the region and the URL in its {@code source} and carries the time it was
 * retrieved as its {@code recordedAt}.
 * Answers are cached, requests retried and throttled as {@link HttpSettings} says. A service that answers badly
 * (including a dataset with a dimension the source does not fix) gives a {@link SourceFailureException}; a territory
 * without a NUTS code or a source that is not of the form above, a {@link ValidationException}.
 */
public final class EurostatIndicatorSource implements IndicatorSource {

    /** The prefix of an indicator's {@code source} that names a Eurostat dataset. */
    public static final String SOURCE_PREFIX = "eurostat:";
    /** The public address of the dissemination API's data endpoint. */
    public static final URI DEFAULT_BASE_URL = URI.create("https://ec.europa.eu/eurostat/api/dissemination/statistics/1.0/data/");

    private static final Pattern DATASET = Pattern.compile("[A-Za-z0-9_]{1,40}");
    private static final Pattern FILTER = Pattern.compile("[A-Za-z][A-Za-z0-9_]{0,30}=[A-Za-z0-9_.\\-]{1,40}");
    private static final Set<String> RESERVED = Set.of("geo", "time", "format", "lang", "sincetimeperiod", "untiltimeperiod", "lastTimePeriod");

    /** One query's answer. */
    private record Answer(URI uri, Instant retrievedAt, JsonStat.Series series) {
    }

    private final URI baseUrl;
    private final JsonClient client;
    private final Clock clock;
    private final String lang;
    private final TtlCache<URI, Answer> cache;

    private EurostatIndicatorSource(Builder b) {
        this.baseUrl = b.baseUrl;
        this.clock = b.clock;
        this.lang = b.lang;
        this.client = new JsonClient(b.httpClient, b.settings, b.clock, b.sleeper, Map.of("User-Agent", "strateg-sources-http"));
        this.cache = new TtlCache<>(b.clock, b.settings.cacheTtl(), b.settings.cacheEntries());
    }

    /** A builder for the public API with {@link HttpSettings#defaults()}, English labels and the system clock. */
    public static Builder builder() {
        return new Builder();
    }

    @Override
    public String name() {
        return "eurostat";
    }

    /**
     * The values of the strategy's Eurostat indicators for its NUTS region.
     *
     * @throws ValidationException when the territory has no NUTS code or an indicator's source is not {@code
     *     eurostat:dataset?dim=code&…}
     * @throws SourceFailureException when the service answers badly or not at all
     */
    @Override
    public Batch fetch(Strategy strategy) {
        Map<String, List<String>> codesByDeclaration = Declarations.of(strategy, SOURCE_PREFIX, EurostatIndicatorSource::problem);
        if (codesByDeclaration.isEmpty()) {
            return new Batch(List.of(), "Eurostat: no indicator of the strategy names a Eurostat dataset (source eurostat:<dataset>?…)",
                    clock.instant());
        }
        TerritoryCode code = strategy.territory().code();
        if (code.scheme() != CodeScheme.NUTS) {
            throw ValidationException.of("territory.code", "'%s' is not a NUTS code: Eurostat's regional datasets are by NUTS region, and"
                    + " indicators %s ask for Eurostat datasets", code, String.join(", ", codesByDeclaration.values().stream().flatMap(List::stream).toList()));
        }
        List<Observation> out = new ArrayList<>();
        List<String> urls = new ArrayList<>();
        Instant oldest = null;
        for (Map.Entry<String, List<String>> e : codesByDeclaration.entrySet()) {
            URI uri = uri(e.getKey(), code.code());
            Answer a = cache.get(uri, () -> load(uri, code.code(), e.getKey()));
            urls.add(a.uri().toString());
            oldest = oldest == null || a.retrievedAt().isBefore(oldest) ? a.retrievedAt() : oldest;
            String source = "Eurostat, " + e.getKey() + ", geo " + code.code() + (a.series().updated() == null ? "" : ", updated " + a.series().updated())
                    + ", " + a.uri();
            for (JsonStat.Cell c : a.series().cells()) {
                for (String indicator : e.getValue()) {
                    out.add(new Observation(indicator, c.period(), c.value(), null, status(c.flag()), source,
                            c.flag() == null ? null : "Eurostat flag '" + c.flag() + "'", a.retrievedAt()));
                }
            }
        }
        out.sort(Comparator.comparing(Observation::indicatorCode).thenComparing(Observation::period));
        return new Batch(out, "Eurostat dissemination API (JSON-stat 2.0), geo " + code.code() + ": " + String.join(", ", urls)
                + ", retrieved " + oldest, oldest);
    }

    /** Forgets every cached answer, so the next fetch asks the service again. */
    public void clearCache() {
        cache.clear();
    }

    private static ObservationStatus status(String flag) {
        if (flag == null) {
            return ObservationStatus.FINAL;
        }
        if (flag.contains("p")) {
            return ObservationStatus.PROVISIONAL;
        }
        return flag.contains("e") ? ObservationStatus.ESTIMATE : ObservationStatus.FINAL;
    }

    private static String problem(String declaration) {
        int q = declaration.indexOf('?');
        String dataset = q < 0 ? declaration : declaration.substring(0, q);
        if (!DATASET.matcher(dataset).matches()) {
            return "does not name a Eurostat dataset: write eurostat:<dataset>?<dimension>=<code>&…, e.g. eurostat:demo_r_pjanaggr3?sex=T&age=TOTAL&unit=NR";
        }
        if (q >= 0) {
            for (String filter : declaration.substring(q + 1).split("&", -1)) {
                if (!FILTER.matcher(filter).matches()) {
                    return "has a filter '" + filter + "' that is not <dimension>=<code>, e.g. sex=T";
                }
                if (RESERVED.contains(filter.substring(0, filter.indexOf('=')))) {
                    return "fixes '" + filter.substring(0, filter.indexOf('=')) + "', which the source sets itself";
                }
            }
        }
        return null;
    }

    private URI uri(String declaration, String geo) {
        int q = declaration.indexOf('?');
        String dataset = q < 0 ? declaration : declaration.substring(0, q);
        String filters = q < 0 ? "" : declaration.substring(q + 1) + "&";
        return baseUrl.resolve(dataset + "?" + filters + "geo=" + geo + "&format=JSON&lang=" + lang);
    }

    private Answer load(URI uri, String geo, String declaration) {
        Instant retrievedAt = clock.instant().truncatedTo(ChronoUnit.MILLIS);
        return new Answer(uri, retrievedAt, JsonStat.read(uri, client.get(uri), geo, declaration));
    }

    /** Settings of an {@link EurostatIndicatorSource}; every one has a default. */
    public static final class Builder extends HttpSourceBuilder<Builder> {

        private String lang = "EN";

        private Builder() {
            super("Eurostat", DEFAULT_BASE_URL);
        }

        /** The language of labels: {@code EN} (default), {@code FR} or {@code DE}. */
        public Builder lang(String language) {
            if (!Set.of("EN", "FR", "DE").contains(language)) {
                throw new IllegalArgumentException("Eurostat labels are in EN, FR or DE, not " + language);
            }
            this.lang = language;
            return this;
        }

        /** The source with these settings. */
        public EurostatIndicatorSource build() {
            return new EurostatIndicatorSource(this);
        }
    }
}
