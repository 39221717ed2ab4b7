package eu.strateg.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The web UI over HTTP on a real port: sign-in and sessions, CSRF, the data-entry form's validation, escaping of every
 * text a person wrote, the scope of tokens and sessions, and downloads that name no other file.
 */
class WebUiTest extends ServerTest {

    private static final String SCRIPT = "<script>alert(1)</script>";
    private static final String IMG = "\"><img src=x onerror=alert(1)>";

    private long poolStartValues() {
        return fx.get("/api/strategies/kyjov-2030/observations?indicator=POOL_START,ISO_9001", "admin").body().lines().count();
    }

    @Test
    void aSignInStartsANewSessionAndTheIdOfTheFormNoLongerWorks() {
        WebClient web = new WebClient(fx.server);
        HttpResponse<String> form = web.get("/web/login");
        String before = web.cookie;
        assertThat(before).isNotNull();
        String setCookie = form.headers().firstValue("Set-Cookie").orElseThrow();
        assertThat(setCookie).contains("HttpOnly").contains("SameSite=Strict").doesNotContain("Secure");
        HttpResponse<String> r = web.post("/web/login", web.withCsrf("account", "kyjov-coordinator", "password", ServerFixture.PASSWORD));
        assertThat(r.statusCode()).isEqualTo(303);
        assertThat(r.headers().firstValue("Location")).hasValue("/web");
        assertThat(web.cookie).isNotNull().isNotEqualTo(before);
        assertThat(web.get("/web").statusCode()).isEqualTo(200);

        WebClient planted = new WebClient(fx.server);
        planted.cookie = before;
        HttpResponse<String> old = planted.get("/web");
        assertThat(old.statusCode()).isEqualTo(303);
        assertThat(old.headers().firstValue("Location")).hasValue("/web/login");
    }

    @Test
    void aWrongPasswordIsRefusedInTheSameWordsAsAnUnknownName() {
        WebClient web = new WebClient(fx.server);
        web.get("/web/login?lang=en");
        HttpResponse<String> wrong = web.post("/web/login", web.withCsrf("account", "kyjov-reader", "password", "not the password at all"));
        HttpResponse<String> unknown = web.post("/web/login", web.withCsrf("account", "nobody-here", "password", "not the password at all"));
        assertThat(wrong.statusCode()).isEqualTo(401);
        assertThat(unknown.statusCode()).isEqualTo(401);
        assertThat(wrong.body()).contains("The account name or the password is wrong.");
        assertThat(unknown.body()).contains("The account name or the password is wrong.");
    }

    @Test
    void pagesNeedASessionAndLogoutEndsIt() {
        WebClient web = new WebClient(fx.server);
        assertThat(web.get("/web/s/kyjov-2030").statusCode()).isEqualTo(303);
        web.login("kyjov-reader");
        String session = web.cookie;
        assertThat(web.get("/web/s/kyjov-2030").statusCode()).isEqualTo(200);
        assertThat(web.post("/web/logout", Map.of()).statusCode()).as("logout without the token").isEqualTo(403);
        assertThat(web.post("/web/logout", web.withCsrf()).statusCode()).isEqualTo(303);
        WebClient again = new WebClient(fx.server);
        again.cookie = session;
        assertThat(again.get("/web/s/kyjov-2030").statusCode()).isEqualTo(303);
    }

    @Test
    void aPostWithoutOrWithAnotherCsrfTokenIsRefusedAndStoresNothing() {
        long before = poolStartValues();
        WebClient web = new WebClient(fx.server).login("kyjov-coordinator");
        web.get("/web/s/kyjov-2030/entry");
        WebClient other = new WebClient(fx.server).login("kyjov-coordinator");
        other.get("/web/s/kyjov-2030/entry");
        assertThat(other.csrf).isNotEqualTo(web.csrf);

        HttpResponse<String> none = web.post("/web/s/kyjov-2030/entry", Map.of("period.ISO_9001", "2025", "value.ISO_9001", "1"));
        HttpResponse<String> foreign = web.post("/web/s/kyjov-2030/entry", Map.of("csrf", other.csrf, "period.ISO_9001", "2025",
                "value.ISO_9001", "1"));
        assertThat(none.statusCode()).isEqualTo(403);
        assertThat(foreign.statusCode()).isEqualTo(403);
        assertThat(poolStartValues()).isEqualTo(before);

        WebClient anonymous = new WebClient(fx.server);
        anonymous.get("/web/login");
        assertThat(anonymous.post("/web/login", Map.of("account", "admin", "password", ServerFixture.PASSWORD)).statusCode()).isEqualTo(403);
    }

