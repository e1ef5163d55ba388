package nl.openbaar.web.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import nl.openbaar.document.Documents;
import nl.openbaar.document.model.Document;
import nl.openbaar.redaction.FindingRedactions;
import nl.openbaar.redaction.SearchingAndRedacting;
import nl.openbaar.redaction.model.Redaction;
import nl.openbaar.redaction.model.RedactionStatus;
import nl.openbaar.request.FindingRequests;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.interactions.Actions;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The review workbench on the demo case (as {@code ./openbaar demo} loads it), by keyboard only: detection proposes,
 * the case handler searches and redacts a term across the case, undoes it, keeps a text public in the case, decides
 * every open proposal of every document, and fixes a place the package check points at from its link. axe-core checks
 * every page on the way (WCAG 2.1 AA). It prints the keystrokes and seconds the review took, and the keystrokes the
 * old screen needed for the same proposals (j stepped per word box, a decision did not move on).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = "openbaar.demo=true")
class ReviewWorkbenchIT {

    /** The demo's password (printed on the console by {@code ./openbaar demo}). */
    static final String DEMO_PASSWORD = "openbaar-demo-2026";

    @DynamicPropertySource
    static void properties(DynamicPropertyRegistry r) throws IOException {
        Path data = Files.createTempDirectory("openbaar-review-");
        r.add("openbaar.data-dir", data::toString);
        r.add("spring.datasource.url",
                () -> "jdbc:h2:mem:review;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1");
    }

    @LocalServerPort
    int port;
    @Autowired
    FindingRequests requests;
    @Autowired
    Documents documents;
    @Autowired
    FindingRedactions finding;

    static Browser browser;
    private int keys;

    @AfterAll
    static void close() {
        if (browser != null) {
            browser.close();
        }
    }

    private void press(CharSequence key) {
        new Actions(browser.driver).sendKeys(key).perform();
        keys++;
    }

    private void rendered() {
        browser.waiting(Duration.ofSeconds(60)).until(d -> "true".equals(d.findElement(By.id("review")).getDomAttribute("data-rendered")));
    }

    private Map<String, Object> progress() {
        return browser.json("""
                const t = document.getElementById('review-progress').textContent;
                const m = /(\\d+)\\/(\\d+)/.exec(t);
                return {decided: Number(m[1]), total: Number(m[2])};""");
    }

