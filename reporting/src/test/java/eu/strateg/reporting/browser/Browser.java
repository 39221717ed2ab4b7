package eu.strateg.reporting.browser;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import eu.strateg.testkit.AxeCore;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

/**
 * A real headless Chromium (Debian's {@code chromium} driven by its {@code chromedriver}, never a downloaded browser)
 * with axe-core from the npm registry. {@code .ci/run} installs the Debian packages when they are missing; axe-core
 * is installed by npm into {@code target/axe} on first use. Both missing is a failure, not a skip.
 */
final class Browser implements AutoCloseable {

    static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    static final Path DRIVER = Path.of("/usr/bin/chromedriver");

    final ChromeDriver driver;

    Browser(int width, int height) {
        if (!Files.isExecutable(CHROMIUM) || !Files.isExecutable(DRIVER)) {
            throw new IllegalStateException("Chromium tests need Debian's chromium and chromium-driver (" + CHROMIUM + ", " + DRIVER
                    + "): apt-get install chromium chromium-driver (.ci/run does this)");
        }
        ChromeOptions o = new ChromeOptions();
        o.setBinary(CHROMIUM.toString());
        o.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--allow-file-access-from-files",
                "--window-size=" + width + "," + height, "--force-device-scale-factor=1", "--lang=cs");
        ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(DRIVER.toFile()).build();
        driver = new ChromeDriver(service, o);
        driver.manage().timeouts().scriptTimeout(Duration.ofSeconds(120));
        driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(300));
        driver.manage().window().setSize(new Dimension(width, height));
    }

    void open(Path file) {
        driver.get(file.toUri().toString());
    }

    Object js(String script, Object... args) {
        return ((JavascriptExecutor) driver).executeScript(script, args);
    }

    /** The axe-core violations of the open page (rule id, impact, how many nodes, the first node's selector). */
    @SuppressWarnings("unchecked")
    List<String> axeViolations() throws IOException, InterruptedException {
        js(Files.readString(axe(), StandardCharsets.UTF_8));
        Object result = ((JavascriptExecutor) driver).executeAsyncScript(
                "const done = arguments[arguments.length - 1];"
                        + "axe.run(document, {resultTypes: ['violations']}).then(r => done(r.violations.map(v => v.id + ' (' + v.impact + ', '"
                        + " + v.nodes.length + ' nodes, e.g. ' + v.nodes[0].target.join(' ') + '): ' + v.help))).catch(e => done(['axe failed: ' + e]));");
        return (List<String>) result;
    }

    /** axe.min.js, installed with npm into target/axe on first use. */
    static Path axe() throws IOException, InterruptedException {
        return AxeCore.script();
    }

    /** The bounding box of the first element matching a selector: x, y, width, height, or null. */
    @SuppressWarnings("unchecked")
    Map<String, Number> box(String selector) {
        return (Map<String, Number>) js("const e = document.querySelector(arguments[0]); if (!e) return null;"
                + " const r = e.getBoundingClientRect(); return {x: r.x, y: r.y, width: r.width, height: r.height};", selector);
    }

    @Override
    public void close() {
        driver.quit();
    }
}
