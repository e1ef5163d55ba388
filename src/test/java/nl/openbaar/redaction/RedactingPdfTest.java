package nl.openbaar.redaction;

import static nl.openbaar.testing.ExternalTools.pdftotext;
import static nl.openbaar.testing.ExternalTools.qdf;
import static nl.openbaar.testing.ExternalTools.word;
import static nl.openbaar.testing.ExternalTools.words;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import nl.openbaar.redaction.model.RedactionBox;
import nl.openbaar.redaction.model.RedactionOutcome;
import nl.openbaar.shared.layout.Box;
import nl.openbaar.testing.ExternalTools.Word;
import nl.openbaar.testing.TestPdf;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.pdmodel.graphics.form.PDFormXObject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Glyph-level removal, checked with poppler (an extractor independent of PDFBox) and on the decompressed file.
 * Boxes come from poppler's word boxes, as the review screen would draw them.
 */
class RedactingPdfTest {

    @TempDir
    Path dir;

    private final RedactingPdf redacting = new RedactingPdf();
    /** Boxes as wide as what they cover: the rest of the line stays exactly where it was (width classes move it). */
    private final RedactingPdf exact = new RedactingPdf(nl.openbaar.redaction.model.BoxWidths.EXACT);

    private RedactionBox box(Path pdf, int page, String word) {
        return new RedactionBox(page, word(pdf, page, word).box(), "5.1.2e", "naam");
    }

    private static Box union(Word a, Word b) {
        return a.box().union(b.box());
    }

    @Test
    void removesTheGlyphsUnderABoxAndKeepsTheRestOfTheLineInPlace() throws Exception {
        Path in = dir.resolve("in.pdf");
        try (TestPdf pdf = new TestPdf()) {
            PDPage p = pdf.page();
            pdf.font(p, "F1", TestPdf.HELVETICA).content(p, """
                    BT /F1 12 Tf 72 700 Td (Kun jij navragen bij Ingrid van den Heuvel van inkoop?) Tj ET
                    BT /F1 12 Tf 72 680 Td (Staatssecretaris Knops krijgt er vragen over.) Tj ET
                    """);
            pdf.save(in);
        }
        Box name = union(word(in, 1, "Ingrid"), word(in, 1, "Heuvel"));
        Word after = word(in, 1, "inkoop?");
        Path out = dir.resolve("out.pdf");

        RedactionOutcome outcome = exact.redact(in, List.of(new RedactionBox(1, name, "5.1.2e", "naam")), out);

        String text = pdftotext(out);
        assertThat(text).doesNotContain("Ingrid").doesNotContain("Heuvel").doesNotContain("den ");
        assertThat(text).contains("Kun jij navragen bij").contains("van inkoop?").contains("Knops").contains("5.1.2e");
        assertThat(qdf(out)).doesNotContain("Ingrid").doesNotContain("Heuvel");
        // the words after the box did not move: the removed run became one displacement of the same width
        Word moved = word(out, 1, "inkoop?");
        assertThat(moved.box().x()).isCloseTo(after.box().x(), org.assertj.core.data.Offset.offset(0.2));
        assertThat(outcome.glyphsRemoved()).isEqualTo("Ingrid van den Heuvel".length());
        assertThat(outcome.removedText()).singleElement().satisfies(r -> assertThat(r.text()).isEqualTo("Ingrid van den Heuvel"));
    }

    @Test
    void removesOnlyTheLocalPartOfAnEmailAddress() throws Exception {
        Path in = dir.resolve("in.pdf");
        double x = 72;
        double size = 11;
        try (TestPdf pdf = new TestPdf()) {
            PDPage p = pdf.page();
            pdf.font(p, "F1", TestPdf.HELVETICA).content(p, "BT /F1 11 Tf 72 700 Td (E lotte.verbeek@minbzk.nl) Tj ET");
            pdf.save(in);
            x += TestPdf.width(TestPdf.HELVETICA, "E ", size);
        }
        double local = TestPdf.width(TestPdf.HELVETICA, "lotte.verbeek", size);
        Word address = word(in, 1, "lotte.verbeek@minbzk.nl");
        Box localPart = new Box(x, address.box().y(), local, address.box().height());
        Path out = dir.resolve("out.pdf");

        redacting.redact(in, List.of(new RedactionBox(1, localPart, "5.1.2e", "e-mailadres")), out);

        String text = pdftotext(out);
        assertThat(text).doesNotContain("lotte").doesNotContain("verbeek").contains("@minbzk.nl");
        assertThat(qdf(out)).doesNotContain("lotte").doesNotContain("verbeek");
    }

