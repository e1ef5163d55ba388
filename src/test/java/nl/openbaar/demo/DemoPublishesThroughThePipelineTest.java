package nl.openbaar.demo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nl.openbaar.request.FindingRequests;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;

/**
 * {@code openbaar demo} publishes its decided case through the real pipeline on the demo documents: the portal
 * shows it, and none of the invented people's names, addresses or numbers is in any published PDF, while the
 * subject and the ministry's mail domain still are.
 */
@SpringBootTest(properties = "openbaar.demo=true")
@AutoConfigureMockMvc
class DemoPublishesThroughThePipelineTest {

    static final Path DATA;

    static {
        try {
            DATA = Files.createTempDirectory("openbaar-demotest-");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @DynamicPropertySource
    static void properties(DynamicPropertyRegistry r) {
        r.add("openbaar.data-dir", DATA::toString);
        r.add("spring.datasource.url",
                () -> "jdbc:h2:mem:demotest;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1");
    }

    @Autowired
    MockMvc mvc;

    @Autowired
    FindingRequests requests;

    // names, local parts, phone numbers and the citizen's BSN written in the demo documents (all invented)
    static final List<String> PERSONAL = List.of("Hendriks", "Bakker", "Karin", "Vries", "noor.hendriks", "ruud.bakker",
            "06 41 52 63 74", "06 18 29 37 46", "111222333", "111 222 333");

    @Test
    void theDecidedCaseIsPublishedFromThePipelineWithoutPersonalData() throws Exception {
        assertThat(requests.byUrgency()).as("demo requests registered").isNotEmpty();
        String listing = "";
        long until = System.nanoTime() + 240_000_000_000L; // the pipeline runs on its own thread after start-up
        while (System.nanoTime() < until) {
            listing = page("/besluiten");
            if (listing.contains("href=\"/besluiten/")) {
                break;
            }
            Thread.sleep(1000);
        }
        Matcher m = Pattern.compile("href=\"(/besluiten/[0-9a-f]+)\"").matcher(listing);
        assertThat(m.find()).as("a published demo decision on the portal").isTrue();
        String decision = page(m.group(1));
        assertThat(decision).contains("Clearview AI");

        List<String> pdfs = new ArrayList<>();
        Matcher f = Pattern.compile("href=\"(/bestanden/[0-9a-f]+/[^\"]+\\.pdf)\"").matcher(decision);
        while (f.find()) {
            pdfs.add(f.group(1));
        }
        assertThat(pdfs).anyMatch(p -> p.endsWith("/besluit.pdf")).anyMatch(p -> p.endsWith("/documentenbundel.pdf"));
        StringBuilder all = new StringBuilder();
        for (String url : pdfs) {
            byte[] bytes = mvc.perform(get(url)).andReturn().getResponse().getContentAsByteArray();
            try (PDDocument doc = Loader.loadPDF(bytes)) {
                String text = new PDFTextStripper().getText(doc);
                all.append(text);
                for (String secret : PERSONAL) {
                    assertThat(text).as(url + " must not hold " + secret).doesNotContain(secret);
                }
            }
        }
        String bundle = all.toString();
        assertThat(bundle).contains("Clearview").contains("@minbzk.nl").contains("5.1.2e").contains("Document ");
        assertThat(bundle).doesNotContain("Johan Verbeek"); // the requester of the decided case
    }

    private String page(String url) throws Exception {
        return mvc.perform(get(url)).andReturn().getResponse().getContentAsString();
    }
}
