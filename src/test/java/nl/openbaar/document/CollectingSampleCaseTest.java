package nl.openbaar.document;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import nl.openbaar.document.model.CollectReport;
import nl.openbaar.document.model.Document;
import nl.openbaar.document.model.DocumentKind;
import nl.openbaar.document.model.DocumentStatus;
import nl.openbaar.document.model.DuplicateReason;
import java.time.LocalDate;
import nl.openbaar.request.RegisteringRequest;
import nl.openbaar.search.RunningSweep;
import nl.openbaar.search.SearchingDocuments;
import nl.openbaar.search.Zoekslagen;
import nl.openbaar.search.model.PageHit;
import nl.openbaar.search.model.SweepRequest;
import nl.openbaar.search.model.Zoekslag;
import nl.openbaar.shared.layout.LaidOutWord;
import nl.openbaar.shared.layout.PageLayout;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The "done when" on the sample case: collecting the Clearview folder and the scanned request yields
 * the family, the exact and near duplicates, the thread, OCR text, and word boxes on the working PDFs.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.NONE)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class CollectingSampleCaseTest {

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
    @Autowired
    RunningSweep sweep;
    @Autowired
    Zoekslagen zoekslagen;
    @Autowired
    SearchingDocuments searching;

    CollectReport report;
    Map<String, Document> byFile;
    String kenmerk;

    @BeforeAll
    void collect() {
        kenmerk = DocumentTestSupport.register(registering, "WOB-SAMPLE-1");
        Path sample = DocumentTestSupport.sample();
        report = collecting.collect(kenmerk, List.of(sample.resolve("documenten"), sample.resolve("verzoek-2021-10-21-gescand.pdf")),
                null, p -> {
                });
        byFile = documents.forRequest(kenmerk).stream().collect(Collectors.toMap(Document::fileName, Function.identity(), (a, b) -> a));
    }

    @Test
    void everyItemBecomesADocumentAndIsRead() {
        assertThat(report.failed()).isEmpty();
        assertThat(report.skipped()).isEmpty();
        // 5 files in the folder + the scanned letter + the PDF attachment
        assertThat(report.documents()).isEqualTo(7);
        assertThat(documents.forRequest(kenmerk)).allSatisfy(d -> {
            assertThat(d.status()).isEqualTo(DocumentStatus.READ);
            assertThat(d.pageCount()).isPositive();
            assertThat(documents.rendition(d.id())).exists();
        });
    }

    @Test
    void theAttachmentIsAChildOfItsEmail() {
        Document mail = byFile.get("2020-03-04-notitie-met-bijlage.eml");
        List<Document> children = documents.children(mail.id());
        assertThat(children).hasSize(1);
        Document pdf = children.get(0);
        assertThat(pdf.fileName()).isEqualTo("Notitie gezichtsherkenning BZK.pdf");
        assertThat(pdf.kind()).isEqualTo(DocumentKind.PDF);
        assertThat(pdf.parentId()).isEqualTo(mail.id());
        assertThat(pdf.familyId()).isEqualTo(mail.id());
        assertThat(pdf.inventoryNumber()).isEqualTo(mail.inventoryNumber() + 1);
        assertThat(String.join("\n", documents.pageTexts(pdf.id()))).contains("Inventarisatie gebruik gezichtsherkenning binnen BZK");
    }

    @Test
    void emailHeadersAreParsedAndRenderedOnThePage() {
        Document mail = byFile.get("2020-02-28-re-gezichtsherkenning.eml");
        assertThat(mail.kind()).isEqualTo(DocumentKind.EMAIL);
        assertThat(mail.email().from()).isEqualTo("Smit, Daan <daan.smit@minbzk.nl>");
        assertThat(mail.email().to()).containsExactly("Verbeek, Lotte <lotte.verbeek@minbzk.nl>");
        assertThat(mail.email().subject()).isEqualTo("RE: Berichtgeving NOS over gezichtsherkenning");
        assertThat(mail.email().messageId()).isEqualTo("a2.20200228@minbzk.nl");
        assertThat(mail.email().inReplyTo()).isEqualTo("a1.20200228@minbzk.nl");
        assertThat(mail.email().sent()).hasToString("2020-02-28T11:02+01:00");
        assertThat(mail.date()).hasToString("2020-02-28");
        String page = documents.pageTexts(mail.id()).get(0);
        assertThat(page).contains("Van: Smit, Daan <daan.smit@minbzk.nl>").contains("Onderwerp: RE: Berichtgeving NOS")
                .contains("Ingrid zegt dat er geen contract of proefaccount is");
    }

    @Test
    void wordBoxesLieOnTheWorkingPdfsPages() throws Exception {
        Document mail = byFile.get("2020-02-28-gezichtsherkenning.eml");
        List<PageLayout> pages = documents.pages(mail.id());
        assertThat(pages).isNotEmpty();
        PageLayout first = pages.get(0);
        try (PDDocument pdf = Loader.loadPDF(documents.rendition(mail.id()).toFile())) {
            assertThat(pages).hasSize(pdf.getNumberOfPages());
            assertThat(first.width()).isCloseTo(pdf.getPage(0).getMediaBox().getWidth(), org.assertj.core.data.Offset.offset(0.5));
        }
        LaidOutWord phone = first.words().stream().filter(w -> w.text().equals("7788)?")).findFirst().orElseThrow();
        assertThat(first.text().substring(phone.start(), phone.end())).isEqualTo("7788)?");
        assertThat(phone.box().x()).isBetween(0.0, first.width());
        assertThat(phone.box().y()).isBetween(0.0, first.height());
        assertThat(phone.glyphEdges()).hasSize(phone.text().length() + 1);
        // reading order: the heading lines come before the body, top to bottom
        LaidOutWord van = first.words().stream().filter(w -> w.text().equals("Van:")).findFirst().orElseThrow();
        assertThat(van.box().y()).isLessThan(phone.box().y());
    }

    @Test
    void theScannedRequestIsReadByOcr() {
        Document scan = byFile.get("verzoek-2021-10-21-gescand.pdf");
        assertThat(scan.ocr()).isTrue();
        PageLayout page = documents.pages(scan.id()).get(0);
        assertThat(page.ocr()).isTrue();
        assertThat(page.text()).contains("Clearview");
        LaidOutWord word = page.words().stream().filter(w -> w.text().startsWith("Clearview")).findFirst().orElseThrow();
        assertThat(word.box().width()).isPositive();
        assertThat(word.box().right()).isLessThanOrEqualTo(page.width());
    }

    @Test
    void theByteCopyIsAnExactDuplicate() {
        Document original = byFile.get("2020-02-28-gezichtsherkenning.eml");
        Document copy = byFile.get("kopie-2020-02-28-gezichtsherkenning.eml");
        assertThat(original.sha256()).isEqualTo(copy.sha256());
        // one of the two is kept, the other points to it
        Document marked = copy.isDuplicate() ? copy : original;
        Document kept = copy.isDuplicate() ? original : copy;
        assertThat(marked.duplicateReason()).isIn(DuplicateReason.SAME_BYTES);
        assertThat(marked.duplicateOf()).isIn(kept.id(), kept.duplicateOf());
    }

    @Test
    void theReplyContainsTheFirstMail() {
        Document first = byFile.get("2020-02-28-gezichtsherkenning.eml");
        Document copy = byFile.get("kopie-2020-02-28-gezichtsherkenning.eml");
        Document reply = byFile.get("2020-02-28-re-gezichtsherkenning.eml");
        Document keptOfFirst = first.isDuplicate() && first.duplicateReason().exact() ? copy : first;
        assertThat(keptOfFirst.duplicateReason()).isEqualTo(DuplicateReason.CONTAINED);
        assertThat(keptOfFirst.duplicateOf()).isEqualTo(reply.id());
        assertThat(reply.isDuplicate()).isFalse();
    }

    @Test
    void theDraftIsMatchedToTheAttachment() {
        Document draft = byFile.get("2020-03-04-notitie-concept.docx");
        Document attachment = byFile.get("Notitie gezichtsherkenning BZK.pdf");
        assertThat(draft.kind()).isEqualTo(DocumentKind.WORD);
        boolean draftMarked = draft.isDuplicate();
        Document marked = draftMarked ? draft : attachment;
        Document kept = draftMarked ? attachment : draft;
        assertThat(marked.duplicateOf()).isEqualTo(kept.id());
        assertThat(marked.duplicateReason()).isIn(DuplicateReason.NEAR, DuplicateReason.CONTAINED);
        assertThat(marked.similarity()).isGreaterThan(0.8);
    }

    @Test
    void theMailsOfOneConversationShareAThread() {
        Document first = byFile.get("2020-02-28-gezichtsherkenning.eml");
        Document reply = byFile.get("2020-02-28-re-gezichtsherkenning.eml");
        Document other = byFile.get("2020-03-04-notitie-met-bijlage.eml");
        assertThat(reply.threadId()).isNotNull().isEqualTo(first.threadId());
        assertThat(other.threadId()).isNotEqualTo(first.threadId());
    }

    @Test
    void collectingAgainAddsNothing() {
        Path sample = DocumentTestSupport.sample();
        CollectReport again = collecting.collect(kenmerk, List.of(sample.resolve("documenten")), null, p -> {
        });
        assertThat(again.added()).isZero();
        assertThat(again.unchanged()).isEqualTo(5);
        assertThat(again.documents()).isEqualTo(7);
    }

    @Test
    void aSweepFindsTheDocumentsAndIsRecorded() {
        Zoekslag z = sweep.run(kenmerk, new SweepRequest(List.of("Clearview", "gezichtsherkenning"), List.of(),
                LocalDate.of(2017, 1, 1), LocalDate.of(2021, 12, 31), true, true, false, "behandelaar"));
        // every document of the sample speaks of Clearview or facial recognition
        assertThat(z.documentIds()).containsExactlyInAnyOrderElementsOf(documents.forRequest(kenmerk).stream().map(Document::id).toList());
        assertThat(z.sources()).containsExactlyInAnyOrder("documenten", "verzoek-2021-10-21-gescand.pdf");
        // the scanned letter is found by its OCR text: Clearview, and gezichtsherkenningssoftware (a compound)
        assertThat(hits(z, "Clearview", "verzoek-2021-10-21-gescand.pdf")).isEqualTo(1);
        assertThat(hits(z, "gezichtsherkenning", "verzoek-2021-10-21-gescand.pdf")).isEqualTo(1);
        // the folder: every file and the attachment mention gezichtsherkenning (the PDF as gezichtsherkenningssoftware)
        assertThat(hits(z, "gezichtsherkenning", "documenten")).isEqualTo(6);
        assertThat(zoekslagen.forRequest(kenmerk)).extracting(Zoekslag::id).contains(z.id());
        Zoekslag stored = zoekslagen.find(z.id()).orElseThrow();
        assertThat(stored.terms()).containsExactly("Clearview", "gezichtsherkenning");
        assertThat(stored.from()).isEqualTo(LocalDate.of(2017, 1, 1));
        assertThat(stored.to()).isEqualTo(LocalDate.of(2021, 12, 31));
        assertThat(stored.performedBy()).isEqualTo("behandelaar");
        assertThat(stored.hits()).hasSize(4);
    }

    @Test
    void aSweepRespectsPeriodSourcesAndDates() {
        // 2021 only, dated documents only: the e-mails are from 2020 and the letter has no date of its own
        Zoekslag z = sweep.run(kenmerk, new SweepRequest(List.of("Clearview"), List.of("documenten"),
                LocalDate.of(2021, 1, 1), LocalDate.of(2021, 12, 31), true, false, false, "behandelaar"));
        assertThat(z.documentIds()).isEmpty();
        assertThat(z.hits()).containsExactly(new Zoekslag.TermHits("Clearview", "documenten", 0, 0));
        // without compounds "herkenning" is not found inside "gezichtsherkenning"
        Zoekslag plain = sweep.run(kenmerk, new SweepRequest(List.of("herkenning"), List.of(), null, null, false, true, false, "t"));
        assertThat(plain.documentIds()).isEmpty();
        Zoekslag compounds = sweep.run(kenmerk, new SweepRequest(List.of("herkenning"), List.of(), null, null, true, true, false, "t"));
        assertThat(compounds.documentIds()).isNotEmpty();
        // a phrase and a wildcard
        Zoekslag phrase = sweep.run(kenmerk, new SweepRequest(List.of("\"Clearview AI\"", "proefacc*"), List.of(), null, null, true,
                true, false, "t"));
        assertThat(phrase.documentsFor("Clearview AI")).isPositive();
        assertThat(phrase.documentsFor("proefacc*")).isEqualTo(1);
    }

    @Test
    void pagesFoundCarryTheMatchesOffsets() {
        List<PageHit> hits = searching.search(kenmerk, List.of("proefaccount"), null, null, 10);
        assertThat(hits).hasSize(1);
        PageHit hit = hits.get(0);
        String text = documents.pageTexts(hit.documentId()).get(hit.page() - 1);
        int[] m = hit.matches().get(0);
        assertThat(text.substring(m[0], m[1])).isEqualTo("proefaccount");
        assertThat(hit.snippet()).contains("**proefaccount**");
    }

    private static int hits(Zoekslag z, String term, String source) {
        return z.hits().stream().filter(h -> h.term().equals(term) && h.source().equals(source)).findFirst().orElseThrow().documents();
    }

    @Test
    void documentsAreNumberedFamiliesTogether() {
        List<Document> all = documents.forRequest(kenmerk);
        assertThat(all).extracting(Document::inventoryNumber).containsExactly(1, 2, 3, 4, 5, 6, 7);
    }
}
