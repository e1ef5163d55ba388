package nl.openbaar.verification;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import nl.openbaar.redaction.RedactingPdf;
import nl.openbaar.redaction.model.RedactionBox;
import nl.openbaar.shared.layout.Box;
import nl.openbaar.testing.ExternalTools;
import nl.openbaar.testing.TestPdf;
import nl.openbaar.verification.model.BoxOnPage;
import nl.openbaar.verification.model.DocumentVerdict;
import nl.openbaar.verification.model.Leak;
import nl.openbaar.verification.model.Secret;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.PDStream;
import org.apache.pdfbox.pdmodel.graphics.image.LosslessFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The gate on files that leak in each of the known ways, and on a properly redacted one. */
class VerifyingRedactionTest {

    private static final Secret NAME = new Secret(1, "naam", "Lotte Verbeek", false);

    @TempDir
    Path dir;

    private final VerifyingRedaction gate = new VerifyingRedaction();

    private Path letter(String extra) throws Exception {
        Path in = Files.createTempFile(dir, "letter", ".pdf");
        try (TestPdf pdf = new TestPdf()) {
            PDPage p = pdf.page();
            pdf.font(p, "F1", TestPdf.HELVETICA).content(p, """
                    BT /F1 12 Tf 72 700 Td (Behandeld door Lotte Verbeek, inkoop) Tj ET
                    BT /F1 12 Tf 72 680 Td (Staatssecretaris Knops is akkoord.) Tj ET
                    """ + extra);
            pdf.save(in);
        }
        return in;
    }

    private static Box nameBox(Path pdf) {
        return ExternalTools.word(pdf, 1, "Lotte").box().union(ExternalTools.word(pdf, 1, "Verbeek,").box());
    }

    @Test
    void aBlackBoxDrawnOverTextThatIsStillThereFailsNamingPageAndCategoryButNotTheText() throws Exception {
        Path in = letter("");
        Box box = nameBox(in);
        // the classic failure: a rectangle painted over the text
        Path overlay = letter(String.format(java.util.Locale.ROOT, "0 g %.2f %.2f %.2f %.2f re f", box.x(), 842 - box.bottom(), box.width(), box.height()));

        DocumentVerdict verdict = gate.check("0001", overlay, List.of(NAME), List.of(new BoxOnPage(1, box)));

        assertThat(verdict.passed()).isFalse();
        assertThat(verdict.leaks()).extracting(Leak::check).contains("pdftotext", "pdfbox", "bestandsinhoud");
        assertThat(verdict.leaks()).allSatisfy(l -> {
            assertThat(l.document()).isEqualTo("0001");
            assertThat(l.describe()).doesNotContain("Lotte").doesNotContain("Verbeek");
        });
        assertThat(verdict.leaks()).filteredOn(l -> l.check().equals("pdftotext")).singleElement()
                .satisfies(l -> assertThat(l.describe()).isEqualTo("0001, pagina 1: naam gevonden door pdftotext"));
    }

    @Test
    void aProperlyRedactedFilePassesEveryCheck() throws Exception {
        Path in = letter("");
        Box box = nameBox(in);
        Path out = dir.resolve("out.pdf");
        new RedactingPdf().redact(in, List.of(new RedactionBox(1, box, "5.1.2e", "naam")), out);

        DocumentVerdict verdict = gate.check("0001", out, List.of(NAME), List.of(new BoxOnPage(1, box)));

        assertThat(verdict.leaks()).isEmpty();
        assertThat(verdict.checks()).contains("pdftotext", "pdfbox-tekst", "bestandsinhoud (qpdf)", "metadata (pdfinfo)", "één revisie")
                .anySatisfy(c -> assertThat(c).startsWith("dekking"));
        assertThat(verdict.secrets()).isEqualTo(1);
    }

    @Test
    void theNameInMetadataOrAnOlderRevisionFails() throws Exception {
        Path in = dir.resolve("meta.pdf");
        try (TestPdf pdf = new TestPdf()) {
            PDPage p = pdf.page();
            pdf.font(p, "F1", TestPdf.HELVETICA).content(p, "BT /F1 12 Tf 72 700 Td (Notitie) Tj ET");
            pdf.doc.getDocumentInformation().setAuthor("Lotte Verbeek");
            pdf.save(in);
        }
        Path updated = dir.resolve("rev.pdf");
        try (var doc = Loader.loadPDF(in.toFile())) {
            doc.getDocumentInformation().setAuthor("Openbaar");
            PDPage p = doc.getPage(0);
            PDStream s = new PDStream(doc);
            try (OutputStream os = s.createOutputStream()) {
                os.write("BT /F1 12 Tf 72 700 Td (Notitie, herzien) Tj ET".getBytes(StandardCharsets.ISO_8859_1));
            }
            p.setContents(s);
            p.getCOSObject().setNeedToBeUpdated(true);
            doc.getDocumentInformation().getCOSObject().setNeedToBeUpdated(true);
            try (OutputStream os = Files.newOutputStream(updated)) {
                doc.saveIncremental(os);
            }
        }

        assertThat(gate.check("meta", in, List.of(NAME), List.of()).leaks()).extracting(Leak::check).contains("metadata");
        assertThat(gate.check("rev", updated, List.of(NAME), List.of()).leaks()).extracting(Leak::check)
                .contains("structuur", "bestandsinhoud").doesNotContain("metadata", "pdftotext");
    }