    @Test
    void handlesKerningArraysQuotesAndDoubleQuoteOperators() throws Exception {
        Path in = dir.resolve("in.pdf");
        try (TestPdf pdf = new TestPdf()) {
            PDPage p = pdf.page();
            pdf.font(p, "F1", TestPdf.HELVETICA).content(p, """
                    BT /F1 12 Tf 14 TL 72 700 Td
                    [(Met dank aan ) -20 (Lo) 35 (tte) -250 (Ver) 12.5 (beek) -20 ( voor het stuk.)] TJ
                    (Daan Smit belt morgen.) '
                    2 0.5 (Bel Daan Smit terug.) "
                    ET
                    """);
            pdf.save(in);
        }
        Word end = word(in, 1, "stuk.");
        List<RedactionBox> boxes = List.of(
                new RedactionBox(1, union(word(in, 1, "Lotte"), word(in, 1, "Verbeek")), "5.1.2e", "naam"),
                new RedactionBox(1, union(nth(in, "Daan", 0), nth(in, "Smit", 0)), "5.1.2e", "naam"),
                new RedactionBox(1, union(nth(in, "Daan", 1), nth(in, "Smit", 1)), "5.1.2e", "naam"));
        Path out = dir.resolve("out.pdf");

        exact.redact(in, boxes, out);

        String text = pdftotext(out);
        assertThat(text).doesNotContain("Lo").doesNotContain("Verbeek").doesNotContain("beek").doesNotContain("Daan").doesNotContain("Smit");
        assertThat(text).contains("Met dank aan").contains("voor het stuk.").contains("belt morgen.").contains("Bel").contains("terug.");
        assertThat(word(out, 1, "stuk.").box().x()).isCloseTo(end.box().x(), org.assertj.core.data.Offset.offset(0.2));
        assertThat(qdf(out)).doesNotContain("(tte)").doesNotContain("beek").doesNotContain("Smit");
    }

    @Test
    void removesGlyphsOfAnEmbeddedCidFont() throws Exception {
        Path in = dir.resolve("in.pdf");
        try (TestPdf pdf = new TestPdf()) {
            PDPage p = pdf.page();
            PDType0Font font = pdf.dejavu();
            pdf.font(p, "F1", font).content(p, "BT /F1 12 Tf 72 700 Td " + TestPdf.hex(font, "Van: Verbeek, Lotte (BZK)") + " Tj ET");
            pdf.save(in);
        }
        assertThat(pdftotext(in)).contains("Verbeek, Lotte");
        Box name = union(word(in, 1, "Verbeek,"), word(in, 1, "Lotte"));
        Path out = dir.resolve("out.pdf");

        redacting.redact(in, List.of(new RedactionBox(1, name, "5.1.2e", "naam")), out);

        String text = pdftotext(out);
        assertThat(text).doesNotContain("Verbeek").doesNotContain("Lotte").contains("Van:").contains("(BZK)");
    }

