package nl.openbaar.document.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import nl.openbaar.shared.layout.LaidOutWord;
import nl.openbaar.shared.layout.PageLayout;
import nl.openbaar.testing.TestPdf;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.pdmodel.graphics.form.PDFormXObject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Reading a text PDF with Openbaar's own check for glyphs drawn twice gives the very same page text, words, word
 * boxes and glyph edges as with PDFBox's check, on renditions of real texts (the published decisions, the labelled
 * documents, the sample case's e-mails) and on pages built to stress the check.
 */
class PdfTextDuplicateCheckTest {

    @TempDir
    Path dir;

    @Test
    void sameWordsAndBoxesAsPdfBoxOnTheCorpus() throws Exception {
        List<Path> corpus = corpus(dir);
        assertThat(corpus).hasSizeGreaterThan(25);
        int words = 0;
        for (Path pdf : corpus) {
            try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
                int n = doc.getNumberOfPages();
                List<PdfText.Page> own = PdfText.read(doc, 1, n, false);
                List<PdfText.Page> pdfBox = PdfText.read(doc, 1, n, true);
                assertThat(own).hasSameSizeAs(pdfBox);
                for (int i = 0; i < own.size(); i++) {
                    assertSame(pdf.getFileName() + " page " + (i + 1), own.get(i).layout(), pdfBox.get(i).layout());
                    words += own.get(i).layout().words().size();
                }
            }
        }
        assertThat(words).isGreaterThan(10_000);
    }

    @Test
    void fakeBoldIsReadOnceAndAShadowFarAwayTwice() throws Exception {
        Path pdf = stressed(dir.resolve("stressed.pdf"));
        try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
            String text = PdfText.read(doc, 1, 1).getFirst().layout().text();
            assertThat(text).contains("Lotte Verbeek").doesNotContain("LLoottttee");
            String shadow = text.lines().filter(l -> l.startsWith("S")).findFirst().orElseThrow();
            assertThat(shadow.chars().filter(c -> c == 'w')).as("a shadow 6 pt away is another glyph").hasSize(2);
        }
    }

    private static void assertSame(String where, PageLayout a, PageLayout b) {
        assertThat(a.text()).as(where).isEqualTo(b.text());
        assertThat(a.width()).as(where).isEqualTo(b.width());
        assertThat(a.height()).as(where).isEqualTo(b.height());
        assertThat(a.words()).as(where).hasSameSizeAs(b.words());
        for (int i = 0; i < a.words().size(); i++) {
            LaidOutWord x = a.words().get(i);
            LaidOutWord y = b.words().get(i);
            assertThat(x.text()).as(where).isEqualTo(y.text());
            assertThat(x.start()).as(where).isEqualTo(y.start());
            assertThat(x.end()).as(where).isEqualTo(y.end());
            assertThat(x.box()).as(where + " " + x.text()).isEqualTo(y.box());
            assertThat(Arrays.equals(x.glyphEdges(), y.glyphEdges())).as(where + " " + x.text()).isTrue();
        }
    }

    /** The PDFs both checks are run on; public to the package so that a measurement can reuse them. */
    static List<Path> corpus(Path dir) throws IOException {
        List<Path> out = new ArrayList<>();
        for (String folder : List.of("/nl/openbaar/detection/published/", "/nl/openbaar/detection/woo-eval/")) {
            for (String name : listing(folder)) {
                if (name.endsWith(".txt")) {
                    try (InputStream in = PdfTextDuplicateCheckTest.class.getResourceAsStream(folder + name)) {
                        Path pdf = dir.resolve(name.replace(".txt", ".pdf"));
                        EmailRendition.writeText(name, new String(in.readAllBytes(), StandardCharsets.UTF_8), pdf);
                        out.add(pdf);
                    }
                }
            }
        }
        Path mails = Path.of("src/test/resources/samples/clearview-bzk/documenten");
        try (Stream<Path> files = Files.list(mails)) {
            for (Path eml : files.filter(f -> f.toString().endsWith(".eml")).sorted().toList()) {
                Path pdf = dir.resolve(eml.getFileName() + ".pdf");
                EmailRendition.writeText(eml.getFileName().toString(), Files.readString(eml, StandardCharsets.UTF_8), pdf);
                out.add(pdf);
            }
        }
        out.add(stressed(dir.resolve("stressed.pdf")));
        out.add(cidPages(dir.resolve("cid.pdf")));
        return out;
    }

    private static List<String> listing(String folder) throws IOException {
        Path p = Path.of("src/test/resources" + folder);
        try (Stream<Path> files = Files.list(p)) {
            return files.map(f -> f.getFileName().toString()).sorted().toList();
        }
    }

    /**
     * Fake bold (every glyph twice, 0.3 pt apart), a shadow 6 pt away, kerning arrays, text set twice exactly,
     * a rotated page with turned text, huge type drawn twice, text in a form, and a replacement text span.
     */
    static Path stressed(Path file) throws IOException {
        try (TestPdf pdf = new TestPdf()) {
            PDPage page = pdf.page();
            pdf.font(page, "F1", TestPdf.HELVETICA);
            PDFormXObject form = pdf.form("BT /F1 9 Tf 60 120 Td (Tekst in een formulier: Daan Smit) Tj ET",
                    page.getResources());
            page.getResources().put(COSName.getPDFName("Fm1"), form);
            pdf.content(page, """
                    BT /F1 11 Tf 60 780 Td (Kun jij navragen bij Lotte Verbeek van inkoop?) Tj ET
                    BT /F1 11 Tf 60.3 780.2 Td (Kun jij navragen bij Lotte Verbeek van inkoop?) Tj ET
                    BT /F1 11 Tf 60 750 Td (Schaduw) Tj ET
                    BT /F1 11 Tf 66 750 Td (Schaduw) Tj ET
                    BT /F1 10 Tf 60 720 Td [(W) 120 (o) -30 (o) 80 (r) 60 (d) 400 (met) -250 (kerning)] TJ ET
                    BT /F1 10 Tf 60 700 Td (Twee keer precies) Tj ET
                    BT /F1 10 Tf 60 700 Td (Twee keer precies) Tj ET
                    BT /F1 120 Tf 60 540 Td (Groot) Tj ET
                    BT /F1 120 Tf 75 548 Td (Groot) Tj ET
                    /Span << /ActualText (vervangen) >> BDC BT /F1 10 Tf 60 500 Td (Dubbel) Tj ET
                    BT /F1 10 Tf 60 500 Td (Dubbel) Tj ET EMC
                    BT /F1 10 Tf 0.7071 0.7071 -0.7071 0.7071 300 300 Tm (Schuin gezet op de pagina) Tj ET
                    BT 3 Tr /F1 10 Tf 60 460 Td (Onzichtbare laag) Tj ET
                    BT /F1 4 Tf 60 440 Td (kleine letters kleine letters) Tj ET
                    BT /F1 4 Tf 60.2 440 Td (kleine letters kleine letters) Tj ET
                    /Fm1 Do
                    """);
            PDPage turned = pdf.page(90);
            pdf.font(turned, "F1", TestPdf.HELVETICA);
            pdf.content(turned, """
                    BT /F1 12 Tf 0 1 -1 0 300 100 Tm (Op een gedraaide pagina: Fatima Yilmaz) Tj ET
                    BT /F1 12 Tf 0 1 -1 0 300.3 100 Tm (Op een gedraaide pagina: Fatima Yilmaz) Tj ET
                    BT /F1 12 Tf 100 400 Td (Dwars op de leesrichting) Tj ET
                    """);
            return pdf.save(file);
        }
    }

    /** Pages as the benchmark writes them: an embedded CID font, one long text object per page. */
    static Path cidPages(Path file) throws IOException {
        try (PDDocument doc = new PDDocument();
                InputStream ttf = PdfTextDuplicateCheckTest.class.getResourceAsStream("/nl/openbaar/redaction/DejaVuSans-Bold.ttf")) {
            PDType0Font font = PDType0Font.load(doc, ttf, true);
            for (int p = 0; p < 5; p++) {
                PDPage page = new PDPage(PDRectangle.A4);
                doc.addPage(page);
                try (PDPageContentStream cs = new PDPageContentStream(doc, page)) {
                    cs.beginText();
                    cs.setFont(font, 10);
                    cs.newLineAtOffset(56, 800);
                    for (int line = 0; line < 50; line++) {
                        cs.showText("Regel " + line + " van pagina " + p + ": Ingrid Heuvel (tel. 070 426 7710) é ü ß ﬁ");
                        cs.newLineAtOffset(0, -14);
                    }
                    cs.endText();
                }
            }
            doc.save(file.toFile());
        }
        return file;
    }
}
