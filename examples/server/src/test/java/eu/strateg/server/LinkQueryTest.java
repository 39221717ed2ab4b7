package eu.strateg.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * {@code GET /api/links}: which elements serve an SDG target or a regional goal, across the territories the caller may
 * see. Expected elements read off the example documents (examples/src/main/resources/examples): SDG 11.6 is linked
 * from Kyjov's elements 3 and 3.2 and from Niepołomice's 4.1; the regional goal jmk-2030/2.1 from Kyjov's 1.2 only.
 */
class LinkQueryTest extends ServerTest {

    private List<String> elements(String query, String account) {
        ServerFixture.Response r = fx.get("/api/links?" + query, account);
        assertThat(r.status()).as(r.body()).isEqualTo(200);
        List<String> e = new ArrayList<>();
        r.json().path("elements").forEach(n -> e.add(n.path("strategy").asText() + "/" + n.path("element").asText()));
        return e;
    }

    @Test
    void anSdgTargetIsFoundInEveryTerritoryTheCallerSeesAndOnlyThere() {
        assertThat(elements("scheme=sdg&code=11.6", "admin")).containsExactly("kyjov-2030/3", "kyjov-2030/3.2", "niepolomice-2030/4.1");
        assertThat(elements("scheme=sdg&code=11.6", "kyjov-reader")).containsExactly("kyjov-2030/3", "kyjov-2030/3.2");
        assertThat(elements("scheme=sdg&code=11.6", "niepolomice-coordinator")).containsExactly("niepolomice-2030/4.1");
        // the public sees Kyjov (opted in), not Niepołomice
        assertThat(elements("scheme=sdg&code=11.6", null)).containsExactly("kyjov-2030/3", "kyjov-2030/3.2");
        // a target that only Niepołomice links: nothing at all for Kyjov's accounts
        assertThat(elements("scheme=sdg&code=8.3", "kyjov-coordinator")).isEmpty();
    }

    @Test
    void aRegionalGoalIsFoundByTheStrategySchemeAndTheAnswerCarriesTheElementAndItsLink() {
        ServerFixture.Response r = fx.get("/api/links?scheme=strategy:jmk-2030&code=2.1", "admin");
        assertThat(elements("scheme=strategy:jmk-2030&code=2.1", "admin")).containsExactly("kyjov-2030/1.2");
        assertThat(r.json().path("elements").get(0).path("territory").asText()).isEqualTo("CZ_ZUJ:586307");
        assertThat(r.json().path("elements").get(0).path("title").asText()).isNotBlank();
    }

    @Test
    void aMissingOrMalformedReferenceIsNamed() {
        assertThat(fx.get("/api/links?scheme=sdg", "admin").errorPaths()).containsExactly("code");
        assertThat(fx.get("/api/links?code=11.6", "admin").errorPaths()).containsExactly("scheme");
        assertThat(fx.get("/api/links?scheme=SDG!&code=11.6", "admin").errorPaths()).containsExactly("scheme");
    }
}
