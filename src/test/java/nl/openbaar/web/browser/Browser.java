package nl.openbaar.web.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Debian's Chromium driven headless by Selenium, with axe-core (vendored in the test resources) injected into
 * every page to check WCAG 2.1 AA. Nothing is downloaded: the browser and driver are Debian's
 * (packages chromium and chromium-driver); a missing one fails with the package to install.
 */
final class Browser implements AutoCloseable {

    static final String CHROMIUM = "/usr/bin/chromium";
    static final String CHROMEDRIVER = "/usr/bin/chromedriver";
    private static final String AXE;

    static {
        try (InputStream in = Browser.class.getResourceAsStream("/vendor/axe-core-4.14.1/axe.min.js")) {
            AXE = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    final WebDriver driver;
    final String base;
    private final Path profile;
    final List<String> checked = new ArrayList<>();

    Browser(String base) {
        if (!Files.isExecutable(Path.of(CHROMIUM))) {
            throw new IllegalStateException(CHROMIUM + " is missing: install the Debian package 'chromium'");
        }
        if (!Files.isExecutable(Path.of(CHROMEDRIVER))) {
            throw new IllegalStateException(CHROMEDRIVER + " is missing: install the Debian package 'chromium-driver'");
        }
        this.base = base;
        try {
            profile = Files.createTempDirectory("openbaar-chromium-");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM);
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
                "--disable-component-update", "--no-first-run", "--disable-sync", "--disable-dev-shm-usage",
                "--window-size=1280,1024", "--user-data-dir=" + profile, "--lang=nl");
        var logging = new org.openqa.selenium.logging.LoggingPreferences();
        logging.enable(org.openqa.selenium.logging.LogType.BROWSER, java.util.logging.Level.ALL);
        options.setCapability("goog:loggingPrefs", logging);
        ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(new File(CHROMEDRIVER))
                .usingAnyFreePort().build();
        driver = new ChromeDriver(service, options);
        driver.manage().timeouts().scriptTimeout(Duration.ofSeconds(60));
    }

    void open(String path) {
        driver.get(base + path);
    }

    WebElement find(String css) {
        return driver.findElement(By.cssSelector(css));
    }

    List<WebElement> all(String css) {
        return driver.findElements(By.cssSelector(css));
    }

    void type(String css, String text) {
        WebElement e = find(css);
        e.clear();
        e.sendKeys(text);
    }

    void click(String css) {
        find(css).click();
    }

    String text() {
        return driver.findElement(By.tagName("body")).getText();
    }

    String source() {
        return driver.getPageSource();
    }

    /** Waits for a condition; elements that vanish while the page reloads are looked up again. */
    org.openqa.selenium.support.ui.FluentWait<WebDriver> waiting(Duration d) {
        return new WebDriverWait(driver, d).ignoring(org.openqa.selenium.StaleElementReferenceException.class)
                .ignoring(org.openqa.selenium.NoSuchElementException.class);
    }

    /** Runs axe-core on the page and fails on any WCAG 2.0/2.1 A or AA violation, listing them. */
    void assertAccessible() {
        List<String> violations = violations();
        checked.add(driver.getCurrentUrl());
        assertThat(violations).as("WCAG 2.1 AA violations on " + driver.getCurrentUrl()).isEmpty();
    }

    /** The WCAG 2.0/2.1 A and AA violations axe-core finds on the current page. */
    @SuppressWarnings("unchecked")
    List<String> violations() {
        JavascriptExecutor js = (JavascriptExecutor) driver;
        js.executeScript(AXE);
        Object result = js.executeAsyncScript("""
                const done = arguments[arguments.length - 1];
                axe.run(document, {runOnly: {type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']},
                                   resultTypes: ['violations']})
                   .then(r => done(r.violations.map(v => v.id + ' (' + v.impact + '): ' + v.help + ' at '
                        + v.nodes.slice(0, 3).map(n => n.target.join(' ')).join(' | '))))
                   .catch(e => done(['axe failed: ' + e]));""");
        return (List<String>) result;
    }

    /** Fetches a URL with the browser's session and returns the HTTP status. */
    long status(String path) {
        Object s = ((JavascriptExecutor) driver).executeAsyncScript("""
                const done = arguments[arguments.length - 1];
                fetch(arguments[0], {redirect: 'manual'}).then(r => done(r.status)).catch(e => done(-1));""", base + path);
        return ((Number) s).longValue();
    }

    Map<String, Object> json(String script, Object... args) {
        @SuppressWarnings("unchecked")
        Map<String, Object> m = (Map<String, Object>) ((JavascriptExecutor) driver).executeScript(script, args);
        return m;
    }

    @Override
    public void close() {
        driver.quit();
        try (var s = Files.walk(profile)) {
            s.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException ignored) {
            // temporary profile
        }
    }
}
