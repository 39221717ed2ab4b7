package eu.strateg.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import eu.strateg.testkit.AxeCore;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

/**
 * The web UI in a real headless Chromium (Debian's {@code chromium} and {@code chromedriver}, as the reporting module's
 * browser tests use them, with axe-core installed by npm into {@code target/axe}): a coordinator signs in, opens the
 * dashboard, enters a value with a mistake, sees the error next to the field, corrects it, sees the status change and
 * downloads the PDF; axe-core finds no violation on the dashboard and the indicator page, at desktop and phone width.
 * Screenshots go to {@code target/screenshots} ({@code docs/images/server-*.png} are copies of them).
 */
class WebBrowserTest extends ServerTest {

    static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    static final Path DRIVER = Path.of("/usr/bin/chromedriver");
    static final Path SHOTS = Path.of("target", "screenshots");

    @Test
    void aCoordinatorCorrectsAMistakeAndSeesTheStatusChange() throws Exception {
        ChromeDriver driver = chromium(1366, 900);
        try {
            signIn(driver);
            driver.get(fx.server.uri() + "/web/s/kyjov-2030?lang=cs");
            assertThat(driver.findElement(By.tagName("h1")).getText()).startsWith("Strategie rozvoje města Kyjova");
            assertThat(status(driver, "POOL_START")).isNotEqualTo("TARGET_ACHIEVED");
            assertThat(axe(driver)).as("dashboard").isEmpty();
            shot(driver, "server-dashboard-desktop.png");

            driver.findElement(By.cssSelector("a[href='/web/s/kyjov-2030/i/CO2_T']")).click();
            assertThat(driver.findElement(By.tagName("h1")).getText()).contains("CO2_T");
            assertThat(driver.findElements(By.cssSelector(".chart-box svg"))).isNotEmpty();
            assertThat(axe(driver)).as("indicator page").isEmpty();
            shot(driver, "server-indicator-desktop.png");

            driver.get(fx.server.uri() + "/web/s/kyjov-2030/entry");
            type(driver, "p-POOL_START", "2025");
            type(driver, "v-POOL_START", "2");
            driver.findElement(By.cssSelector("form.entry button[type=submit]")).click();
            WebElement error = driver.findElement(By.id("e-v-POOL_START"));
            // the browser asks for Czech: core's problem in Czech (WebLanguageTest has every kind)
            assertThat(error.getText()).isEqualTo("indikátor POOL_START je typu ano/ne: jeho hodnoty jsou 1 (ano) nebo 0 (ne), ne 2");
            assertThat(driver.findElement(By.id("v-POOL_START")).getAttribute("aria-invalid")).isEqualTo("true");
            assertThat(driver.switchTo().activeElement().getAttribute("id")).as("the focus is on the field with the mistake").isEqualTo("v-POOL_START");
            assertThat(axe(driver)).as("the form with an error").isEmpty();
            shot(driver, "server-entry-error-desktop.png");

            type(driver, "v-POOL_START", "1");
            driver.findElement(By.cssSelector("form.entry button[type=submit]")).click();
            assertThat(driver.getCurrentUrl()).endsWith("/web/s/kyjov-2030?saved=1");
            assertThat(driver.findElement(By.cssSelector(".saved")).getText()).contains("1");
            assertThat(status(driver, "POOL_START")).isEqualTo("TARGET_ACHIEVED");

            // the page's CSP allows no fetch from script (connect-src 'none'): the link is followed with the browser's session cookie
            String href = driver.findElement(By.cssSelector("a[href$='kyjov-2030.pdf']")).getAttribute("href");
            WebClient web = new WebClient(fx.server);
            web.cookie = driver.manage().getCookieNamed("strateg_session").getValue();
            java.net.http.HttpResponse<byte[]> pdf = web.bytes(java.net.URI.create(href).getPath());
            assertThat(pdf.statusCode()).isEqualTo(200);
            assertThat(pdf.headers().firstValue("Content-Disposition").orElseThrow()).startsWith("attachment; filename=\"kyjov-2030-");
            assertThat(new String(pdf.body(), 0, 5, StandardCharsets.US_ASCII)).isEqualTo("%PDF-");
            assertThat(pdf.body().length).isGreaterThan(10_000);
        } finally {
            driver.quit();
        }
    }

