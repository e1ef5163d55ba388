package nl.openbaar.web.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import nl.openbaar.account.Accounts;
import nl.openbaar.account.Role;
import nl.openbaar.publication.ApprovingPublication;
import nl.openbaar.publication.BackOfficePublications;
import nl.openbaar.publication.ImportingBundle;
import nl.openbaar.publication.PublishingDecision;
import nl.openbaar.publication.SeedBundle;
import nl.openbaar.publication.model.ImportMetadata;
import nl.openbaar.publication.model.Publicatie;
import nl.openbaar.publication.model.PublishedFile;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The public pages on a phone (390 CSS pixels wide) and at 200 % zoom (a 1280-pixel window zoomed twice is 640 CSS
 * pixels wide): no horizontal scrolling of the page and no element running past the right edge (a wide table may
 * scroll inside its own container, as WCAG 1.4.10 allows for data tables), in Dutch and in English, with axe-core.
 * The portal holds a bundle imported from the real seeds (JenV's Wob decision and its redacted e-mails). Screenshots
 * go to target/screenshots.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class NarrowScreensIT {

    static Path data;

    @DynamicPropertySource
    static void properties(DynamicPropertyRegistry r) throws IOException {
        data = Files.createTempDirectory("openbaar-narrow-");
        r.add("openbaar.data-dir", data::toString);
        r.add("spring.datasource.url",
                () -> "jdbc:h2:mem:narrow;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1");
    }

    @LocalServerPort
    int port;
    @Autowired
    Accounts accounts;
    @Autowired
    ImportingBundle importing;
    @Autowired
    ApprovingPublication approving;
    @Autowired
    PublishingDecision publishing;
    @Autowired
    BackOfficePublications publications;

    static Browser browser;

    @AfterAll
    static void close() {
        if (browser != null) {
            browser.close();
        }
    }

    /** Elements that run past the right edge of the viewport and are not inside something that scrolls by itself. */
    private static final String OVERFLOW = """
            const w = window.innerWidth;
            const out = [];
            for (const e of document.body.querySelectorAll('*')) {
              const r = e.getBoundingClientRect();
              if (r.width === 0 || r.height === 0 || r.right <= w + 1) continue;
              let scrolls = false;
              for (let p = e.parentElement; p && p !== document.body; p = p.parentElement) {
                const ox = getComputedStyle(p).overflowX;
                if (ox === 'auto' || ox === 'scroll' || ox === 'hidden') { scrolls = true; break; }
              }
              if (!scrolls) out.push(e.tagName.toLowerCase() + (e.id ? '#' + e.id : '') + (e.className && typeof e.className === 'string'
                  ? '.' + e.className.trim().split(/\\s+/).join('.') : '') + ' right=' + Math.round(r.right));
            }
            return {scrollWidth: document.documentElement.scrollWidth, innerWidth: w, overflow: out.slice(0, 8)};""";

    /** Dutch words of the interface left on an English page; the documents' own titles and names are their content. */
    private static List<String> dutchIn(String text, Publicatie p, List<PublishedFile> files) {
        String t = text.replace(p.title(), " ").replace(p.organisation(), " ");
        if (p.summary() != null) {
            t = t.replace(p.summary(), " ");
        }
        for (PublishedFile f : files) {
            t = t.replace(f.title(), " ").replace(f.fileName(), " ");
        }
        t = t.replaceAll("(?m)^Openbaar( — .*)?$", " ").replace("Ministerie van Binnenlandse Zaken en Koninkrijksrelaties", " ")
                .replace("Nederlands", " ");
        List<String> found = new ArrayList<>();
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("(?iu)\\b(gepubliceerd|openbaar|openbaarmaking|inventarislijst|inventaris"
                + "|pagina|besluit|besluiten|verzoek|documenten|zoeken|weigeringsgrond|beoordeling|ingetrokken|categorie|categorieën"
                + "|overig|bijlage|datum|onderwerp|organisatie|kenmerk|dagen|ontvangen|deels|niet|geen|alle|van|het|een)\\b").matcher(t);
        while (m.find()) {
            found.add(m.group(1));
        }
        return found;
    }

    @Test
    void everyPublicPageFitsAPhoneAndTwoHundredPercentZoomInDutchAndEnglish() throws IOException {
        if (!accounts.exists("narrow-a")) {
            accounts.create("narrow-a", "narrow-a", "smal-scherm-wachtwoord-1", Set.of(Role.PUBLISHER));
            accounts.create("narrow-b", "narrow-b", "smal-scherm-wachtwoord-2", Set.of(Role.PUBLISHER));
        }
        Path bundle = SeedBundle.write(data.resolve("bundel.pdf"));
        Publicatie p = importing.importBundle(bundle, new ImportMetadata(null, null, null, null, null, null, null,
                "Documenten over het gebruik van Clearview AI bij het ministerie, 2020-2021"), "narrow-a").publication();
        approving.approve(p.publicId(), nl.openbaar.account.Actor.of("narrow-b", Set.of(Role.PUBLISHER)));
        publishing.publish(p.publicId(), nl.openbaar.account.Actor.of("narrow-b", Set.of(Role.PUBLISHER)));
        List<PublishedFile> files = publications.files(p);
        String document = files.get(4).publicId();

        browser = new Browser("http://localhost:" + port);
        List<String> pages = List.of("/", "/besluiten", "/besluiten/" + p.publicId(), "/documenten/" + document,
"/zoeken?q=clearview", "/zoeken?q=kamervragen&besluit=" + p.publicId(),
                "/categorieen", "/categorieen/infocat014", "/verzoek-indienen", "/status", "/login");
        Path shots = Path.of("target", "screenshots");
        Files.createDirectories(shots);
        List<String> problems = new ArrayList<>();
        for (String lang : List.of("nl", "en")) {
            browser.open("/?lang=" + lang);
            for (int width : List.of(390, 640)) {
                browser.driver.manage().window().setSize(new Dimension(width, 900));
                for (String path : pages) {
                    browser.open(path);
                    @SuppressWarnings("unchecked")
                    var r = (java.util.Map<String, Object>) ((JavascriptExecutor) browser.driver).executeScript(OVERFLOW);
                    long scrollWidth = ((Number) r.get("scrollWidth")).longValue();
                    long inner = ((Number) r.get("innerWidth")).longValue();
                    List<?> overflow = (List<?>) r.get("overflow");
                    if (scrollWidth > inner || !overflow.isEmpty()) {
                        problems.add(lang + " " + width + " " + path + ": scrollWidth " + scrollWidth + " > " + inner + " " + overflow);
                    }
                    String name = lang + "-" + width + "-" + path.replaceAll("[^a-z0-9]+", "_");
                    long height = ((Number) ((JavascriptExecutor) browser.driver).executeScript(
                            "return document.documentElement.scrollHeight")).longValue();
                    browser.driver.manage().window().setSize(new Dimension(width, (int) Math.min(6000, Math.max(900, height + 120))));
                    Files.write(shots.resolve(name + ".png"), ((TakesScreenshot) browser.driver).getScreenshotAs(OutputType.BYTES));
                    browser.driver.manage().window().setSize(new Dimension(width, 900));
                    if (width == 390) {
                        String text = browser.text();
                        Files.writeString(shots.resolve(name + ".txt"), text);
                        if (text.contains("Something went wrong") || text.contains("Er ging iets mis")) {
                            problems.add(lang + " " + path + ": an error page");
                        }
                        if (lang.equals("en")) {
                            // Quoted Dutch (the law's definitions, the documents' own words in snippets) is marked lang="nl".
                            String interfaceText = (String) ((JavascriptExecutor) browser.driver).executeScript("""
                                    const b = document.body.cloneNode(true);
                                    b.querySelectorAll('[lang="nl"]').forEach(e => e.remove());
                                    document.documentElement.appendChild(b);
                                    const t = b.innerText;
                                    b.remove();
                                    return t;""");
                            dutchIn(interfaceText, p, files).forEach(w -> problems.add("en " + path + ": Dutch '" + w + "'"));
                        }
                    }
                    if (width == 390) {
                        browser.violations().forEach(v -> problems.add(lang + " " + path + ": " + v));
                    }
                }
            }
        }
        assertThat(problems).isEmpty();
    }
}
