package eu.strateg.sources.http;

import eu.strateg.core.observation.Observation;
import eu.strateg.core.observation.ObservationStatus;
import eu.strateg.core.period.Period;
import eu.strateg.core.port.IndicatorSource;
import eu.strateg.core.strategy.Strategy;
import eu.strateg.core.territory.CodeScheme;
import eu.strateg.core.territory.TerritoryCode;
import eu.strateg.core.validation.ValidationException;
import java.math.BigDecimal;
import java.net.URI;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Pattern;

/**
 * Values of ČSÚ (Czech Statistical Office) open datasets for a municipality, from the dataset's CSV distribution.
 *
 * <p>The shape read is ČSÚ's published open-data CSV scheme: UTF-8, comma-separated, double quotes around text, a
 * header row, one row per value. The columns read are {@code hodnota} (the value, a decimal with a dot; an empty
 * cell is no value and is skipped), {@code vuzemi_cis} (the code list of the territory: {@value #MUNICIPALITIES} for
 * municipalities), {@code vuzemi_kod} (the territory's code in that list: the municipality code, ZÚJ, six digits), and
 * the period: {@code rok} (the year) or, when the dataset has no {@code rok}, {@code casref_do} (the end of the
 * reference period, {@code YYYY-MM-DD}, whose year is taken). Every other column (such as {@code idhod},
 * {@code stapro_kod}, {@code vuk}, {@code pohlavi_kod}) is read only when the indicator's source filters on it.
 *
 * <p>An indicator takes part when its {@code source} names a dataset and fixes, by column = code, every column that
 * would otherwise give several values of one year, e.g. {@code csu:130149?vuk=DEM0004}. The territory must have a
 * ZÚJ code ({@link CodeScheme#CZ_ZUJ}). The dataset is read from {@code <base URL><dataset>.csv}; set the base URL to
 * where ČSÚ publishes the dataset's CSV distribution (the default is only the open-data catalogue's address; check it
 * against the dataset's CSVW/JSON metadata, whose {@code url} gives the CSV's address). Every observation names the
 * dataset and filters, the municipality and the URL in its {@code source} and carries the time it was retrieved as its
 * {@code recordedAt}. Answers are cached, requests retried with back-off and throttled as {@link HttpSettings} says.
 *
 * <p>A service that answers badly gives a {@link SourceFailureException}: an error status (a 404 at once, 5xx after
 * the retries), a body that is not UTF-8 (e.g. windows-1250; line and column named), a malformed CSV (an unclosed
 * quote, a row with another number of cells than the header, a value that is not a number, a missing column; line and
 * column named), or filters that leave two values for one year. A territory without a ZÚJ code or a source not of the
 * form above gives a {@link ValidationException}.
 */
public final class CsuOpenDataIndicatorSource implements IndicatorSource {

    /** The prefix of an indicator's {@code source} that names a ČSÚ open dataset. */
    public static final String SOURCE_PREFIX = "csu:";
    /** ČSÚ's open-data catalogue; see the class comment for the address of a dataset's CSV. */
    public static final URI DEFAULT_BASE_URL = URI.create("https://data.csu.gov.cz/opendata/sady/");
    /** The code list (číselník) of municipalities in {@code vuzemi_cis}. */
    public static final String MUNICIPALITIES = "43";

    private static final Pattern DATASET = Pattern.compile("[A-Za-z0-9_\\-]{1,60}");
    private static final Pattern FILTER = Pattern.compile("[a-z][a-z0-9_]{0,40}=[A-Za-z0-9_.\\-]{1,60}");

    /** One dataset's answer: its header and rows, with the line each row started on. */
    private record Answer(URI uri, Instant retrievedAt, Csv.Table table) {
    }

    private final URI baseUrl;
    private final JsonClient client;
    private final Clock clock;
    private final TtlCache<URI, Answer> cache;

