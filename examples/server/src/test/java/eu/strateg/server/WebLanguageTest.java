package eu.strateg.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Core's validation problems on the web pages are in the page's language: each kind the data-entry form (and an address
 * of the pages) can meet, posted on an English, a Czech and a Polish page. The English page shows core's words (so each
 * post does meet its kind); the Czech and Polish pages show their own words with the same arguments, numbers written
 * with a decimal comma, and no English sentence of core's.
 */
class WebLanguageTest extends ServerTest {

    /** One kind: the form's fields, the English core says, and the texts expected in Czech and in Polish. */
    private record Kind(String name, Map<String, String> fields, String english, String czech, String polish) {
    }

    private static final String LONG = "x".repeat(20_001);

    // the hand-derived texts: Kyjov's HEAT_RES_SHARE has the natural limit 100, ISO_9001 is yes/no, PV_KWP is annual,
    // EV_PER_1000 has a formula, NO_SUCH is no indicator of the strategy
    private static final List<Kind> KINDS = List.of(
            new Kind("above the natural limit", Map.of("period.HEAT_RES_SHARE", "2025", "value.HEAT_RES_SHARE", "150,5"),
                    "indicator HEAT_RES_SHARE: value 150.5 for 2025 is above its natural limit 100",
                    "hodnota 150,5 za 2025 je nad přirozenou mezí 100 indikátoru HEAT_RES_SHARE",
                    "wartość 150,5 za 2025 przekracza naturalną granicę 100 wskaźnika HEAT_RES_SHARE"),
            new Kind("not yes or no", Map.of("period.ISO_9001", "2025", "value.ISO_9001", "2"),
                    "indicator ISO_9001 is a yes/no indicator: its values are 1 (yes) or 0 (no), not 2",
                    "indikátor ISO_9001 je typu ano/ne: jeho hodnoty jsou 1 (ano) nebo 0 (ne), ne 2",
                    "wskaźnik ISO_9001 jest typu tak/nie: jego wartości to 1 (tak) lub 0 (nie), a nie 2"),
            new Kind("a period of the wrong form", Map.of("period.PV_KWP", "2025-Q1", "value.PV_KWP", "120"),
                    "indicator PV_KWP is measured annual, so its periods look like 2024; 2025-Q1 does not match",
                    "indikátor PV_KWP se měří ročně, jeho období se tedy píší jako 2024; 2025-Q1 tomu neodpovídá",
                    "wskaźnik PV_KWP jest mierzony rocznie, więc jego okresy zapisuje się jak 2024; 2025-Q1 do tego nie pasuje"),
            new Kind("an unknown indicator", Map.of("period.NO_SUCH", "2025", "value.NO_SUCH", "1"),
                    "indicator NO_SUCH is not defined in strategy kyjov-2030",
                    "indikátor NO_SUCH není ve strategii kyjov-2030 definován",
                    "wskaźnik NO_SUCH nie jest zdefiniowany w strategii kyjov-2030"),
            new Kind("a computed indicator", Map.of("period.EV_PER_1000", "2025", "value.EV_PER_1000", "3"),
                    "indicator EV_PER_1000 is computed from its formula; its values cannot be recorded",
                    "indikátor EV_PER_1000 se počítá ze vzorce; jeho hodnoty nelze zapisovat",
                    "wskaźnik EV_PER_1000 jest obliczany ze wzoru; jego wartości nie można zapisywać"),
            new Kind("a number too large", Map.of("period.PV_KWP", "2025", "value.PV_KWP", "1" + "0".repeat(31)),
                    "is too large: Strateg works with numbers below 10^30 in magnitude",
                    "je příliš velké: Strateg pracuje s čísly menšími než 10^30 v absolutní hodnotě",
                    "jest za duże: Strateg działa na liczbach o wartości bezwzględnej poniżej 10^30"),
            new Kind("too many decimal places", Map.of("period.PV_KWP", "2025", "value.PV_KWP", "0," + "1".repeat(31)),
                    "has more than 30 decimal places, the most Strateg works with",
                    "má více než 30 desetinných míst, a s více Strateg nepracuje",
                    "ma więcej niż 30 miejsc po przecinku, a więcej Strateg nie obsługuje"),
            new Kind("a source too long", Map.of("period.PV_KWP", "2025", "value.PV_KWP", "120", "source", LONG),
                    "is 20001 characters long; at most 20000 are allowed",
                    "text má 20001 znaků; povoleno je nejvýše 20000",
                    "tekst ma 20001 znaków; dozwolone jest najwyżej 20000"),
            new Kind("a control character in the source", Map.of("period.PV_KWP", "2025", "value.PV_KWP", "120", "source", "ČS\u0007Ú"),
                    "contains the control character U+0007 at position 2",
                    "text obsahuje řídicí znak U+0007 na pozici 2",
                    "tekst zawiera znak sterujący U+0007 na pozycji 2"),
            new Kind("a non-character in the source", Map.of("period.PV_KWP", "2025", "value.PV_KWP", "120", "source", "a\uFFFEb"),
                    "contains the non-character U+FFFE at position 1",
                    "text obsahuje nepovolený znak U+FFFE na pozici 1",
                    "tekst zawiera niedozwolony znak U+FFFE na pozycji 1"));

