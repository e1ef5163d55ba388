package nl.openbaar.document;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import nl.openbaar.document.model.CollectReport;
import nl.openbaar.document.model.Document;
import nl.openbaar.document.model.DocumentKind;
import nl.openbaar.document.model.DocumentStatus;
import nl.openbaar.request.RegisteringRequest;
import nl.openbaar.shared.layout.PageLayout;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Every input format of the issue, collected from one folder: each becomes a read document with a working PDF
 * whose pages hold the text (OCR for images), and containers (zip, mbox, pst, msg) give their items.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.NONE)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ReadingEveryFormatTest {

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

    String kenmerk;
    CollectReport report;
    Map<String, Document> byPath;

    @BeforeAll
    void collect() throws Exception {
        kenmerk = DocumentTestSupport.register(registering, "WOO-FORMATS-1");
        Path in = Files.createDirectories(data.resolve("input/bronnen"));
        TestFiles.docx(in.resolve("memo.docx"), "Memo over camerabewaking", "De pilot met gezichtsherkenning stopt per 1 juni.");
        TestFiles.xlsx(in.resolve("overzicht.xlsx"), new String[][] {{"Leverancier", "Bedrag"}, {"Camerabedrijf Noord", "12500"}});
        TestFiles.pptx(in.resolve("presentatie.pptx"), "Stand van zaken biometrie");
        TestFiles.odt(in.resolve("verslag.odt"), "Verslag van het overleg over toezicht");
        TestFiles.write(in.resolve("lijst.csv"), "naam;functie\nJan Jansen;projectleider\n");
        TestFiles.write(in.resolve("notities.txt"), "Aantekeningen bij de raadsvergadering over privacy.\n");
        TestFiles.write(in.resolve("pagina.html"), "<html><body><h1>Intranetbericht</h1><p>Nieuwe regels voor <b>dataopslag</b>.</p></body></html>");
        TestFiles.png(in.resolve("scan.png"), "Gemeente Voorbeeldstad", "Betreft: gezichtsherkenning in het stadhuis");
        TestFiles.tiff(in.resolve("fax.tif"), List.of(new String[] {"Eerste pagina van de fax"}, new String[] {"Tweede pagina over archivering"}));
        Path sample = DocumentTestSupport.sample().resolve("documenten");
        String mbox = "From lotte@example.org Fri Feb 28 09:41:00 2020\n"
                + Files.readString(sample.resolve("2020-02-28-gezichtsherkenning.eml")) + "\n"
                + "From daan@example.org Fri Feb 28 11:02:00 2020\n"
                + Files.readString(sample.resolve("2020-02-28-re-gezichtsherkenning.eml")) + "\n";
        TestFiles.write(in.resolve("postvak.mbox"), mbox);
        Path pdf = TestFiles.pdf(data.resolve("input/besluit.pdf"), "Besluit op het verzoek", "Bijlage bij het besluit");
        TestFiles.zip(in.resolve("export.zip"), pdf, sample.resolve("2020-03-04-notitie-met-bijlage.eml"));
        Path tika = Path.of(getClass().getResource("/samples/tika").toURI());
        for (String f : List.of("testMSG_att_doc.msg", "testPST_variousBodyTypes.pst")) {
            Files.copy(tika.resolve(f), in.resolve(f));
        }
        report = collecting.collect(kenmerk, List.of(in), "Bronnen", p -> {
        });
        byPath = documents.forRequest(kenmerk).stream().collect(Collectors.toMap(Document::sourcePath, Function.identity()));
    }

    @Test
    void nothingFails() {
        assertThat(report.failed()).isEmpty();
        assertThat(report.skipped()).isEmpty();
        assertThat(documents.forRequest(kenmerk)).allSatisfy(d -> {
            assertThat(d.status()).as(d.sourcePath()).isEqualTo(DocumentStatus.READ);
            assertThat(d.source()).isEqualTo("Bronnen");
            assertThat(documents.rendition(d.id())).exists();
            assertThat(documents.pages(d.id())).hasSize(d.pageCount());
        });
    }

    @Test
    void officeFilesAreConvertedWithTheirText() {
        assertText("memo.docx", DocumentKind.WORD, "De pilot met gezichtsherkenning stopt per 1 juni.");
        assertThat(byPath.get("memo.docx").title()).isEqualTo("Memo over camerabewaking");
        assertText("overzicht.xlsx", DocumentKind.SPREADSHEET, "Camerabedrijf Noord");
        assertText("presentatie.pptx", DocumentKind.PRESENTATION, "Stand van zaken biometrie");
        assertText("verslag.odt", DocumentKind.WORD, "Verslag van het overleg over toezicht");
        assertText("lijst.csv", DocumentKind.SPREADSHEET, "projectleider");
        // a .doc attached to an Outlook message
        Document doc = byPath.values().stream().filter(d -> d.fileName().equals("test-unicode.doc")).findFirst().orElseThrow();
        assertThat(doc.kind()).isEqualTo(DocumentKind.WORD);
        assertThat(doc.pageCount()).isPositive();
    }

    @Test
    void textAndHtmlFilesArePrinted() {
        assertText("notities.txt", DocumentKind.TEXT, "Aantekeningen bij de raadsvergadering over privacy.");
        assertText("pagina.html", DocumentKind.TEXT, "Nieuwe regels voor dataopslag.");
    }

    @Test
    void imagesAreReadByOcrWithBoxesOnTheirPages() {
        Document scan = byPath.get("scan.png");
        assertThat(scan.kind()).isEqualTo(DocumentKind.IMAGE);
        assertThat(scan.ocr()).isTrue();
        PageLayout page = documents.pages(scan.id()).get(0);
        assertThat(page.text()).contains("gezichtsherkenning");
        // the page is A4 (the image declares no resolution and is fitted), the words lie on it
        assertThat(page.height()).isBetween(800.0, 850.0);
        assertThat(page.words()).allSatisfy(w -> assertThat(w.box().right()).isLessThanOrEqualTo(page.width() + 0.5));
        Document fax = byPath.get("fax.tif");
        assertThat(fax.pageCount()).isEqualTo(2);
        assertThat(documents.pages(fax.id()).get(1).text()).contains("archivering");
    }

    @Test
    void archivesGiveTheirMembers() {
        Document pdf = byPath.get("export.zip/map/besluit.pdf");
        assertThat(pdf.kind()).isEqualTo(DocumentKind.PDF);
        assertThat(pdf.pageCount()).isEqualTo(2);
        assertThat(documents.pageTexts(pdf.id())).containsExactly("Besluit op het verzoek", "Bijlage bij het besluit");
        Document mail = byPath.get("export.zip/map/2020-03-04-notitie-met-bijlage.eml");
        assertThat(documents.children(mail.id())).extracting(Document::fileName).containsExactly("Notitie gezichtsherkenning BZK.pdf");
    }

    @Test
    void mboxGivesOneEmailPerMessage() {
        Document first = byPath.get("postvak.mbox/1");
        Document second = byPath.get("postvak.mbox/2");
        assertThat(first.kind()).isEqualTo(DocumentKind.EMAIL);
        assertThat(first.email().subject()).isEqualTo("Berichtgeving NOS over gezichtsherkenning");
        assertThat(second.email().inReplyTo()).isEqualTo(first.email().messageId());
        assertThat(second.threadId()).isEqualTo(first.threadId());
    }

    @Test
    void outlookMessagesAndDataFilesAreRead() {
        Document msg = byPath.get("testMSG_att_doc.msg");
        assertThat(msg.kind()).isEqualTo(DocumentKind.EMAIL);
        assertThat(msg.email().from()).contains("nicolas1.23456@free.fr");
        assertThat(documents.children(msg.id())).extracting(Document::fileName).containsExactly("test-unicode.doc", "pj1.txt");
        List<Document> pst = byPath.values().stream().filter(d -> d.sourcePath().startsWith("testPST_variousBodyTypes.pst/")).toList();
        assertThat(pst).hasSize(4).allSatisfy(d -> assertThat(d.kind()).isEqualTo(DocumentKind.EMAIL));
        // the forwards answer the original: one conversation
        assertThat(pst.stream().map(Document::threadId).distinct()).hasSize(1);
        // one person with a comma in the name stays one recipient
        assertThat(pst.get(0).email().to()).hasSize(1);
    }

    private void assertText(String path, DocumentKind kind, String text) {
        Document d = byPath.get(path);
        assertThat(d).as(path).isNotNull();
        assertThat(d.kind()).as(path).isEqualTo(kind);
        assertThat(String.join("\n", documents.pageTexts(d.id())).replaceAll("\\s+", " ")).as(path).contains(text);
        assertThat(documents.pages(d.id()).get(0).words()).as(path).isNotEmpty();
    }
}