    private CsuOpenDataIndicatorSource(Builder b) {
        this.baseUrl = b.baseUrl;
        this.clock = b.clock;
        this.client = new JsonClient(b.httpClient, b.settings, b.clock, b.sleeper, Map.of("User-Agent", "strateg-sources-http"));
        this.cache = new TtlCache<>(b.clock, b.settings.cacheTtl(), b.settings.cacheEntries());
    }

    /** A builder with {@link #DEFAULT_BASE_URL}, {@link HttpSettings#defaults()} and the system clock. */
    public static Builder builder() {
        return new Builder();
    }

    @Override
    public String name() {
        return "csu";
    }

    /**
     * The values of the strategy's ČSÚ indicators for its municipality.
     *
     * @throws ValidationException when the territory has no ZÚJ code or an indicator's source is not {@code
     *     csu:dataset?column=code&…}
     * @throws SourceFailureException when the service answers badly or not at all
     */
    @Override
    public Batch fetch(Strategy strategy) {
        Map<String, List<String>> byDeclaration = Declarations.of(strategy, SOURCE_PREFIX, CsuOpenDataIndicatorSource::problem);
        if (byDeclaration.isEmpty()) {
            return new Batch(List.of(), "ČSÚ open data: no indicator of the strategy names a ČSÚ dataset (source csu:<dataset>?…)",
                    clock.instant());
        }
        TerritoryCode code = strategy.territory().code();
        if (code.scheme() != CodeScheme.CZ_ZUJ) {
            throw ValidationException.of("territory.code", "'%s' is not a ZÚJ code: ČSÚ's datasets by municipality are by its"
                    + " six-digit code (CZ_ZUJ), and indicators %s ask for ČSÚ datasets", code,
                    String.join(", ", byDeclaration.values().stream().flatMap(List::stream).toList()));
        }
        List<Observation> out = new ArrayList<>();
        List<String> urls = new ArrayList<>();
        Instant oldest = null;
        for (Map.Entry<String, List<String>> e : byDeclaration.entrySet()) {
            String declaration = e.getKey();
            URI uri = baseUrl.resolve(dataset(declaration) + ".csv");
            Answer a = cache.get(uri, () -> load(uri));
            if (!urls.contains(a.uri().toString())) {
                urls.add(a.uri().toString());
            }
            oldest = oldest == null || a.retrievedAt().isBefore(oldest) ? a.retrievedAt() : oldest;
            String source = "ČSÚ open data, dataset " + declaration + ", obec " + code.code() + ", " + a.uri();
            for (Map.Entry<Integer, BigDecimal> v : values(a, declaration, code.code()).entrySet()) {
                for (String indicator : e.getValue()) {
                    out.add(new Observation(indicator, Period.year(v.getKey()), v.getValue(), null, ObservationStatus.FINAL, source, null,
                            a.retrievedAt()));
                }
            }
        }
        out.sort(Comparator.comparing(Observation::indicatorCode).thenComparing(Observation::period));
        return new Batch(out, "ČSÚ open data (CSV), obec " + code.code() + ": " + String.join(", ", urls) + ", retrieved " + oldest, oldest);
    }

    /** Forgets every cached answer, so the next fetch asks the service again. */
    public void clearCache() {
        cache.clear();
    }

    private Answer load(URI uri) {
        Instant retrievedAt = clock.instant().truncatedTo(ChronoUnit.MILLIS);
        return new Answer(uri, retrievedAt, Csv.read(uri, client.text(uri, "text/csv")));
    }

