package eu.strateg.sources.http;

import com.fasterxml.jackson.databind.JsonNode;
import eu.strateg.core.indicator.Indicator;
import eu.strateg.core.observation.Observation;
import eu.strateg.core.observation.ObservationStatus;
import eu.strateg.core.period.Period;
import eu.strateg.core.port.IndicatorSource;
import eu.strateg.core.strategy.Strategy;
import eu.strateg.core.territory.CodeScheme;
import eu.strateg.core.territory.TerritoryCode;
import eu.strateg.core.validation.ValidationException;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Values from the web API of Statistics Poland's Local Data Bank (GUS, Bank Danych Lokalnych, {@code
 * https://bdl.stat.gov.pl/api/v1/}).
 *
 * <p>An indicator takes part when its {@code source} names a BDL variable, {@code bdl:72305}; the unit is the
 * strategy's territory, which must have a TERYT code. The source finds the BDL unit id of the TERYT code (see
 * {@link #terytOf(String)}; ids can also be given with {@link Builder#unit(String, String)}) by listing the
 * województwa ({@code GET units?level=2}) and then the powiaty or gminy of the województwo ({@code GET
 * units?parent-id=…&level=5|6}; both lists are cached), and reads every variable for that unit at once ({@code GET
 * data/by-unit/{unitId}?var-id=…&var-id=…}), following {@code links.next} across pages. Only values with {@code
 * attrId} 1 are taken, because the meaning of the other attributes is not documented here.
 *
 * <p>Every observation names the variable, the unit and the URL in its {@code source} and carries the time it was
 * retrieved as its {@code recordedAt}, so fetching the same values again changes nothing in a store.
 * Answers are cached, requests retried and throttled as {@link HttpSettings} says; the optional API key is sent as
 * the {@code X-ClientId} header. A service that answers badly gives a {@link SourceFailureException}; a TERYT code
 * BDL does not know, or a territory without one, a {@link ValidationException} on {@code territory.code}.
 */
public final class BdlIndicatorSource implements IndicatorSource {

    /** The prefix of an indicator's {@code source} that names a BDL variable. */
    public static final String SOURCE_PREFIX = "bdl:";
    /** The public address of the BDL API. */
    public static final URI DEFAULT_BASE_URL = URI.create("https://bdl.stat.gov.pl/api/v1/");
    /** The largest page the API gives. */
    public static final int MAX_PAGE_SIZE = 100;

    private static final Pattern VARIABLE = Pattern.compile(Pattern.quote(SOURCE_PREFIX) + "(\\d{1,18})");
    private static final Pattern UNIT_ID = Pattern.compile("\\d{12}");

    /** What one by-unit query gave. */
    private record UnitData(String unitId, String unitName, URI firstPage, int pages, Instant retrievedAt, Map<Long, BdlAnswers.Series> series) {
    }

    private final URI baseUrl;
    private final JsonClient client;
    private final Clock clock;
    private final int pageSize;
    private final Map<String, String> configuredUnits;
    private final TtlCache<URI, Map<String, String>> units;
    private final TtlCache<String, UnitData> data;

    private BdlIndicatorSource(Builder b) {
        this.baseUrl = b.baseUrl;
        this.clock = b.clock;
        this.pageSize = b.pageSize;
        this.configuredUnits = Map.copyOf(b.units);
        Map<String, String> headers = new LinkedHashMap<>();
        headers.put("User-Agent", "strateg-sources-http");
        if (b.apiKey != null) {
            headers.put("X-ClientId", b.apiKey);
        }
        this.client = new JsonClient(b.httpClient, b.settings, b.clock, b.sleeper, headers);
        this.units = new TtlCache<>(b.clock, b.settings.cacheTtl(), b.settings.cacheEntries());
        this.data = new TtlCache<>(b.clock, b.settings.cacheTtl(), b.settings.cacheEntries());
    }

    /** A builder for the public API with {@link HttpSettings#defaults()}, no API key and the system clock. */
    public static Builder builder() {
        return new Builder();
    }

    @Override
    public String name() {
        return "bdl";
    }

    /**
     * The values of the strategy's BDL indicators for its territory.
     *
     * @throws ValidationException when the territory has no TERYT code or BDL does not know it
     * @throws SourceFailureException when the service answers badly or not at all
     */
    @Override
    public Batch fetch(Strategy strategy) {
        Map<Long, List<String>> codesByVariable = indicatorsByVariable(strategy);
        if (codesByVariable.isEmpty()) {
            return new Batch(List.of(), "GUS BDL: no indicator of the strategy names a BDL variable (source bdl:<id>)", clock.instant());
        }
        TerritoryCode code = strategy.territory().code();
        if (code.scheme() != CodeScheme.PL_TERYT) {
            throw ValidationException.of("territory.code", "'%s' is not a TERYT code: GUS BDL has values for Polish units only, and"
                    + " indicators %s ask for BDL variables", code, String.join(", ", codesByVariable.values().stream().flatMap(List::stream).toList()));
        }
        String unitId = unitId(code.code());
        TreeSet<Long> variables = new TreeSet<>(codesByVariable.keySet());
        UnitData d = data.get(unitId + "|" + variables, () -> load(unitId, variables));
        List<Observation> out = new ArrayList<>();
        List<Long> missing = new ArrayList<>();
        for (Long variable : variables) {
            BdlAnswers.Series s = d.series().get(variable);
            if (s == null) {
                missing.add(variable);
                continue;
            }
            String source = "GUS BDL, zmienna " + variable + ", jednostka " + d.unitId() + (d.unitName() == null ? "" : " (" + d.unitName() + ")")
                    + (s.lastUpdate() == null ? "" : ", aktualizacja " + s.lastUpdate()) + ", " + d.firstPage();
            for (BdlAnswers.Value v : s.values()) {
                if (v.attrId() != 1) {
                    continue;
                }
                for (String indicator : codesByVariable.get(variable)) {
                    out.add(new Observation(indicator, Period.year(v.year()), v.value(), null, ObservationStatus.FINAL, source, null,
                            d.retrievedAt()));
                }
            }
        }
        out.sort(Comparator.comparing(Observation::indicatorCode).thenComparing(Observation::period));
        String provenance = "GUS Bank Danych Lokalnych (BDL API), jednostka " + d.unitId() + ", zmienne "
                + variables.stream().map(String::valueOf).collect(Collectors.joining(", "))
                + (missing.isEmpty() ? "" : " (bez wartości: " + missing.stream().map(String::valueOf).collect(Collectors.joining(", ")) + ")")
                + ", " + d.pages() + " stron(y) od " + d.firstPage() + ", pobrano " + d.retrievedAt();
        return new Batch(out, provenance, d.retrievedAt());
    }

    /** Forgets every cached answer, so the next fetch asks the service again. */
    public void clearCache() {
        units.clear();
        data.clear();
    }

    private static Map<Long, List<String>> indicatorsByVariable(Strategy strategy) {
        Map<Long, List<String>> out = new TreeMap<>();
        for (Indicator i : strategy.indicators()) {
            var m = i.source() == null ? null : VARIABLE.matcher(i.source());
            if (!i.isComputed() && m != null && m.matches()) {
                out.computeIfAbsent(Long.parseLong(m.group(1)), k -> new ArrayList<>()).add(i.code());
            }
        }
        return out;
    }

    // ---- units

    private String unitId(String teryt) {
        String configured = configuredUnits.get(teryt);
        if (configured != null) {
            return configured;
        }
        String voivodeship = find(uri("units", "level", "2"), teryt.substring(0, 2), "województwo");
        if (teryt.length() == 2) {
            return voivodeship;
        }
        String level = teryt.length() == 4 ? "5" : "6";
        return find(uri("units", "parent-id", voivodeship, "level", level), teryt, teryt.length() == 4 ? "powiat" : "gmina");
    }

    /** The unit of {@code teryt} in the list of units at {@code first} (every page; the list is cached, TERYT → unit id). */
    private String find(URI first, String teryt, String kind) {
        Map<String, String> listed = units.get(first, () -> list(first));
        String id = listed.get(teryt);
        if (id == null) {
            throw ValidationException.of("territory.code", "TERYT %s is not known to GUS BDL: no %s with this code among the %d units listed at %s",
                    teryt, kind, listed.size(), first);
        }
        return id;
    }

    private Map<String, String> list(URI first) {
        Map<String, String> out = new LinkedHashMap<>();
        for (JsonNode page : Paging.all(client, first)) {
            JsonNode results = page.get("results");
            if (results == null || !results.isArray()) {
                throw new SourceFailureException(first, 200, "the body is not a BDL list of units: 'results' must be a list");
            }
            for (int i = 0; i < results.size(); i++) {
                JsonNode id = results.get(i).get("id");
                if (id == null || !id.isTextual() || !UNIT_ID.matcher(id.asText()).matches()) {
                    throw new SourceFailureException(first, 200, "the body is not a BDL list of units: results[" + i
                            + "].id must be a unit id of 12 digits, such as \"011212001011\", was " + id);
                }
                String teryt = terytOf(id.asText());
                if (teryt != null) {
                    out.putIfAbsent(teryt, id.asText());
                }
            }
        }
        return out;
    }

    /**
     * The TERYT code of a 12-character BDL unit id: characters 3–4 are the województwo, 8–9 the powiat, 10–11 the
     * gmina and 12 its type ({@code 011212001011} → gmina {@code 1201011}; {@code 011212001000} → powiat {@code 1201};
     * {@code 011200000000} → województwo {@code 12}); null for the units above a województwo and for podregiony,
     * which have no TERYT code.
     */
    public static String terytOf(String unitId) {
        if (unitId == null || !UNIT_ID.matcher(unitId).matches()) {
            throw new IllegalArgumentException("'" + unitId + "' is not a BDL unit id of 12 digits, such as 011212001011");
        }
        String voivodeship = unitId.substring(2, 4);
        if (voivodeship.equals("00")) {
            return null;
        }
        if (unitId.substring(4).equals("00000000")) {
            return voivodeship;
        }
        if (unitId.substring(7).equals("00000")) {
            return null;
        }
        if (unitId.substring(9).equals("000")) {
            return voivodeship + unitId.substring(7, 9);
        }
        return voivodeship + unitId.substring(7, 12);
    }

    // ---- data

    private UnitData load(String unitId, TreeSet<Long> variables) {
        List<String> query = new ArrayList<>();
        for (Long v : variables) {
            query.add("var-id");
            query.add(String.valueOf(v));
        }
        URI first = uri("data/by-unit/" + unitId, query.toArray(String[]::new));
        Instant retrievedAt = clock.instant().truncatedTo(ChronoUnit.MILLIS);
        List<JsonNode> pages = Paging.all(client, first);
        Map<Long, BdlAnswers.Series> series = new TreeMap<>();
        String unitName = null;
        for (int n = 0; n < pages.size(); n++) {
            String name = BdlAnswers.readByUnitPage(first, n, pages.get(n), unitId, series);
            unitName = name != null ? name : unitName;
        }
        return new UnitData(unitId, unitName, first, pages.size(), retrievedAt, series);
    }

    /** {@code base/path?name=value&…&format=json&page-size=…} with the values encoded. */
    private URI uri(String path, String... nameValues) {
        StringBuilder q = new StringBuilder();
        for (int i = 0; i + 1 < nameValues.length; i += 2) {
            q.append(URLEncoder.encode(nameValues[i], StandardCharsets.UTF_8)).append('=')
                    .append(URLEncoder.encode(nameValues[i + 1], StandardCharsets.UTF_8)).append('&');
        }
        q.append("format=json&page=0&page-size=").append(pageSize);
        return baseUrl.resolve(path + "?" + q);
    }

    /** Settings of a {@link BdlIndicatorSource}; every one has a default. */
    public static final class Builder extends HttpSourceBuilder<Builder> {

        private String apiKey;
        private int pageSize = MAX_PAGE_SIZE;
        private final Map<String, String> units = new LinkedHashMap<>();

        private Builder() {
            super("BDL", DEFAULT_BASE_URL);
        }

        /** The API key (BDL's client id), sent as the {@code X-ClientId} header; null for anonymous use. */
        public Builder apiKey(String key) {
            if (key != null && !key.matches("[\\x21-\\x7E]{1,200}")) {
                throw new IllegalArgumentException("the BDL API key must be 1 to 200 printable ASCII characters without spaces");
            }
            this.apiKey = key;
            return this;
        }

        /** Results per page, 1 to {@link #MAX_PAGE_SIZE} (the default). */
        public Builder pageSize(int size) {
            if (size < 1 || size > MAX_PAGE_SIZE) {
                throw new IllegalArgumentException("the BDL page size must be between 1 and " + MAX_PAGE_SIZE + ", was " + size);
            }
            this.pageSize = size;
            return this;
        }

        /** The BDL unit id of a TERYT code, used without asking the API (e.g. {@code 1219043} → {@code 011212019043}). */
        public Builder unit(String teryt, String unitId) {
            if (!CodeScheme.PL_TERYT.accepts(teryt)) {
                throw new IllegalArgumentException("'" + teryt + "' is not a TERYT code: it must be " + CodeScheme.PL_TERYT.rule());
            }
            if (!teryt.equals(terytOf(unitId))) {
                throw new IllegalArgumentException("BDL unit " + unitId + " has TERYT code " + terytOf(unitId) + ", not " + teryt);
            }
            units.put(teryt, unitId);
            return this;
        }

        public BdlIndicatorSource build() {
            return new BdlIndicatorSource(this);
        }
    }
}
