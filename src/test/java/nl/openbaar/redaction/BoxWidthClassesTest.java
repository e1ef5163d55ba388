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

    @Test
    void twoBoxesOnOneLineWithKerningKeepEveryWordOutsideTheBoxesAndInOrder() throws Exception {
        Path in = dir.resolve("in.pdf");
        try (TestPdf pdf = new TestPdf()) {
            PDPage p = pdf.page();
            pdf.font(p, "F1", TestPdf.HELVETICA).content(p, """
                    BT /F1 12 Tf 72 700 Td
                    [(Met dank aan ) -20 (Lo) 35 (tte) -250 (Ver) 12.5 (beek) -20 ( en Ab de Wit voor het stuk.)] TJ
                    ET
                    BT /F1 12 Tf 72 680 Td (Het college van burgemeester en wethouders heeft op 3 november besloten.) Tj ET
                    """);
            pdf.save(in);
        }
        List<RedactionBox> boxes = List.of(
                new RedactionBox(1, word(in, 1, "Lotte").box().union(word(in, 1, "Verbeek").box()), "5.1.2e", "naam"),
                new RedactionBox(1, word(in, 1, "Ab").box().union(word(in, 1, "Wit").box()), "5.1.2e", "naam"));
        Path out = dir.resolve("out.pdf");

        RedactionOutcome outcome = new RedactingPdf().redact(in, boxes, out);

        assertThat(outcome.widthClassed()).isEqualTo(2);
        List<Word> kept = words(out, 1).stream().filter(w -> !w.text().equals("5.1.2e")).toList();
        assertThat(kept).extracting(Word::text).containsSubsequence("Met", "dank", "aan", "en", "voor", "het", "stuk.");
        for (RedactionBox d : outcome.drawn()) {
            Box padded = d.box().pad(1);
            for (Word w : kept) {
                assertThat(w.box().overlapArea(padded)).as("%s under a box", w.text()).isLessThan(0.01);
            }
        }
        // the words of the line stay in order without overlapping one another
        List<Word> line = kept.stream().filter(w -> w.box().y() < 100).sorted((a, b) -> Double.compare(a.box().x(), b.box().x())).toList();
        for (int i = 1; i < line.size(); i++) {
            assertThat(line.get(i).box().x()).isGreaterThanOrEqualTo(line.get(i - 1).box().right() - 0.01);
        }
        assertThat(pdftotext(out)).doesNotContain("Verbeek").doesNotContain("beek").doesNotContain("Wit").contains("burgemeester");
    }

    @Test
    void aLineThatWouldRunPastTheMarginRoundsDownAndEndsWithinIt() throws Exception {
        // the sentence is the page's widest line: rounding "Anne-Marie Schoonderwoerd" up would push it past the margin
        String name = "Anne-Marie Schoonderwoerd";
        Path in = dir.resolve("in.pdf");
        try (TestPdf pdf = new TestPdf()) {
            PDPage p = pdf.page();
            pdf.font(p, "F1", TestPdf.HELVETICA).content(p, """
                    BT /F1 11 Tf 72 720 Td (Het verzoek is ingediend door %s namens de bewonersvereniging.) Tj ET
                    BT /F1 11 Tf 72 705 Td (Het college heeft het verzoek ontvangen.) Tj ET
                    """.formatted(name));
            pdf.save(in);
        }
        Word last = word(in, 1, "bewonersvereniging.");
        Path out = dir.resolve("out.pdf");

        RedactionOutcome outcome = redact(in, name, out, BoxWidths.CLASSES);

        assertThat(outcome.widthClassed()).isEqualTo(1);
        double em = 11;
        double width = outcome.drawn().get(0).box().width() + 2;
        assertThat(width / em).isIn(4.0, 8.0, 16.0);
        assertThat(width).isLessThan(nameBox(in, name).width());
        assertThat(word(out, 1, "bewonersvereniging.").box().right()).isLessThanOrEqualTo(last.box().right());
    }
}