    /** Year → value of the rows of the municipality that match every filter of the declaration. */
    private static Map<Integer, BigDecimal> values(Answer a, String declaration, String zuj) {
        Csv.Table t = a.table();
        URI uri = a.uri();
        int value = t.column(uri, "hodnota");
        int list = t.column(uri, "vuzemi_cis");
        int territory = t.column(uri, "vuzemi_kod");
        boolean byYear = t.has("rok");
        int period = t.column(uri, byYear ? "rok" : "casref_do");
        Map<Integer, String> filters = new LinkedHashMap<>();
        for (Map.Entry<String, String> f : filters(declaration).entrySet()) {
            filters.put(t.column(uri, f.getKey()), f.getValue());
        }
        Map<Integer, BigDecimal> out = new TreeMap<>();
        Map<Integer, Integer> lineOfYear = new TreeMap<>();
        for (Csv.Row row : t.rows()) {
            if (!MUNICIPALITIES.equals(row.cell(list)) || !zuj.equals(row.cell(territory)) || !matches(row, filters)) {
                continue;
            }
            String text = row.cell(value);
            if (text.isEmpty()) {
                continue;
            }
            int year = year(uri, row, period, t.header().get(period), byYear);
            BigDecimal v;
            try {
                v = new BigDecimal(text);
            } catch (NumberFormatException ex) {
                throw new SourceFailureException(uri, 200, "line " + row.line() + ", column " + (value + 1) + " (hodnota): "
                        + JsonClient.snippet(text) + " is not a number with a dot");
            }
            Integer earlier = lineOfYear.put(year, row.line());
            if (earlier != null) {
                throw new SourceFailureException(uri, 200, "lines " + earlier + " and " + row.line() + " both give obec " + zuj + " a value for "
                        + year + " under '" + declaration + "': fix more columns in the indicator's source (e.g. ?vuk=… or ?pohlavi_kod=…)");
            }
            out.put(year, v);
        }
        return out;
    }

    private static boolean matches(Csv.Row row, Map<Integer, String> filters) {
        for (Map.Entry<Integer, String> f : filters.entrySet()) {
            if (!f.getValue().equals(row.cell(f.getKey()))) {
                return false;
            }
        }
        return true;
    }

    private static int year(URI uri, Csv.Row row, int column, String name, boolean byYear) {
        String text = row.cell(column);
        String digits = byYear ? text : text.length() >= 10 && text.charAt(4) == '-' ? text.substring(0, 4) : "";
        if (!digits.matches("\\d{4}")) {
            throw new SourceFailureException(uri, 200, "line " + row.line() + ", column " + (column + 1) + " (" + name + "): "
                    + JsonClient.snippet(text) + " is not " + (byYear ? "a year" : "a date YYYY-MM-DD"));
        }
        return Integer.parseInt(digits);
    }

    private static String problem(String declaration) {
        if (!DATASET.matcher(dataset(declaration)).matches()) {
            return "does not name a ČSÚ dataset: write csu:<dataset>?<column>=<code>&…, e.g. csu:130149?vuk=DEM0004";
        }
        int q = declaration.indexOf('?');
        if (q >= 0) {
            for (String filter : declaration.substring(q + 1).split("&", -1)) {
                if (!FILTER.matcher(filter).matches()) {
                    return "has a filter '" + filter + "' that is not <column>=<code>, e.g. vuk=DEM0004";
                }
                String column = filter.substring(0, filter.indexOf('='));
                if (List.of("hodnota", "vuzemi_cis", "vuzemi_kod", "rok", "casref_do").contains(column)) {
                    return "fixes '" + column + "', which the source reads itself";
                }
            }
        }
        return null;
    }

    private static String dataset(String declaration) {
        int q = declaration.indexOf('?');
        return q < 0 ? declaration : declaration.substring(0, q);
    }

    private static Map<String, String> filters(String declaration) {
        Map<String, String> out = new LinkedHashMap<>();
        int q = declaration.indexOf('?');
        if (q >= 0) {
            for (String filter : declaration.substring(q + 1).split("&", -1)) {
                int eq = filter.indexOf('=');
                out.put(filter.substring(0, eq), filter.substring(eq + 1));
            }
        }
        return out;
    }

    /** Settings of a {@link CsuOpenDataIndicatorSource}; every one has a default. */
    public static final class Builder extends HttpSourceBuilder<Builder> {

        private Builder() {
            super("ČSÚ open data", DEFAULT_BASE_URL);
        }

        /** The source with these settings. */
        public CsuOpenDataIndicatorSource build() {
            return new CsuOpenDataIndicatorSource(this);
        }
    }
}