    @Test
    void thePagesFitAPhoneAndPassAxe() throws Exception {
        ChromeDriver driver = chromium(390, 844);
        try {
            signIn(driver);
            for (String page : List.of("/web/s/kyjov-2030", "/web/s/kyjov-2030/i/PM10", "/web/s/kyjov-2030/projects", "/web")) {
                driver.get(fx.server.uri() + page);
                Number width = (Number) ((JavascriptExecutor) driver).executeScript("return document.documentElement.scrollWidth;");
                assertThat(width.intValue()).as(page + " scrolls sideways").isLessThanOrEqualTo(390);
                assertThat(axe(driver)).as(page).isEmpty();
            }
            driver.get(fx.server.uri() + "/web/s/kyjov-2030");
            shot(driver, "server-dashboard-phone.png");
        } finally {
            driver.quit();
        }
    }

    private void signIn(ChromeDriver driver) {
        driver.get(fx.server.uri() + "/web/login?lang=cs");
        driver.findElement(By.id("account")).sendKeys("kyjov-coordinator");
        driver.findElement(By.id("password")).sendKeys(ServerFixture.PASSWORD);
        driver.findElement(By.cssSelector("form.login button")).click();
        assertThat(driver.getCurrentUrl()).as(driver.getPageSource()).endsWith("/web");
    }

    private static void type(ChromeDriver driver, String id, String text) {
        WebElement e = driver.findElement(By.id(id));
        e.clear();
        e.sendKeys(text);
    }

    private static String status(ChromeDriver driver, String code) {
        return driver.findElement(By.cssSelector("#row-" + code + " td.status")).getAttribute("data-status");
    }

    private static void shot(ChromeDriver driver, String name) throws IOException {
        Files.createDirectories(SHOTS);
        Files.write(SHOTS.resolve(name), driver.getScreenshotAs(OutputType.BYTES));
    }

    static ChromeDriver chromium(int width, int height) {
        if (!Files.isExecutable(CHROMIUM) || !Files.isExecutable(DRIVER)) {
            throw new IllegalStateException("Chromium tests need Debian's chromium and chromium-driver (" + CHROMIUM + ", " + DRIVER
                    + "): apt-get install chromium chromium-driver (.ci/run does this)");
        }
        ChromeOptions o = new ChromeOptions();
        o.setBinary(CHROMIUM.toString());
        o.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--window-size=" + width + "," + height,
                "--force-device-scale-factor=1", "--lang=cs");
        ChromeDriver driver = new ChromeDriver(new ChromeDriverService.Builder().usingDriverExecutable(DRIVER.toFile()).build(), o);
        driver.manage().timeouts().scriptTimeout(Duration.ofSeconds(120));
        driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(120));
        driver.manage().window().setSize(new Dimension(width, height));
        return driver;
    }

    /** The axe-core violations of the open page (rule id, impact, nodes, the first node, the rule's help). */
    @SuppressWarnings("unchecked")
    static List<String> axe(ChromeDriver driver) throws IOException, InterruptedException {
        JavascriptExecutor js = driver;
        js.executeScript(Files.readString(AxeCore.script(), StandardCharsets.UTF_8));
        return (List<String>) js.executeAsyncScript("const done = arguments[arguments.length - 1];"
                + "axe.run(document, {runOnly: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice'], resultTypes: ['violations']})"
                + ".then(r => done(r.violations.map(v => v.id + ' (' + v.impact + ', ' + v.nodes.length + ' nodes, e.g. '"
                + " + v.nodes[0].target.join(' ') + '): ' + v.help))).catch(e => done(['axe failed: ' + e]));");
    }
}