    @Test
    void aMistakeInTheFormIsShownNextToItsFieldAndNothingIsStoredThenTheCorrectionChangesTheStatus() {
        WebClient web = new WebClient(fx.server).login("kyjov-coordinator");
        String dashboard = web.get("/web/s/kyjov-2030?lang=en").body();
        // POOL_START is a yes/no indicator with the target 1 (the pool's construction started) by 2027; the examples record 0 to 2024
        assertThat(status(dashboard, "POOL_START")).isNotEqualTo("TARGET_ACHIEVED");
        long before = poolStartValues();
        web.get("/web/s/kyjov-2030/entry");

        HttpResponse<String> bad = web.post("/web/s/kyjov-2030/entry", web.withCsrf("period.ISO_9001", "2025", "value.ISO_9001", "1",
                "period.POOL_START", "2025", "value.POOL_START", "2", "period.PV_KWP", "2025-Q1", "value.PV_KWP", "abc"));
        assertThat(bad.statusCode()).isEqualTo(422);
        assertThat(bad.body()).contains("Nothing was saved");
        assertThat(fieldError(bad.body(), "e-v-POOL_START")).contains("yes/no indicator");
        assertThat(fieldError(bad.body(), "e-v-PV_KWP")).contains("&#39;abc&#39; is not a number");
        assertThat(bad.body()).contains("id=\"v-POOL_START\" name=\"value.POOL_START\" value=\"2\"");
        assertThat(poolStartValues()).as("the good row of a form with a mistake is not stored either").isEqualTo(before);

        HttpResponse<String> good = web.post("/web/s/kyjov-2030/entry", web.withCsrf("period.POOL_START", "2025", "value.POOL_START", "1",
                "source", "Stavební deník"));
        assertThat(good.statusCode()).as(good.body()).isEqualTo(303);
        assertThat(good.headers().firstValue("Location")).hasValue("/web/s/kyjov-2030?saved=1");
        assertThat(poolStartValues()).isEqualTo(before + 1);
        String after = web.get("/web/s/kyjov-2030?saved=1").body();
        assertThat(after).contains("1 value(s) saved");
        assertThat(status(after, "POOL_START")).isEqualTo("TARGET_ACHIEVED");
        assertThat(web.get("/web/s/kyjov-2030/i/POOL_START").body()).contains("Stavební deník").contains("web: kyjov-coordinator");
    }

    @Test
    void aReaderGetsNoFormAndCannotPost() {
        WebClient web = new WebClient(fx.server).login("kyjov-reader");
        assertThat(web.get("/web/s/kyjov-2030").body()).doesNotContain("/web/s/kyjov-2030/entry\"");
        long before = poolStartValues();
        HttpResponse<String> r = web.post("/web/s/kyjov-2030/entry", web.withCsrf("period.ISO_9001", "2025", "value.ISO_9001", "1"));
        assertThat(r.statusCode()).isEqualTo(403);
        assertThat(poolStartValues()).isEqualTo(before);
    }

    @Test
    void anotherTerritorysStrategyIsNotFoundAndNotListed() {
        WebClient web = new WebClient(fx.server).login("niepolomice-coordinator");
        assertThat(web.get("/web").body()).doesNotContain("kyjov-2030").doesNotContain("Kyjov");
        HttpResponse<String> dashboard = web.get("/web/s/kyjov-2030");
        HttpResponse<String> missing = web.get("/web/s/no-such-strategy");
        assertThat(dashboard.statusCode()).isEqualTo(404);
        assertThat(dashboard.body()).isEqualTo(missing.body());
        assertThat(web.bytes("/web/s/kyjov-2030/download/kyjov-2030.pdf").statusCode()).isEqualTo(404);
    }

