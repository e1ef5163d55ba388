package nl.openbaar.detection;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import nl.openbaar.detection.model.Category;
import nl.openbaar.detection.model.DetectionResult;
import nl.openbaar.detection.model.Finding;
import nl.openbaar.document.CollectingDocuments;
import nl.openbaar.document.DocumentTestSupport;
import nl.openbaar.document.Documents;
import nl.openbaar.document.model.Document;
import nl.openbaar.law.Regime;
import nl.openbaar.request.RegisteringRequest;
import nl.openbaar.shared.layout.Box;
import nl.openbaar.shared.layout.PageArea;
import nl.openbaar.shared.layout.PageRange;
import nl.openbaar.shared.layout.PageLayout;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Detection on the pages the documents capability really produces for the sample case: PDFBox word boxes of
 * the e-mail renditions and the memo, tesseract word boxes of the scanned request. Every invented personal
 * datum is found with boxes on its page; the public office holder, the company and the ministries' domains stay.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.NONE)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class DetectingInTheCollectedSampleCaseTest {

    static final Path data = DocumentTestSupport.dataDir();

    @DynamicPropertySource
    static void props(DynamicPropertyRegistry r) {
        DocumentTestSupport.properties(r, data);
    }

    @Autowired
    CollectingDocuments collecting;
    @Autowired
    Documents documents;
    @Autowired
    RegisteringRequest registering;

    Map<String, List<PageLayout>> pages = new LinkedHashMap<>();
    Map<String, DetectionResult> results;

    @BeforeAll
    void collectAndDetect() {
        String kenmerk = DocumentTestSupport.register(registering, "WOB-DETECT-1");
        Path sample = DocumentTestSupport.sample();
        collecting.collect(kenmerk, List.of(sample.resolve("documenten"), sample.resolve("verzoek-2021-10-21-gescand.pdf")),
                null, p -> {
                });
        for (Document d : documents.forRequest(kenmerk)) {
            pages.put(d.fileName(), documents.pages(d.id()));
        }
        results = DetectingPersonalData.standard().detectCase(pages, DetectionSettings.of(Regime.WOB));
    }

    List<Finding> redacted() {
        List<Finding> all = new ArrayList<>();
        results.values().forEach(r -> all.addAll(r.toRedact()));
        return all;
    }

    /** The text under a finding, read back from the pages' own texts piece by piece: what redaction will remove. */
    static String textUnder(List<PageLayout> doc, Finding f) {
        StringBuilder s = new StringBuilder();
        for (PageRange r : f.ranges()) {
            s.append(s.isEmpty() ? "" : " ").append(doc.get(r.page() - 1).text(), r.start(), r.end());
        }
        return s.toString().replaceAll("\\s+", " ");
    }

    @Test
    void everyInventedPersonalDatumIsFound() {
        List<String> texts = redacted().stream().map(f -> f.text().replace('\n', ' ')).toList();
        assertThat(texts).contains("Lotte Verbeek", "Daan Smit", "Ingrid van den Heuvel", "Ingrid", "Lotte", "Daan",
                "Smit, Daan", "Verbeek, Lotte", "lotte.verbeek", "daan.smit", "ddo-mo", "070 426 7788",
                "06 - 23 45 67 81", "+31 (0)6 87 65 43 21", "I. van den Heuvel", "M. el Amrani", "m.elamrani",
                "070-4266000", "Fatima Bouzid", "Kerkstraat 8", "1017 GM", "999999990", "06-11223344",
                // the scanned request, read by OCR
                "Oudegracht 233", "3511 NK", "rik.dijkhuizen", "06-98765432", "R. Dijkhuizen");
    }

    @Test
    void publicNamesCompaniesAndDomainsStay() {
        for (Finding f : redacted()) {
            assertThat(f.text()).doesNotContain("Knops", "Clearview", "minbzk.nl", "rvig.nl", "example.org", "Postbus",
                    "2500 EA");
        }
    }

    @Test
    void boxesLieOnThePageOverTheWordsOfTheFinding() {
        for (Map.Entry<String, DetectionResult> e : results.entrySet()) {
            List<PageLayout> doc = pages.get(e.getKey());
            for (Finding f : e.getValue().findings()) {
                assertThat(f.areas()).as(f.text()).isNotEmpty();
                for (PageArea a : f.areas()) {
                    PageLayout page = doc.get(a.page() - 1);
                    Box b = a.box();
                    assertThat(b.x()).isGreaterThanOrEqualTo(0);
                    assertThat(b.right()).isLessThanOrEqualTo(page.width() + 0.5);
                    assertThat(b.bottom()).isLessThanOrEqualTo(page.height() + 0.5);
                    assertThat(b.width()).isPositive();
                }
                String under = textUnder(doc, f);
                assertThat(f.category() == Category.EMAIL_LOCAL_PART ? under.replace(" ", "") : under)
                        .isEqualTo(f.text().replaceAll("\\s+", " "));
            }
        }
    }

    @Test
    void theScannedLettersFindingsHaveOcrBoxes() {
        String scan = "verzoek-2021-10-21-gescand.pdf";
        assertThat(pages.get(scan).get(0).ocr()).isTrue();
        List<Finding> found = results.get(scan).toRedact();
        assertThat(found).extracting(Finding::category).contains(Category.STREET_ADDRESS, Category.POSTCODE,
                Category.EMAIL_LOCAL_PART, Category.PHONE_NUMBER, Category.PERSON_NAME);
        Finding local = found.stream().filter(f -> f.category() == Category.EMAIL_LOCAL_PART).findFirst().orElseThrow();
        PageLayout page = pages.get(scan).get(0);
        PageRange at = local.ranges().get(0);
        Box word = page.words().stream().filter(w -> w.start() <= at.start() && w.end() >= at.end())
                .findFirst().orElseThrow().box();
        // an OCR word has no glyph edges: the local part's box is estimated in proportion, inside the word
        assertThat(local.areas().get(0).box().width()).isLessThan(word.width());
    }
}