    @Test
    void removesExactlyTheGlyphsOfANameWhoseCodesLieAbove255InAnIdentityEncodedFont() throws Exception {
        // Greek and Turkish letters have glyph codes above 255 in DejaVu: two-byte codes read the fast way, and the
        // advance table grows once; the text after the name must keep its place to the tenth of a point
        Path in = dir.resolve("in.pdf");
        String line = "Gesprek met Ξένια Παπαδοπούλου en Şahin Öztürk over de inkoop.";
        try (TestPdf pdf = new TestPdf()) {
            PDPage p = pdf.page();
            PDType0Font font = pdf.dejavu();
            assertThat(font.encode("Ξ")).hasSize(2);
            assertThat(((font.encode("Ξ")[0] & 0xff) << 8 | (font.encode("Ξ")[1] & 0xff))).isGreaterThan(255);
            pdf.font(p, "F1", font).content(p, "BT /F1 11 Tf 60 700 Td " + TestPdf.hex(font, line) + " Tj ET");
            pdf.save(in);
        }
        Word after = word(in, 1, "inkoop.");
        Word en = word(in, 1, "en");
        List<RedactionBox> boxes = List.of(
                new RedactionBox(1, union(word(in, 1, "Ξένια"), word(in, 1, "Παπαδοπούλου")), "5.1.2e", "naam"),
                new RedactionBox(1, union(word(in, 1, "Şahin"), word(in, 1, "Öztürk")), "5.1.2e", "naam"));
        Path out = dir.resolve("out.pdf");

        RedactionOutcome outcome = exact.redact(in, boxes, out);

        assertThat(outcome.removedText()).extracting(r -> r.text()).containsExactly("Ξένια Παπαδοπούλου", "Şahin Öztürk");
        String text = pdftotext(out);
        assertThat(text).doesNotContain("Ξένια").doesNotContain("Παπαδοπούλου").doesNotContain("Şahin").doesNotContain("Öztürk")
                .contains("Gesprek met").contains("over de inkoop.");
        assertThat(word(out, 1, "en").box().x()).isCloseTo(en.box().x(), org.assertj.core.data.Offset.offset(0.1));
        assertThat(word(out, 1, "inkoop.").box().x()).isCloseTo(after.box().x(), org.assertj.core.data.Offset.offset(0.1));
    }

    @Test
    void clonesAFormSharedByTwoPagesAndRedactsOnlyWhereTheBoxIs() throws Exception {
        Path in = dir.resolve("in.pdf");
        try (TestPdf pdf = new TestPdf()) {
            PDResources formResources = new PDResources();
            formResources.put(org.apache.pdfbox.cos.COSName.getPDFName("F1"), TestPdf.HELVETICA);
            PDFormXObject letterhead = pdf.form("BT /F1 10 Tf 72 800 Td (Behandelaar Daan Smit) Tj ET", formResources);
            for (int i = 0; i < 2; i++) {
                PDPage p = pdf.page();
                p.getResources().put(org.apache.pdfbox.cos.COSName.getPDFName("Kop"), letterhead);
                pdf.font(p, "F1", TestPdf.HELVETICA).content(p, "/Kop Do BT /F1 12 Tf 72 700 Td (Pagina " + (i + 1) + ") Tj ET");
            }
            pdf.save(in);
        }
        Box name = union(word(in, 1, "Daan"), word(in, 1, "Smit"));
        Path out = dir.resolve("out.pdf");

        redacting.redact(in, List.of(new RedactionBox(1, name, "5.1.2e", "naam")), out);

        assertThat(ExternalTools_page(out, 1)).doesNotContain("Daan").contains("Behandelaar").contains("Pagina 1");
        // the other page shows the original form: no box was drawn there
        assertThat(ExternalTools_page(out, 2)).contains("Behandelaar Daan Smit").contains("Pagina 2");
    }