    @Test
    void everyTextAPersonWroteIsEscaped() throws IOException {
        ObjectNode doc = (ObjectNode) JsonFiles.MAPPER.readTree(fx.kyjovCopy("xss-2030"));
        doc.put("title", "T" + SCRIPT).put("vision", "V" + IMG);
        ObjectNode element = (ObjectNode) doc.path("elements").get(0);
        element.put("title", "E" + SCRIPT);
        ObjectNode indicator = (ObjectNode) doc.path("indicators").get(0);
        indicator.put("name", "N" + IMG).put("unit", "U" + SCRIPT).put("responsible", "R" + IMG).put("description", "D" + SCRIPT);
        ObjectNode project = (ObjectNode) doc.path("projects").get(0);
        project.put("title", "P" + SCRIPT).put("responsible", "O" + IMG);
        ServerFixture.Response created = fx.as("kyjov-coordinator", "PUT", "/api/strategies/xss-2030", "application/json", doc.toString(),
                Map.of("If-Match", "0"));
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        String code = indicator.path("code").asText();

        WebClient web = new WebClient(fx.server).login("kyjov-coordinator");
        web.get("/web/s/xss-2030/entry");
        HttpResponse<String> stored = web.post("/web/s/xss-2030/entry", web.withCsrf("period." + code, "2025", "value." + code, "5000",
                "source", "S" + IMG));
        assertThat(stored.statusCode()).as(stored.body()).isEqualTo(303);
        HttpResponse<String> rejected = web.post("/web/s/xss-2030/entry", web.withCsrf("period." + code, SCRIPT, "value." + code, IMG));

        List<String> pages = List.of(web.get("/web").body(), web.get("/web/s/xss-2030").body(), web.get("/web/s/xss-2030/i/" + code).body(),
                web.get("/web/s/xss-2030/projects").body(), web.get("/web/s/xss-2030/entry").body(), rejected.body());
        for (String page : pages) {
            assertThat(page).doesNotContain(SCRIPT).doesNotContain("<img src=x").doesNotContain("onerror=alert(1)>");
        }
        String all = String.join("\n", pages);
        assertThat(all).contains("T&lt;script&gt;alert(1)&lt;/script&gt;", "E&lt;script&gt;", "N&quot;&gt;&lt;img src=x onerror=alert(1)&gt;",
                "P&lt;script&gt;", "S&quot;&gt;&lt;img", "U&lt;script&gt;");
    }

    @Test
    void anApiTokenIsNoSessionAndASessionIsNoToken() {
        String token = fx.token("kyjov-coordinator");
        WebClient withToken = new WebClient(fx.server);
        withToken.cookie = token;
        assertThat(withToken.get("/web/s/kyjov-2030").statusCode()).isEqualTo(303);
        WebClient web = new WebClient(fx.server).login("kyjov-coordinator");
        assertThat(fx.send("GET", "/api/strategies", web.cookie, null, null, Map.of()).status()).isEqualTo(401);
        // without a bearer token the API answers as the public (adopted revisions of territories that publish): the
        // session cookie adds nothing to that, and what the coordinator may read (the audit log) stays closed
        ServerFixture.Response anonymous = fx.send("GET", "/api/strategies", null, null, null, Map.of());
        ServerFixture.Response withCookie = fx.send("GET", "/api/strategies", null, null, null, Map.of("Cookie", "strateg_session=" + web.cookie));
        assertThat(withCookie.status()).isEqualTo(anonymous.status());
        assertThat(withCookie.raw().body()).isEqualTo(anonymous.raw().body());
        assertThat(fx.send("GET", "/api/audit", fx.token("kyjov-coordinator"), null, null, Map.of()).status()).isEqualTo(200);
        assertThat(fx.send("GET", "/api/audit", null, null, null, Map.of("Cookie", "strateg_session=" + web.cookie)).status()).isIn(401, 403);
    }

