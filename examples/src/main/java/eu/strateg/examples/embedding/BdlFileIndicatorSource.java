package eu.strateg.examples.embedding;

import eu.strateg.core.indicator.Indicator;
import eu.strateg.core.observation.Observation;
import eu.strateg.core.observation.ObservationStatus;
import eu.strateg.core.period.Period;
import eu.strateg.core.port.IndicatorSource;
import eu.strateg.core.strategy.Strategy;
import eu.strateg.core.territory.CodeScheme;
import eu.strateg.core.territory.TerritoryCode;
import eu.strateg.core.validation.Problem;
import eu.strateg.core.validation.Problems;
import eu.strateg.core.validation.ValidationException;
import eu.strateg.examples.embedding.BdlResponseReader.Series;
import eu.strateg.examples.embedding.BdlResponseReader.Value;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * A custom {@link IndicatorSource}: values of Statistics Poland's Local Data Bank (GUS, Bank Danych Lokalnych)
 * from JSON files saved from its API (by-variable or by-unit responses, see {@link BdlResponseReader}).
 *
 * <p>An indicator takes part when its {@code source} names a BDL variable, {@code bdl:72305}. The unit is the
 * strategy's territory: a gmina's TERYT code (7 digits) is characters 3–4 and 8–12 of the 12-character BDL unit id
 * ({@code 011212001011} → {@code 1201011}); a województwo (2 digits) is characters 3–4 with zeros after them. Only
 * values with {@code attrId} 1 are taken, because the meaning of the other attributes is not documented here.
 * Each observation names the variable, unit and file it came from; the batch's provenance lists the files.
 */
public final class BdlFileIndicatorSource implements IndicatorSource {

    /** The prefix of an indicator's {@code source} that names a BDL variable. */
    public static final String SOURCE_PREFIX = "bdl:";

    private final List<Path> files;
    private final Clock clock;

    public BdlFileIndicatorSource(List<Path> files, Clock clock) {
        this.files = List.copyOf(files);
        this.clock = clock;
    }

    /** A source over every {@code *.json} file of {@code directory}, in name order. */
    public static BdlFileIndicatorSource inDirectory(Path directory, Clock clock) {
        try (Stream<Path> list = Files.list(directory)) {
            return new BdlFileIndicatorSource(list.filter(f -> f.getFileName().toString().endsWith(".json")).sorted().toList(), clock);
        } catch (IOException e) {
            throw new ValidationException("directory", "'" + directory + "' cannot be listed: " + e.getMessage());
        }
    }

    @Override
    public String name() {
        return "bdl";
    }

    /**
     * The values of the strategy's BDL indicators for its territory. Every file is read and every problem reported
     * together; two files that give different values for the same variable, unit and year are a problem too.
     */
    @Override
    public Batch fetch(Strategy strategy) {
        Map<Long, List<String>> codesByVariable = indicatorsByVariable(strategy);
        String teryt = teryt(strategy.territory().code());
        List<Series> series = readAll();
        Problems p = new Problems();
        Map<String, Observation> byKey = new TreeMap<>();
        for (Series s : series) {
            List<String> codes = codesByVariable.get(s.variableId());
            if (codes == null || teryt == null || !teryt.equals(terytOf(s.unitId()))) {
                continue;
            }
            for (Value v : s.values()) {
                if (v.attrId() != 1) {
                    continue;
                }
                for (String code : codes) {
                    add(p, byKey, observation(code, s, v));
                }
            }
        }
        p.throwIfAny();
        List<Observation> out = new ArrayList<>(byKey.values());
        out.sort(Comparator.comparing(Observation::indicatorCode).thenComparing(Observation::period));
        String provenance = "GUS Bank Danych Lokalnych (BDL API), pliki: "
                + String.join(", ", files.stream().map(f -> String.valueOf(f.getFileName())).toList());
        return new Batch(out, provenance, clock.instant());
    }

    private static Map<Long, List<String>> indicatorsByVariable(Strategy strategy) {
        Map<Long, List<String>> out = new LinkedHashMap<>();
        for (Indicator i : strategy.indicators()) {
            String source = i.source();
            if (!i.isComputed() && source != null && source.matches(SOURCE_PREFIX + "\\d{1,18}")) {
                out.computeIfAbsent(Long.parseLong(source.substring(SOURCE_PREFIX.length())), k -> new ArrayList<>()).add(i.code());
            }
        }
        return out;
    }

    private List<Series> readAll() {
        List<Series> out = new ArrayList<>();
        List<Problem> problems = new ArrayList<>();
        for (Path f : files) {
            try {
                out.addAll(BdlResponseReader.read(f));
            } catch (ValidationException e) {
                problems.addAll(e.problems());
            }
        }
        if (!problems.isEmpty()) {
            throw new ValidationException(problems);
        }
        return out;
    }

    private static Observation observation(String code, Series s, Value v) {
        String source = "GUS BDL, zmienna " + s.variableId() + ", jednostka " + s.unitId()
                + (s.unitName() == null ? "" : " (" + s.unitName() + ")") + ", plik " + s.file();
        return new Observation(code, Period.year(v.year()), v.value(), null, ObservationStatus.FINAL, source, null, null);
    }

    private static void add(Problems p, Map<String, Observation> byKey, Observation o) {
        String key = o.indicatorCode() + "@" + o.period();
        Observation earlier = byKey.putIfAbsent(key, o);
        if (earlier != null && earlier.value().compareTo(o.value()) != 0) {
            p.add("indicators[" + o.indicatorCode() + "].values[" + o.period() + "]", "two files disagree: %s in %s, %s in %s",
                    earlier.value().toPlainString(), earlier.source(), o.value().toPlainString(), o.source());
        }
    }

    /** The strategy's TERYT code for matching, or null when the territory is not Polish. */
    private static String teryt(TerritoryCode code) {
        return code.scheme() == CodeScheme.PL_TERYT ? code.code() : null;
    }

    /** The TERYT code of a BDL unit: a gmina's 7 digits, or a województwo's 2 when the rest of the id is zeros. */
    static String terytOf(String unitId) {
        if (unitId.substring(4).chars().allMatch(c -> c == '0')) {
            return unitId.substring(2, 4);
        }
        return unitId.substring(2, 4) + unitId.substring(7, 12);
    }
}
