package eu.strateg.testkit.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import eu.strateg.core.observation.Observation;
import eu.strateg.core.observation.ObservationQuery;
import eu.strateg.core.observation.ObservationStatus;
import eu.strateg.core.observation.SeriesKey;
import eu.strateg.core.period.Period;
import eu.strateg.core.port.ObservationStore;
import eu.strateg.core.port.StrategyRepository;
import eu.strateg.core.strategy.Element;
import eu.strateg.core.strategy.Lifecycle;
import eu.strateg.core.strategy.Strategy;
import eu.strateg.core.strategy.StrategyId;
import eu.strateg.core.validation.Check;
import eu.strateg.testkit.ExampleStrategies;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

/**
 * Issue 13.12: texts and dates that are valid but tricky, which every store must accept and return unchanged, so
 * that all stores (in-memory, JSON files, H2, PostgreSQL) agree. Texts: characters outside the Basic Multilingual
 * Plane (surrogate pairs), emoji sequences with joiners, combining marks, right-to-left text, no-break and zero-width
 * spaces, a byte order mark inside a text, the replacement character, private-use characters, the Unicode line and
 * paragraph separators, line breaks and tabs, backslashes, quotes and what COPY, CSV and JSON escape; the longest
 * disaggregation, of characters the JDBC stores escape. Dates: the first and last days core allows
 * ({@code Check.MIN_DATE}, 1900-01-01, to {@code Check.MAX_DATE}, 9999-12-31), the day before the Unix epoch, the
 * leap day of 2000; times from the first instant of 1900 to the last microsecond of 9999 (stores keep times to the
 * microsecond).
 */
public final class TrickyValues {

    /** The tricky texts, each a valid Strateg text. */
    public static final List<String> TEXTS = List.of(
            "Žluťoučký kůň úpěl ďábelské ódy; Łódź, Gdańsk, Świętokrzyskie",
            "cyklostezka 🚲 a 👩‍👩‍👧‍👦 rodina, 𝔸𝕝𝕘𝕖𝕓𝕣𝕒, 𠀀 (U+20000), \uDBFF\uDFFD (U+10FFFD)",
            "e\u0301 (e + combining acute) vs \u00E9; A\u030A\u0323",
            "שלום עולם مرحبا بالعالم \u202Bembedded\u202C",
            "no-break\u00A0space, zero\u200Bwidth, joiner\u200D, bom\uFEFFinside",
            "replacement \uFFFD, private \uE000\uF8FF, U+FFFC \uFFFC, U+FFFD last BMP char before the non-characters",
            "line\u2028separator and paragraph\u2029separator",
            "tab\there, lines\nand\r\nwindows, back\\slash \\N \\. \"quoted\" 'single' ; , =1+1",
            "x".repeat(19_990) + "🚲🚲🚲🚲🚲");

    /** Boundary dates, each a valid Strateg date. */
    public static final List<LocalDate> DATES = List.of(Check.MIN_DATE, Check.MIN_DATE.plusDays(1), LocalDate.of(1969, 12, 31),
            LocalDate.of(2000, 2, 29), Check.MAX_DATE.minusDays(1), Check.MAX_DATE);

    /** Boundary instants, to the microsecond. */
    public static final List<Instant> INSTANTS = List.of(Instant.parse("1900-01-01T00:00:00Z"), Instant.parse("1969-12-31T23:59:59.999999Z"),
            Instant.parse("1970-01-01T00:00:00Z"), Instant.parse("2000-02-29T23:59:59.999999Z"), Instant.parse("9999-12-31T23:59:59.999999Z"));

    private TrickyValues() {
    }

    /** One strategy per tricky text (in its title, vision, element texts, resolution) adopted on one of the dates. */
    public static List<Strategy> strategies() {
        List<Strategy> out = new ArrayList<>();
        for (int i = 0; i < TEXTS.size(); i++) {
            String text = TEXTS.get(i);
            Strategy base = ExampleStrategies.smallTown("tricky-" + i);
            List<Element> elements = base.elements().stream()
                    .map(e -> e.code().equals("1.1.1") ? e.withDetails(text, prefix(text, 200)) : e).toList();
            LocalDate adopted = DATES.get(i % DATES.size());
            Lifecycle lifecycle = i % 2 == 0 ? Lifecycle.adopted(adopted, prefix(text, 100))
                    : Lifecycle.adopted(adopted, "ZM 1/" + i).archived(DATES.get(DATES.size() - 1));
            out.add(base.withTitle(text).withVision(text).withElements(elements).withLifecycle(lifecycle));
        }
        return out;
    }

    /** Observations with every tricky text as source and note, and its first 400 characters as disaggregation value, and every instant as recorded-at. */
    public static List<Observation> observations() {
        List<Observation> out = new ArrayList<>();
        for (int i = 0; i < TEXTS.size(); i++) {
            String text = TEXTS.get(i);
            for (int j = 0; j < INSTANTS.size(); j++) {
                String key = j % 2 == 0 ? "část" : "🚲 " + j;
                out.add(new Observation("CYC-KM", Period.year(2021 + j), new BigDecimal("0.1" + i), new java.util.TreeMap<>(Map.of(key, prefix(text, 400))),
                        ObservationStatus.values()[j % ObservationStatus.values().length], text, text, INSTANTS.get(j)));
            }
        }
        // the longest disaggregation core allows, of the characters the JDBC stores escape (so it doubles there)
        String escaped = ",={}\\".repeat(100).substring(0, SeriesKey.MAX_DISAGGREGATION_CHARS - 4);
        out.add(Observation.of("CYC-KM", "2030", "1").withDisaggregation(Map.of("k", escaped)));
        return out;
    }

    /** The first {@code n} code points of {@code text} (never half a surrogate pair). */
    private static String prefix(String text, int n) {
        return text.codePoints().limit(n).collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append).toString();
    }

    /** Saves and reads back through the ports: every value equal to what was saved. */
    public static void check(StrategyRepository repository, ObservationStore store) {
        for (Strategy s : strategies()) {
            Strategy saved = repository.save(s, 0);
            assertThat(repository.find(s.id())).as("strategy %s read back", s.id()).contains(saved);
            assertThat(saved).isEqualTo(s.withRevision(1));
        }
        StrategyId id = StrategyId.of("tricky-0");
        List<Observation> written = observations();
        store.upsert(id, written);
        List<Observation> read = new ArrayList<>(store.find(ObservationQuery.all(id)));
        Comparator<Observation> order = Comparator.comparing((Observation o) -> o.period().toString())
                .thenComparing(o -> o.disaggregation().toString());
        read.sort(order);
        List<Observation> expected = new ArrayList<>(written);
        expected.sort(order);
        assertThat(read).hasSameSizeAs(expected);
        for (int i = 0; i < expected.size(); i++) {
            Observation e = expected.get(i);
            Observation r = read.get(i);
            assertThat(r.sameContentAs(e)).as("observation %d read back: %s, written %s", i, r, e).isTrue();
            if (e.recordedAt() != null) {
                assertThat(r.recordedAt()).as("recorded-at of %s", e.period()).isEqualTo(e.recordedAt());
            }
        }
    }
}
