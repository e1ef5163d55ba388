package nl.openbaar.web.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import nl.openbaar.account.Accounts;
import nl.openbaar.account.Role;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The whole flow by hand, in Debian's Chromium: log in, register a request, collect the sample documents,
 * prepare the publication, a second person approves and publishes it, the public finds the document by
 * full-text search, and unpublished addresses answer 404. axe-core checks every page on the way (WCAG 2.1 AA).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class BackOfficeToPortalIT {

    static final String PASSWORD = "browser-test-wachtwoord";
    static Path data;

    @DynamicPropertySource
    static void properties(DynamicPropertyRegistry r) throws IOException {
        data = Files.createTempDirectory("openbaar-browser-");
        r.add("openbaar.data-dir", data::toString);
        r.add("spring.datasource.url",
                () -> "jdbc:h2:mem:browser;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1");
    }

    @LocalServerPort
    int port;

    @Autowired
    Accounts accounts;

    @Autowired
    nl.openbaar.request.RecordingEvent recording;

    static Browser browser;

    @BeforeAll
    static void noBrowserYet() {
        browser = null;
    }

    @AfterAll
    static void close() {
        if (browser != null) {
            browser.close();
        }
    }

    private Browser browser() {
        if (browser == null) {
            browser = new Browser("http://localhost:" + port);
        }
        return browser;
    }

    private void login(String user) {
        Browser b = browser();
        b.open("/login");
        b.assertAccessible();
        b.type("#username", user);
        b.type("#password", PASSWORD);
        b.click("form.utrecht-form button[type=submit]");
        b.waiting(Duration.ofSeconds(10)).until(d -> d.getCurrentUrl().endsWith("/beheer"));
    }

    private void logout() {
        browser().click("form.logout button");
        browser().waiting(Duration.ofSeconds(10)).until(d -> d.getCurrentUrl().contains("/login"));
    }

    @Test
    void fromRegistrationToPublishedAndFoundOnThePortal() throws Exception {
        for (var a : List.of(new Object[] {"b-behandelaar", Role.CASE_HANDLER}, new Object[] {"b-publicatie", Role.PUBLISHER},
                new Object[] {"b-beheerder", Role.ADMIN})) {
            if (!accounts.exists((String) a[0])) {
                accounts.create((String) a[0], (String) a[0], PASSWORD, Set.of((Role) a[1]));
            }
        }
        Browser b = browser();

        // The public pages, before anything is published.
        for (String page : List.of("/", "/besluiten", "/zoeken", "/verzoek-indienen", "/status", "/?lang=en", "/?lang=nl")) {
            b.open(page);
            b.assertAccessible();
        }

        // A case handler registers a request.
        login("b-behandelaar");
        b.assertAccessible();
        b.open("/beheer/verzoeken/nieuw");
        b.assertAccessible();
        b.type("#subject", "het gebruik van gezichtsherkenningssoftware van Clearview AI");
        b.type("#items", "E-mails over Clearview AI\nNotities over gezichtsherkenning");
        b.type("#name", "Karin Blom");
        b.type("#email", "k.blom@example.org");
        b.find("#received").sendKeys(LocalDate.now().minusDays(10).format(java.time.format.DateTimeFormatter.ofPattern("MM/dd/yyyy")));
        b.click("form.utrecht-form button[type=submit]");
        b.waiting(Duration.ofSeconds(10)).until(d -> d.getCurrentUrl().matches(".*/beheer/verzoeken/WOO-\\d{4}-\\d{4}$"));
        String kenmerk = b.driver.getCurrentUrl().replaceAll(".*/", "");
        assertThat(b.text()).contains("het gebruik van gezichtsherkenningssoftware").contains("Karin Blom");
        b.assertAccessible();

        // Record the acknowledgement on the timeline.
        b.driver.findElement(By.xpath("//details[summary[normalize-space()='Ontvangst bevestigd']]/summary")).click();
        b.driver.findElement(By.xpath("//details[summary[normalize-space()='Ontvangst bevestigd']]//button")).click();
        b.waiting(Duration.ofSeconds(10)).until(d -> d.getPageSource().contains("De gebeurtenis is vastgelegd"));
        // The acknowledgement's letter is offered as a draft; the case handler looks at it and goes back to the case.
        assertThat(b.driver.getCurrentUrl()).contains("/beheer/verzoeken/" + kenmerk + "/brieven/");
        assertThat(b.text()).contains("Ontvangstbevestiging — " + kenmerk).contains("uiterlijk binnen vier weken na de dag van ontvangst");
        b.assertAccessible();
        b.open("/beheer/verzoeken/" + kenmerk);

        // Collect the sample documents; they are read in the background.
        Path samples = Path.of("src/test/resources/samples/clearview-bzk/documenten").toAbsolutePath();
        String files;
        try (Stream<Path> s = Files.list(samples)) {
            files = s.sorted().map(Path::toString).collect(Collectors.joining("\n"));
        }
        b.find("#files").sendKeys(files);
        b.type("#source", "Mailbox directie DDO");
        b.driver.findElement(By.xpath("//button[normalize-space()='Verzamelen']")).click();
        b.waiting(Duration.ofSeconds(10)).until(d -> d.getPageSource().contains("nieuw,"));
        b.waiting(Duration.ofSeconds(300)).pollingEvery(Duration.ofSeconds(2)).until(d -> {
            d.navigate().refresh();
            // Reading and then organising (threads, duplicates, numbers) both finished.
            return d.findElements(By.cssSelector(".documents-table tbody tr")).size() >= 5
                    && d.findElements(By.cssSelector(".progress-item")).size() >= 2
                    && d.findElements(By.cssSelector(".progress-item[data-running=true]")).isEmpty();
        });
        assertThat(b.text()).contains("Notitie inventarisatie gezichtsherkenning").contains("duplicaat van")
                .contains("2020-03-04-notitie-concept.docx").doesNotContain("0-2020");
        b.assertAccessible();

        // Detection proposes redactions; the reviewer opens a document, the pages render, and accepts by keyboard.
        b.click("#detect");
        b.waiting(Duration.ofSeconds(60)).until(d -> d.getPageSource().contains("lakvoorstellen in"));
        b.assertAccessible();
        // The reply in the thread: not a duplicate, with names and addresses in it.
        b.driver.findElement(By.xpath("//tr[td[contains(., 'RE: Berichtgeving')]]//a[normalize-space()='Beoordelen']")).click();
        try {
            b.waiting(Duration.ofSeconds(60)).until(d -> "true".equals(d.findElement(By.id("review")).getDomAttribute("data-rendered"))
                    && !d.findElements(By.cssSelector(".review-box")).isEmpty());
        } catch (org.openqa.selenium.TimeoutException e) {
            throw new AssertionError("review screen did not render: " + b.find("#review-error").getText() + " / "
                    + b.driver.manage().logs().get("browser").getAll(), e);
        }
        assertThat(b.all("#review-pages canvas")).isNotEmpty();
        b.assertAccessible();
        int acceptedBefore = b.all(".review-box.accepted").size();
        new org.openqa.selenium.interactions.Actions(b.driver).sendKeys("j").perform();
        b.waiting(Duration.ofSeconds(5)).until(d -> !d.findElements(By.cssSelector(".review-box.selected")).isEmpty());
        String box = b.find(".review-box.selected").getDomAttribute("data-redaction");
        new org.openqa.selenium.interactions.Actions(b.driver).sendKeys("a").perform();
        b.waiting(Duration.ofSeconds(10)).until(d -> d.findElements(By.cssSelector(".review-box.accepted[data-redaction='" + box + "']"))
                .size() > 0);
        assertThat(b.all(".review-box.accepted").size()).isGreaterThan(acceptedBefore > 0 ? acceptedBefore - 1 : 0);
        b.assertAccessible();

        // Every document that will be published gets its judgement (the screen suggests the one the boxes imply).
        b.open("/beheer/verzoeken/" + kenmerk);
        List<String> toJudge = b.driver.findElements(By.xpath("//table[contains(@class,'documents-table')]//tr[not(contains(., 'duplicaat van'))]"
                + "//a[normalize-space()='Beoordelen']")).stream().map(e -> e.getDomAttribute("href")).toList();
        assertThat(toJudge).hasSizeGreaterThanOrEqualTo(3);
        for (String href : toJudge) {
            b.open(href);
            b.click("#save-judgement");
            try {
                b.waiting(Duration.ofSeconds(10)).until(d -> d.getPageSource().contains("De beoordeling is opgeslagen"));
            } catch (org.openqa.selenium.TimeoutException e) {
                throw new AssertionError("judging " + href + " failed: " + b.text(), e);
            }
        }

        // The case handler builds the publication package from the reviewed case in the background (redaction,
        // stamps, bundle, gate); the page follows the progress by itself and offers the verified package for approval.
        b.open("/beheer/verzoeken/" + kenmerk);
        b.click("#build-package");
        b.waiting(Duration.ofSeconds(10)).until(d -> d.getPageSource().contains("op de achtergrond gemaakt"));
        b.waiting(Duration.ofSeconds(300)).pollingEvery(Duration.ofSeconds(1)).until(d ->
                !d.findElements(By.id("prepare-package")).isEmpty() || !d.findElements(By.cssSelector("#package-run .utrecht-alert--error")).isEmpty());
        assertThat(b.all("#package-run .utrecht-alert--error")).as(b.text()).isEmpty();
        assertThat(b.find("#package-run").getText()).contains("gecontroleerd en in orde");
        b.assertAccessible();
        b.click("#prepare-package");
        b.waiting(Duration.ofSeconds(60)).until(d -> d.getCurrentUrl().contains("/beheer/publicaties/")
                || !d.findElements(By.cssSelector("#publicatie ~ .utrecht-alert--error")).isEmpty());
        assertThat(b.driver.getCurrentUrl()).as(b.text()).contains("/beheer/publicaties/");
        String publicationUrl = b.driver.getCurrentUrl();
        String publicId = publicationUrl.replaceAll(".*/", "");
        assertThat(b.find("#publication-status").getText()).isEqualTo("wacht op goedkeuring");
        assertThat(b.all("#approve")).isEmpty();
        b.assertAccessible();
        String fileId = b.find("td a[href*='/bestanden/']").getAttribute("href").replaceAll(".*/bestanden/", "");

        // Not public yet.
        assertThat(b.status("/besluiten/" + publicId)).isEqualTo(404);
        assertThat(b.status("/documenten/" + fileId)).isEqualTo(404);
        logout();

        // The decision is taken and sent before it goes public (publication needs both dates).
        recording.record(kenmerk, new nl.openbaar.request.model.NewEvent("decided", LocalDate.now().minusDays(1), null, null,
                java.util.Map.of()), nl.openbaar.account.Actor.system("b-behandelaar"));
        recording.record(kenmerk, new nl.openbaar.request.model.NewEvent("sent", LocalDate.now(), null, null,
                java.util.Map.of()), nl.openbaar.account.Actor.system("b-behandelaar"));

        // A publisher approves and publishes.
        login("b-publicatie");
        b.driver.get(publicationUrl);
        b.assertAccessible();
        b.click("#approve");
        b.waiting(Duration.ofSeconds(10)).until(d -> d.findElement(By.id("publication-status")).getText().equals("goedgekeurd"));
        assertThat(b.status("/besluiten/" + publicId)).isEqualTo(404);
        b.click("#publish");
        b.waiting(Duration.ofSeconds(20)).until(d -> d.findElement(By.id("publication-status")).getText().equals("gepubliceerd"));
        b.assertAccessible();
        b.open("/beheer");
        b.assertAccessible();
        b.open("/beheer/publicaties");
        b.assertAccessible();
        b.open("/beheer/rapportage");
        b.assertAccessible();
        logout();

        // The public finds it by full-text search and opens the decision and the document.
        b.open("/zoeken?q=gezichtsherkenning");
        assertThat(b.all(".search-results mark")).extracting(e -> e.getText().toLowerCase()).anyMatch(t -> t.startsWith("gezichtsherkenn"));
        b.assertAccessible();
        b.driver.findElement(By.cssSelector(".search-results a.result-document-title")).click();
        b.waiting(Duration.ofSeconds(10)).until(d -> d.getCurrentUrl().contains("/documenten/"));
        b.assertAccessible();
        b.open("/besluiten/" + publicId);
        assertThat(b.text()).contains("gezichtsherkenning").doesNotContain("Karin Blom");
        b.open("/zoeken?q=Blom");
        assertThat(b.all(".search-results li")).isEmpty();
        b.assertAccessible();
        b.open("/besluiten");
        b.assertAccessible();
        assertThat(b.status("/sitemapindex-diwoo-infocat014.xml")).isEqualTo(200);

        // Unpublished and guessed addresses answer 404.
        assertThat(b.status("/besluiten/00000000000000000000000000000000")).isEqualTo(404);
        assertThat(b.status("/documenten/ffffffffffffffffffffffffffffffff")).isEqualTo(404);
        b.open("/besluiten/00000000000000000000000000000000");
        b.assertAccessible();

        // The administrator's pages.
        login("b-beheerder");
        b.open("/beheer/accounts");
        b.assertAccessible();
        b.open("/beheer/audit?kenmerk=" + kenmerk);
        assertThat(b.text()).contains("request.registered").contains("publication.published");
        b.assertAccessible();
        logout();
    }

    /** The check is not vacuous: a planted image without alt text and an unlabelled field are reported. */
    @Test
    void axeReportsPlantedViolations() {
        Browser b = browser();
        b.open("/");
        assertThat(b.violations()).isEmpty();
        ((org.openqa.selenium.JavascriptExecutor) b.driver).executeScript(
                "const i = document.createElement('img'); i.src = '/favicon.ico'; document.querySelector('main').appendChild(i);"
                + "const f = document.createElement('input'); f.type = 'text'; document.querySelector('main').appendChild(f);");
        assertThat(b.violations()).anyMatch(v -> v.startsWith("image-alt")).anyMatch(v -> v.startsWith("label"));
    }
}
