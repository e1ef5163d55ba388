package nl.openbaar.pipeline;

import static nl.openbaar.testing.ExternalTools.pdftotext;
import static nl.openbaar.testing.ExternalTools.qdf;
import static nl.openbaar.testing.ExternalTools.words;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import nl.openbaar.redaction.model.RedactionBox;
import nl.openbaar.shared.layout.Box;
import nl.openbaar.testing.ExternalTools.Word;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.common.PDStream;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The safe fallback: a page the gate cannot prove clean is published as an image with OCR text, and checked again. */
class RedactingWithFallbackTest {

    @TempDir
    Path dir;

    /** A letter; with {@code inPattern} the name is also drawn inside a tiling pattern that fills the area under it. */
    private Path letter(boolean inPattern, boolean twice) throws Exception {
        Path pdf = dir.resolve("letter.pdf");
        try (PDDocument doc = new PDDocument()) {
            PDPage page = new PDPage(PDRectangle.A4);
            doc.addPage(page);
            PDResources res = new PDResources();
            COSName f = res.add(new PDType1Font(Standard14Fonts.FontName.HELVETICA));
            StringBuilder c = new StringBuilder();
            if (inPattern) {
                c.append(NameInATilingPattern.fill(res, "Lotte Verbeek"));
            }
            c.append("0 g BT /").append(f.getName()).append(" 16 Tf 72 700 Td (Geachte Lotte Verbeek,) Tj 0 -30 Td")
                    .append(" (Dit besluit betreft uw verzoek over de begroting.) Tj ET\n");
            if (twice) {
                c.append("BT /").append(f.getName()).append(" 16 Tf 72 600 Td (Groet aan Verbeek) Tj ET\n");
            }
            PDStream s = new PDStream(doc);
            try (OutputStream os = s.createOutputStream()) {
                os.write(c.toString().getBytes(StandardCharsets.ISO_8859_1));
            }
            page.setContents(s);
            page.setResources(res);
            doc.save(pdf.toFile());
        }
        return pdf;
    }

    private static List<RedactionBox> nameBox(Path pdf) {
        List<Word> ws = words(pdf, 1);
        for (int i = 0; i + 1 < ws.size(); i++) {
            if (ws.get(i).text().equals("Lotte")) {
                Box b = ws.get(i).box().union(ws.get(i + 1).box());
                return List.of(new RedactionBox(1, b, "5.1.2e", "naam"));
            }
        }
        throw new AssertionError("name not found");
    }

    private RedactingWithFallback.Result redact(Path pdf, Set<Integer> chosen) {
        Path out = dir.resolve("out.pdf");
        return new RedactingWithFallback().redact(new RedactingWithFallback.Request(pdf, null, nameBox(pdf), out,
                List.of("Verbeek"), List.of(), chosen, true, true));
    }

    @Test
    void aPageTheReviewerChoosesIsAnImageWithTheBoxBurnedInAndStaysSearchable() throws Exception {
        Path pdf = letter(false, false);
        RedactingWithFallback.Result r = redact(pdf, Set.of(1));
        assertThat(r.kind()).isEqualTo(RedactingWithFallback.Kind.FALLBACK);
        assertThat(r.rasterised()).singleElement().satisfies(p -> assertThat(p.page()).isEqualTo(1));
        Path out = dir.resolve("out.pdf");
        String text = pdftotext(out).toLowerCase(Locale.ROOT);
        assertThat(text).doesNotContain("verbeek").contains("besluit").contains("begroting");
        assertThat(qdf(out).toLowerCase(Locale.ROOT)).doesNotContain("verbeek");
        assertThat(r.verdict().passed()).isTrue();
        assertThat(r.verdict().checks()).anyMatch(c -> c.startsWith("ocr"));
    }

    @Test
    void aPageTheGlyphLevelGateRefusesFallsBackByItselfAndSaysWhy() throws Exception {
        Path pdf = letter(true, false);
        RedactingWithFallback.Result r = redact(pdf, Set.of());
        assertThat(r.glyphLevelVerdict().passed()).as("the name in the pattern cell is still in the file").isFalse();
        assertThat(r.kind()).isEqualTo(RedactingWithFallback.Kind.FALLBACK);
        assertThat(r.rasterised()).singleElement().satisfies(p -> assertThat(p.reasons()).anyMatch(s -> s.startsWith("bestandsinhoud")));
        Path out = dir.resolve("out.pdf");
        assertThat((qdf(out) + pdftotext(out)).toLowerCase(Locale.ROOT)).doesNotContain("verbeek");
        assertThat(Files.readString(out, StandardCharsets.ISO_8859_1).split("%%EOF", -1)).hasSize(2);
    }

    @Test
    void theFallbackIsNeverLenientANameLeftVisibleOutsideTheBoxStillRefuses() throws Exception {
        Path pdf = letter(false, true);
        RedactingWithFallback.Result r = redact(pdf, Set.of());
        assertThat(r.kind()).isEqualTo(RedactingWithFallback.Kind.REFUSED);
        assertThat(r.verdict().leaks()).anyMatch(l -> l.check().equals("ocr") || l.check().equals("pdftotext"));
    }
}
