package nl.openbaar.redaction;

import static nl.openbaar.testing.ExternalTools.pdftotext;
import static nl.openbaar.testing.ExternalTools.word;
import static nl.openbaar.testing.ExternalTools.words;
import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.awt.image.DataBufferByte;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import nl.openbaar.redaction.model.BoxWidths;
import nl.openbaar.redaction.model.RedactionBox;
import nl.openbaar.redaction.model.RedactionOutcome;
import nl.openbaar.shared.layout.Box;
import nl.openbaar.testing.ExternalTools.Word;
import nl.openbaar.testing.TestPdf;
import nl.openbaar.verification.VerifyingRedaction;
import nl.openbaar.verification.model.BoxOnPage;
import nl.openbaar.verification.model.DocumentVerdict;
import nl.openbaar.verification.model.Secret;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.rendering.ImageType;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.assertj.core.data.Offset;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Boxes in width classes: two names of different length in the same sentence leave the same page behind, pixel for
 * pixel, and the rest of the line at the same place; the box never covers text that stays, and the gate passes.
 */
class BoxWidthClassesTest {

    @TempDir
    Path dir;

    private static final String BEFORE = "Het verzoek is ingediend door ";
    private static final String AFTER = " namens de bewonersvereniging.";

    /** A page with the sentence on a ragged line in a paragraph; the box as poppler reads the name's words. */
    private Path page(String name, String file) throws Exception {
        Path in = dir.resolve(file);
        try (TestPdf pdf = new TestPdf()) {
            PDPage p = pdf.page();
            pdf.font(p, "F1", TestPdf.HELVETICA).content(p, """
                    BT /F1 11 Tf 72 720 Td (Geachte heer, mevrouw,) Tj ET
                    BT /F1 11 Tf 72 690 Td (%s%s%s) Tj ET
                    BT /F1 11 Tf 72 675 Td (De gemeente heeft het verzoek op 3 november ontvangen en in behandeling genomen.) Tj ET
                    """.formatted(BEFORE, name, AFTER));
            pdf.save(in);
        }
        return in;
    }

    private static Box nameBox(Path pdf, String name) {
        String[] parts = name.split(" ");
        Box box = word(pdf, 1, parts[0]).box();
        for (String part : parts) {
            box = box.union(word(pdf, 1, part).box());
        }
        return box;
    }

    private RedactionOutcome redact(Path in, String name, Path out, BoxWidths widths) {
        return new RedactingPdf(widths).redact(in, List.of(new RedactionBox(1, nameBox(in, name), "5.1.2e", "naam")), out);
    }

    private static byte[] pixels(Path pdf) throws Exception {
        try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
            BufferedImage image = new PDFRenderer(doc).renderImageWithDPI(0, 100, ImageType.GRAY);
            return ((DataBufferByte) image.getRaster().getDataBuffer()).getData();
        }
    }

    @Test
    void twoNamesOfDifferentLengthRedactToTheSamePageAndTheRestOfTheLineStandsAlike() throws Exception {
        String shorter = "Sanne van Dijk";
        String longer = "Lieke Bosman";
        Path a = page(shorter, "a.pdf");
        Path b = page(longer, "b.pdf");
        // the names really differ in width, so the exact boxes would tell them apart
        assertThat(nameBox(a, shorter).width()).isNotCloseTo(nameBox(b, longer).width(), Offset.offset(2.0));
        Path outA = dir.resolve("a-out.pdf");
        Path outB = dir.resolve("b-out.pdf");

        RedactionOutcome ra = redact(a, shorter, outA, BoxWidths.CLASSES);
        RedactionOutcome rb = redact(b, longer, outB, BoxWidths.CLASSES);

        assertThat(ra.widthClassed()).isEqualTo(1);
        assertThat(rb.widthClassed()).isEqualTo(1);
        assertThat(Arrays.equals(pixels(outA), pixels(outB))).as("same rendered page").isTrue();
        List<Word> restA = words(outA, 1);
        List<Word> restB = words(outB, 1);
        assertThat(restA).hasSameSizeAs(restB);
        for (int i = 0; i < restA.size(); i++) {
            assertThat(restA.get(i).text()).isEqualTo(restB.get(i).text());
            assertThat(restA.get(i).box().x()).isCloseTo(restB.get(i).box().x(), Offset.offset(0.01));
        }
        assertThat(pdftotext(outA)).contains("ingediend door").contains("namens de bewonersvereniging.").doesNotContain("Dijk");

        // the box ends before the words that stay, and the gate passes with the box as drawn
        Box drawn = ra.drawn().get(0).box();
        Word namens = word(outA, 1, "namens");
        Word door = word(outA, 1, "door");
        assertThat(drawn.right() + 1).isLessThanOrEqualTo(namens.box().x());
        assertThat(drawn.x() - 1).isGreaterThanOrEqualTo(door.box().right());
        DocumentVerdict verdict = new VerifyingRedaction().check("a", outA, List.of(new Secret(1, "naam", shorter, false)),
                ra.drawn().stream().map(d -> new BoxOnPage(d.page(), d.box())).toList());
        assertThat(verdict.passed()).as(verdict.toString()).isTrue();
    }

    @Test
    void withExactWidthsTheSameTwoNamesGiveDifferentPages() throws Exception {
        Path a = page("Sanne van Dijk", "a.pdf");
        Path b = page("Lieke Bosman", "b.pdf");
        Path outA = dir.resolve("a-out.pdf");
        Path outB = dir.resolve("b-out.pdf");
        redact(a, "Sanne van Dijk", outA, BoxWidths.EXACT);
        redact(b, "Lieke Bosman", outB, BoxWidths.EXACT);
        assertThat(Arrays.equals(pixels(outA), pixels(outB))).isFalse();
    }
}