    @Test
    void aBoxThatWasNotDrawnFailsTheCoverageCheck() throws Exception {
        Path in = letter("");
        Box box = nameBox(in);
        Box elsewhere = new Box(300, 300, 80, 14);
        Path out = dir.resolve("out.pdf");
        new RedactingPdf().redact(in, List.of(new RedactionBox(1, box, "5.1.2e", "naam")), out);

        DocumentVerdict verdict = gate.check("0001", out, List.of(NAME), List.of(new BoxOnPage(1, box), new BoxOnPage(1, elsewhere)));

        assertThat(verdict.leaks()).singleElement().satisfies(l -> {
            assertThat(l.check()).isEqualTo("dekking");
            assertThat(l.page()).isEqualTo(1);
        });
    }

    @Test
    void textStillVisibleInAScanIsFoundByOcr() throws Exception {
        Path scan = dir.resolve("scan.pdf");
        BufferedImage image = new BufferedImage(1240, 200, BufferedImage.TYPE_INT_RGB);
        try (InputStream ttf = getClass().getResourceAsStream("/nl/openbaar/redaction/DejaVuSans-Bold.ttf")) {
            Graphics2D g = image.createGraphics();
            g.setColor(Color.WHITE);
            g.fillRect(0, 0, 1240, 200);
            g.setColor(Color.BLACK);
            g.setFont(Font.createFont(Font.TRUETYPE_FONT, ttf).deriveFont(44f));
            g.drawString("Verzoek van Ingrid Heuvel", 40, 100);
            g.dispose();
        }
        try (TestPdf pdf = new TestPdf()) {
            PDPage p = pdf.page();
            p.getResources().put(COSName.getPDFName("S"), LosslessFactory.createFromImage(pdf.doc, image));
            pdf.content(p, "q 595 0 0 96 0 746 cm /S Do Q");
            pdf.save(scan);
        }

        DocumentVerdict verdict = gate.check("brief", scan, List.of(new Secret(1, "naam", "Ingrid Heuvel", true)), List.of());

        assertThat(verdict.leaks()).extracting(Leak::check).containsExactly("ocr");
        assertThat(verdict.checks()).contains("ocr van 1 pagina's (tesseract)");
    }

    @Test
    void theGateLooksForItselfAndRefusesPersonalDataNobodyRedactedWithPageAndPlace() throws Exception {
        Path in = Files.createTempFile(dir, "unredacted", ".pdf");
        try (TestPdf pdf = new TestPdf()) {
            PDPage p = pdf.page();
            pdf.font(p, "F1", TestPdf.HELVETICA).content(p, """
                    BT /F1 12 Tf 72 700 Td (Staatssecretaris Knops is akkoord.) Tj ET
                    BT /F1 12 Tf 72 660 Td (Bel mij op 06-23456781 of mail naar pieter.brinkhorst@minbzk.nl.) Tj ET
                    """);
            pdf.save(in);
        }
        var check = new nl.openbaar.verification.model.DetectionCheck(nl.openbaar.law.Regime.WOO, List.of(), java.util.Set.of());
        // nothing was redacted, so there is nothing to search for: only the gate's own detection can refuse it
        DocumentVerdict v = gate.check("0001.pdf", in, List.of(), List.of(), check);
        assertThat(v.passed()).isFalse();
        assertThat(v.leaks()).extracting(Leak::check).containsOnly("detectie");
        assertThat(v.leaks()).extracting(Leak::category).contains("telefoonnummer", "e-mailadres (lokaal deel)");
        Leak phone = v.leaks().stream().filter(l -> l.category().equals("telefoonnummer")).findFirst().orElseThrow();
        Box where = ExternalTools.word(in, 1, "06-23456781").box();
        assertThat(phone.page()).isEqualTo(1);
        assertThat(phone.box().intersects(where)).as("the place of the number on the page").isTrue();
        assertThat(v.leaks()).allSatisfy(l -> assertThat(l.describe()).doesNotContain("23456781", "brinkhorst"));
        // what a reviewer decided to keep visible does not refuse the file; the public office holder never did
        var kept = new nl.openbaar.verification.model.DetectionCheck(nl.openbaar.law.Regime.WOO, List.of(),
                java.util.Set.of("06-23456781", "pieter.brinkhorst"));
        assertThat(gate.check("0001.pdf", in, List.of(), List.of(), kept).passed()).isTrue();
        assertThat(gate.check("0001.pdf", in, List.of(), List.of()).passed()).as("without detection only the secrets count").isTrue();
    }

    @Test
    void aBoxLabelBesideAKeptDomainIsNotAnAddressButALeftLocalPartIs() throws Exception {
        Path labelled = Files.createTempFile(dir, "labelled", ".pdf");
        try (TestPdf pdf = new TestPdf()) {
            PDPage p = pdf.page();
            // what a redacted header looks like to pdftotext: the box's ground code where the local part was
            pdf.font(p, "F1", TestPdf.HELVETICA).content(p, """
                    BT /F1 12 Tf 72 700 Td (Aan: 5.1.2e <5.1.2e @minvws.nl>; 10.2.e <10.2.e @gemeente-voorbeeldstad.nl>) Tj ET
                    """);
            pdf.save(labelled);
        }
        var check = new nl.openbaar.verification.model.DetectionCheck(nl.openbaar.law.Regime.WOO, List.of(), java.util.Set.of());
        assertThat(gate.check("0001.pdf", labelled, List.of(), List.of(), check).leaks()).isEmpty();
        Path left = Files.createTempFile(dir, "left", ".pdf");
        try (TestPdf pdf = new TestPdf()) {
            PDPage p = pdf.page();
            pdf.font(p, "F1", TestPdf.HELVETICA).content(p, """
                    BT /F1 12 Tf 72 700 Td (Aan: 5.1.2e <pieter.brinkhorst@minvws.nl>) Tj ET
                    """);
            pdf.save(left);
        }
        assertThat(gate.check("0001.pdf", left, List.of(), List.of(), check).leaks()).extracting(Leak::category)
                .contains("e-mailadres (lokaal deel)");
    }
}