    @Test
    void downloadsServeTheReportsAndNoOtherFile() {
        WebClient web = new WebClient(fx.server).login("kyjov-coordinator");
        HttpResponse<byte[]> pdf = web.bytes("/web/s/kyjov-2030/download/kyjov-2030.pdf");
        assertThat(pdf.statusCode()).isEqualTo(200);
        assertThat(new String(pdf.body(), 0, 5, StandardCharsets.US_ASCII)).isEqualTo("%PDF-");
        HttpResponse<byte[]> xlsx = web.bytes("/web/s/kyjov-2030/download/kyjov-2030.xlsx");
        assertThat(xlsx.body()[0]).isEqualTo((byte) 'P');
        assertThat(xlsx.body()[1]).isEqualTo((byte) 'K');
        for (String path : List.of("/web/s/kyjov-2030/download/..%2F..%2Faccounts.json", "/web/s/kyjov-2030/download/kyjov-2030.pdf%2F..%2F..%2Ftokens.json",
                "/web/s/kyjov-2030/download/kyjov-2030.exe", "/web/s/kyjov-2030/download/niepolomice-2030.pdf",
                "/web/s/kyjov-2030/download/..%5Caccounts.json", "/web/static/..%2F..%2Faccounts.json", "/web/static/messages.properties")) {
            HttpResponse<byte[]> r = web.bytes(path);
            assertThat(r.statusCode()).as(path).isIn(400, 404);
            assertThat(new String(r.body(), StandardCharsets.UTF_8)).as(path).doesNotContain("passwordHash").doesNotContain("sha256")
                    .doesNotContain("%PDF");
        }
    }

    @Test
    void pagesAllowNoInlineScriptAndNoFraming() {
        WebClient web = new WebClient(fx.server).login("kyjov-coordinator");
        for (String path : List.of("/web", "/web/s/kyjov-2030", "/web/s/kyjov-2030/i/CO2_T", "/web/s/kyjov-2030/entry", "/web/s/kyjov-2030/projects")) {
            HttpResponse<String> r = web.get(path);
            assertThat(r.statusCode()).as(path).isEqualTo(200);
            String csp = r.headers().firstValue("Content-Security-Policy").orElseThrow();
            assertThat(csp).contains("script-src 'self'", "frame-ancestors 'none'").doesNotContain("unsafe");
            assertThat(Pattern.compile("<script(?![^>]*\\bsrc=)").matcher(r.body()).find()).as(path + " has an inline script").isFalse();
            assertThat(Pattern.compile("\\son[a-z]+=").matcher(r.body()).find()).as(path + " has an event handler attribute").isFalse();
        }
    }

    @Test
    void theLanguageSwitchChangesThePageAndStaysForTheSession() {
        WebClient web = new WebClient(fx.server).login("kyjov-reader");
        assertThat(web.get("/web/s/kyjov-2030?lang=cs").body()).contains("<html lang=\"cs\">").contains("Vyžaduje pozornost");
        assertThat(web.get("/web/s/kyjov-2030").body()).contains("<html lang=\"cs\">");
        assertThat(web.get("/web/s/kyjov-2030?lang=pl").body()).contains("<html lang=\"pl\">").contains("Wymaga uwagi");
        assertThat(web.get("/web/s/kyjov-2030?lang=en").body()).contains("<html lang=\"en\">").contains("Needs attention");
    }

    /** The status a dashboard shows for an indicator (its row's {@code data-status}). */
    static String status(String page, String code) {
        Matcher m = Pattern.compile("<tr id=\"row-" + code + "\">.*?data-status=\"([A-Z_]+)\"").matcher(page);
        assertThat(m.find()).as("row of " + code).isTrue();
        return m.group(1);
    }

    private static String fieldError(String page, String id) {
        Matcher m = Pattern.compile("<span class=\"field-error\" id=\"" + id + "\">([^<]*)</span>").matcher(page);
        assertThat(m.find()).as("error " + id).isTrue();
        return m.group(1);
    }

}