    private String post(WebClient web, String lang, Map<String, String> fields, int status) {
        web.get("/web/s/kyjov-2030/entry?lang=" + lang);
        Map<String, String> form = web.withCsrf();
        form.putAll(fields);
        HttpResponse<String> r = web.post("/web/s/kyjov-2030/entry", form);
        assertThat(r.statusCode()).as(r.body()).isEqualTo(status);
        return r.body();
    }

    @Test
    void eachProblemOfTheFormIsInThePagesLanguage() {
        long before = fx.get("/api/strategies/kyjov-2030/observations", "admin").body().lines().count();
        WebClient web = new WebClient(fx.server).login("kyjov-coordinator");
        for (Kind k : KINDS) {
            assertThat(post(web, "en", k.fields(), 422)).as(k.name() + " in English").contains(escaped(k.english()));
            String cs = post(web, "cs", k.fields(), 422);
            assertThat(cs).as(k.name() + " in Czech").contains(escaped(k.czech())).doesNotContain(escaped(k.english()));
            noEnglish(cs, k.name());
            String pl = post(web, "pl", k.fields(), 422);
            assertThat(pl).as(k.name() + " in Polish").contains(escaped(k.polish())).doesNotContain(escaped(k.english()));
            noEnglish(pl, k.name());
        }
        assertThat(fx.get("/api/strategies/kyjov-2030/observations", "admin").body().lines().count()).isEqualTo(before);
    }

    @Test
    void aBadAddressIsExplainedInThePagesLanguage() {
        WebClient web = new WebClient(fx.server).login("kyjov-reader");
        web.get("/web?lang=en");
        HttpResponse<String> en = web.get("/web/s/-kyjov");
        assertThat(en.statusCode()).isEqualTo(400);
        assertThat(en.body()).contains("is not a valid strategy id");
        web.get("/web?lang=cs");
        HttpResponse<String> cs = web.get("/web/s/-kyjov");
        assertThat(cs.statusCode()).isEqualTo(400);
        assertThat(cs.body()).contains("„-kyjov“ není platný identifikátor strategie").doesNotContain("is not a valid strategy id");
        web.get("/web?lang=pl");
        assertThat(web.get("/web/s/-kyjov").body()).contains("„-kyjov” nie jest poprawnym identyfikatorem strategii").doesNotContain("is not a valid strategy id");
    }

    /** Words of core's English problems that no Czech or Polish text of the form has. */
    private static void noEnglish(String page, String kind) {
        for (String word : List.of("indicator ", " is above", "natural limit", "yes/no", "is measured", "does not match", "not defined", "formula",
                "too large", "decimal places", "characters long", "control character", "Strateg works")) {
            assertThat(page).as(kind + ": " + word).doesNotContain(word);
        }
    }

    private static String escaped(String text) {
        return text.replace("&", "&amp;").replace("'", "&#39;").replace("\"", "&quot;").replace("<", "&lt;").replace(">", "&gt;");
    }
}