    @Test
    void theDemoCaseIsReviewedByKeyboard() {
        String kenmerk = requests.byUrgency().stream().filter(v -> v.verzoek().bestuurlijkeAangelegenheid().contains("samenwerking met Clearview AI"))
                .findFirst().orElseThrow().verzoek().kenmerk();
        long requestId = requests.get(kenmerk).verzoek().id();
        browser = new Browser("http://localhost:" + port);
        Browser b = browser;
        b.open("/login");
        b.type("#username", "behandelaar");
        b.type("#password", DEMO_PASSWORD);
        b.click("form.utrecht-form button[type=submit]");
        b.waiting(Duration.ofSeconds(10)).until(d -> d.getCurrentUrl().endsWith("/beheer"));

        // The demo's documents are read in the background (OCR of the scanned letter, LibreOffice for the draft).
        b.waiting(Duration.ofSeconds(300)).pollingEvery(Duration.ofSeconds(2)).until(d -> {
            List<Document> docs = documents.forRequest(kenmerk);
            return docs.size() >= 7 && docs.stream().allMatch(x -> x.status().finished()) && docs.stream().anyMatch(x -> x.inventoryNumber() != null);
        });
        b.open("/beheer/verzoeken/" + kenmerk);
        b.waiting(Duration.ofSeconds(60)).pollingEvery(Duration.ofSeconds(2)).until(d -> {
            d.navigate().refresh();
            return d.findElements(By.cssSelector(".progress-item[data-running=true]")).isEmpty();
        });
        b.click("#detect");
        b.waiting(Duration.ofSeconds(120)).until(d -> d.getPageSource().contains("lakvoorstellen in"));
        b.assertAccessible();
        List<Redaction> proposed = finding.forRequest(requestId);
        assertThat(proposed).isNotEmpty();
        long openAtStart = proposed.stream().filter(r -> r.status() == RedactionStatus.PROPOSED).count();

        String first = b.driver.findElements(By.xpath("//table[contains(@class,'documents-table')]//a[normalize-space()='Beoordelen']"))
                .get(0).getDomAttribute("href");
        long started = System.nanoTime();
        b.open(first);
        rendered();
        b.assertAccessible();

        // Search and redact a term across the case: the hits first, then one decision for all of them.
        press("/");
        for (char c : "CIO-office".toCharArray()) {
            press(String.valueOf(c));
        }
        press(Keys.ENTER);
        b.waiting(Duration.ofSeconds(20)).until(d -> d.findElement(By.id("search-redact-all")).isDisplayed());
        assertThat(b.find("#search-summary").getText()).matches("\\d+ plaatsen in \\d+ documenten");
        assertThat(b.all(".search-hit")).isNotEmpty().allSatisfy(h -> assertThat(h.getText()).containsIgnoringCase("CIO-office"));
        int hits = b.all(".search-hit").size();
        b.assertAccessible();
        press(Keys.ENTER); // the decision button has the focus
        b.waiting(Duration.ofSeconds(20)).until(d -> d.findElement(By.id("search-summary")).getText().contains("weggelakt"));
        List<Redaction> searched = finding.forRequest(requestId).stream().filter(r -> "CIO-office".equalsIgnoreCase(r.coveredText())).toList();
        assertThat(searched).hasSize(hits).allSatisfy(r -> assertThat(r.status()).isEqualTo(RedactionStatus.ACCEPTED));

        // Undo: every one of them is back to what it was (the new ones withdrawn), and the history says so.
        press("u");
        b.waiting(Duration.ofSeconds(20)).until(d -> searched.stream().allMatch(r -> finding.get(r.id()).status() != RedactionStatus.ACCEPTED));
        assertThat(finding.history(searched.get(0).id())).last().satisfies(c -> assertThat(c.action()).isEqualTo("ongedaan gemaakt"));

        // Keep public in this case: the first finding (of the first document that has one), and every occurrence of its
        // text in the case, is rejected.
        for (int doc = 0; doc < 20 && b.all(".review-box").isEmpty() && !b.all("#next-document").isEmpty(); doc++) {
            String url = b.driver.getCurrentUrl();
            press("n");
            b.waiting(Duration.ofSeconds(10)).until(d -> !d.getCurrentUrl().equals(url));
            rendered();
        }
        press("j");
        b.waiting(Duration.ofSeconds(5)).until(d -> !d.findElements(By.cssSelector(".review-box.selected")).isEmpty());
        long keptId = Long.parseLong(b.find(".review-box.selected").getDomAttribute("data-redaction"));
        String keptText = finding.get(keptId).coveredText();
        press("p");
        b.waiting(Duration.ofSeconds(20)).until(d -> finding.get(keptId).status() == RedactionStatus.REJECTED);
        assertThat(finding.forRequest(requestId).stream().filter(r -> keptText.equalsIgnoreCase(r.coveredText())))
                .allSatisfy(r -> assertThat(r.status()).isEqualTo(RedactionStatus.REJECTED));
        b.assertAccessible();

        // Every open proposal of every document: a decision moves on to the next open one; n goes to the next document.
        for (int doc = 0; doc < 20; doc++) {
            rendered();
            Map<String, Object> p = progress();
            if (((Number) p.get("decided")).longValue() < ((Number) p.get("total")).longValue()) {
                press("J");
                for (int guard = 0; guard < 200; guard++) {
                    Map<String, Object> now = progress();
                    if (((Number) now.get("decided")).longValue() >= ((Number) now.get("total")).longValue()) {
                        break;
                    }
                    long before = ((Number) now.get("decided")).longValue();
                    press("a");
                    b.waiting(Duration.ofSeconds(10)).until(d -> ((Number) progress().get("decided")).longValue() > before);
                }
            }
            if (b.all("#next-document").isEmpty()) {
                break;
            }
            String url = b.driver.getCurrentUrl();
            press("n");
            b.waiting(Duration.ofSeconds(10)).until(d -> !d.getCurrentUrl().equals(url));
        }
        double seconds = (System.nanoTime() - started) / 1e9;
        List<Redaction> after = finding.forRequest(requestId);
        assertThat(after.stream().filter(r -> r.status() == RedactionStatus.PROPOSED
                && !SearchingAndRedacting.CATEGORY.equals(r.category()))).isEmpty();

        // The old screen: j stepped through every word box of the document (decided ones too) and a decision stayed put.
        long oldKeys = 0;
        for (Document d : documents.forRequest(kenmerk)) {
            List<Redaction> rs = proposed.stream().filter(r -> r.documentId() == d.id()).toList();
            int boxes = rs.stream().mapToInt(r -> r.areas().size()).sum();
            long open = rs.stream().filter(r -> r.status() == RedactionStatus.PROPOSED).count();
            // reaching each open proposal costs on average half a round of boxes, then one key to decide
            oldKeys += open == 0 ? 0 : Math.round(open * (Math.max(1.0, (double) boxes / open)) + open) + 1;
        }
        System.out.printf("review of the demo case by keyboard: %d open proposals, %d keystrokes, %.1f s (old screen: about %d keystrokes)%n",
                openAtStart, keys, seconds, oldKeys);

        // A place the package check points at, from its link: one action redacts it there, on the case's most used ground.
        b.open(first + "#vlak=1,72.0,60.0,120.0,14.0");
        rendered();
        b.waiting(Duration.ofSeconds(10)).until(d -> d.findElement(By.id("gate-panel")).isDisplayed()
                && !d.findElements(By.id("gate-finding")).isEmpty());
        b.assertAccessible();
        int before = finding.forRequest(requestId).size();
        b.find("#gate-redact").sendKeys(Keys.ENTER);
        keys++;
        b.waiting(Duration.ofSeconds(10)).until(d -> finding.forRequest(requestId).size() == before + 1);
        Redaction made = finding.forRequest(requestId).stream().max(java.util.Comparator.comparingLong(Redaction::id)).orElseThrow();
        assertThat(made.status()).isEqualTo(RedactionStatus.ACCEPTED);
        assertThat(made.areas().get(0).page()).isEqualTo(1);
        assertThat(made.areas().get(0).box().x()).isEqualTo(72.0);
        assertThat(made.ground()).isEqualTo(finding.mostUsedGround(requestId).orElseThrow());
    }
}