    @Test
    void redactsOneOfTwoPlacementsOfTheSameFormOnAPage() throws Exception {
        Path in = dir.resolve("in.pdf");
        try (TestPdf pdf = new TestPdf()) {
            PDResources formResources = new PDResources();
            formResources.put(org.apache.pdfbox.cos.COSName.getPDFName("F1"), TestPdf.HELVETICA);
            PDFormXObject stamp = pdf.form("BT /F1 10 Tf 0 0 Td (Paraaf Lotte Verbeek) Tj ET", formResources);
            PDPage p = pdf.page();
            p.getResources().put(org.apache.pdfbox.cos.COSName.getPDFName("St"), stamp);
            pdf.content(p, "q 1 0 0 1 72 700 cm /St Do Q q 1 0 0 1 72 500 cm /St Do Q");
            pdf.save(in);
        }
        List<Word> before = words(in, 1);
        Word upper = before.stream().filter(w -> w.text().equals("Lotte") && w.box().y() < 200).findFirst().orElseThrow();
        Word upperSurname = before.stream().filter(w -> w.text().equals("Verbeek") && w.box().y() < 200).findFirst().orElseThrow();
        Path out = dir.resolve("out.pdf");

        redacting.redact(in, List.of(new RedactionBox(1, union(upper, upperSurname), "5.1.2e", "naam")), out);

        List<Word> after = words(out, 1);
        assertThat(after.stream().filter(w -> w.text().equals("Lotte"))).singleElement()
                .satisfies(w -> assertThat(w.box().y()).isGreaterThan(300));
        assertThat(after.stream().filter(w -> w.text().equals("Paraaf"))).hasSize(2);
    }

    @Test
    void refusesAPageTreeThatCountsMorePagesThanItHolds() throws Exception {
        // pages are walked once through the tree; a box on a page the count promises but the tree lacks must fail
        // the document, never be skipped
        Path in = dir.resolve("short.pdf");
        try (TestPdf pdf = new TestPdf()) {
            for (int i = 0; i < 2; i++) {
                PDPage p = pdf.page();
                pdf.font(p, "F1", TestPdf.HELVETICA).content(p, "BT /F1 12 Tf 72 700 Td (Lotte Verbeek) Tj ET");
            }
            pdf.doc.getDocumentCatalog().getCOSObject().getCOSDictionary(org.apache.pdfbox.cos.COSName.PAGES)
                    .setInt(org.apache.pdfbox.cos.COSName.COUNT, 3);
            pdf.save(in);
        }
        Path out = dir.resolve("out.pdf");
        assertThatThrownBy(() -> redacting.redact(in, List.of(new RedactionBox(3, new Box(72, 130, 80, 14), "5.1.2e", "naam")), out))
                .isInstanceOf(RedactionFailedException.class).hasMessageContaining("short.pdf");
        assertThat(Files.exists(out)).isFalse();
    }

    @Test
    void aPasswordProtectedFileIsBadInputUnlessItsPasswordIsGiven() throws Exception {
        Path in = dir.resolve("locked.pdf");
        try (TestPdf pdf = new TestPdf()) {
            PDPage p = pdf.page();
            pdf.font(p, "F1", TestPdf.HELVETICA).content(p, "BT /F1 12 Tf 72 700 Td (Geheim) Tj ET");
            var policy = new org.apache.pdfbox.pdmodel.encryption.StandardProtectionPolicy("eigenaar", "lezer",
                    new org.apache.pdfbox.pdmodel.encryption.AccessPermission());
            policy.setEncryptionKeyLength(128);
            pdf.doc.protect(policy);
            pdf.doc.save(in.toFile());
        }
        Path out = dir.resolve("out.pdf");
        assertThatThrownBy(() -> redacting.redact(in, List.of(), out))
                .isInstanceOf(nl.openbaar.shared.InvalidInputException.class).hasMessageContaining("locked.pdf").hasMessageContaining("wachtwoord");
        assertThatThrownBy(() -> redacting.redact(in, "fout", List.of(), out))
                .isInstanceOf(nl.openbaar.shared.InvalidInputException.class).hasMessageContaining("wachtwoord");
        assertThat(Files.exists(out)).isFalse();

        redacting.redact(in, "lezer", List.of(), out);
        assertThat(Files.readString(out, java.nio.charset.StandardCharsets.ISO_8859_1)).doesNotContain("/Encrypt");
    }

    private static Word nth(Path pdf, String text, int n) {
        return words(pdf, 1).stream().filter(w -> w.text().equals(text)).skip(n).findFirst().orElseThrow();
    }

    private static String ExternalTools_page(Path pdf, int page) {
        return nl.openbaar.testing.ExternalTools.run("poppler-utils", "pdftotext", "-f", "" + page, "-l", "" + page, pdf.toString(), "-");
    }
}
