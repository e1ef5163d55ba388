package nl.openbaar.redaction;

import static nl.openbaar.testing.ExternalTools.pdftotext;
import static nl.openbaar.testing.ExternalTools.qdf;
import static nl.openbaar.testing.ExternalTools.word;
import static nl.openbaar.testing.ExternalTools.words;
import static org.assertj.core.api.Assertions.assertThat;

import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Calendar;
import java.util.List;
import java.util.Locale;
import javax.imageio.ImageIO;
import nl.openbaar.redaction.model.RedactionBox;
import nl.openbaar.redaction.model.RedactionOutcome;
import nl.openbaar.shared.layout.Box;
import nl.openbaar.testing.ExternalTools;
import nl.openbaar.testing.ExternalTools.Word;
import nl.openbaar.testing.TestPdf;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSFloat;
import org.apache.pdfbox.cos.COSInteger;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSStream;
import org.apache.pdfbox.cos.COSString;
import org.apache.pdfbox.pdmodel.PDDocumentNameDictionary;
import org.apache.pdfbox.pdmodel.PDEmbeddedFilesNameTreeNode;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.common.PDMetadata;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.common.PDStream;
import org.apache.pdfbox.pdmodel.common.filespecification.PDComplexFileSpecification;
import org.apache.pdfbox.pdmodel.common.filespecification.PDEmbeddedFile;
import org.apache.pdfbox.pdmodel.font.PDType3Font;
import org.apache.pdfbox.pdmodel.graphics.form.PDFormXObject;
import org.apache.pdfbox.pdmodel.graphics.image.LosslessFactory;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.apache.pdfbox.pdmodel.graphics.optionalcontent.PDOptionalContentGroup;
import org.apache.pdfbox.pdmodel.graphics.optionalcontent.PDOptionalContentProperties;
import org.apache.pdfbox.pdmodel.interactive.action.PDActionJavaScript;
import org.apache.pdfbox.pdmodel.interactive.action.PDActionURI;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationLink;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationText;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationWidget;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDDocumentOutline;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDOutlineItem;
import org.apache.pdfbox.pdmodel.interactive.form.PDAcroForm;
import org.apache.pdfbox.pdmodel.interactive.form.PDTextField;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The ways redactions fail in public, each as a PDF built to leak, checked on the decompressed output file (what
 * someone grepping the file finds) and with poppler (what someone copying text finds).
 */
class AdversarialPdfTest {

    private static final String NAME = "Lotte Verbeek";

    @TempDir
    Path dir;

    private final RedactingPdf redacting = new RedactingPdf();

    private static Box nameBox(Path pdf, int page) {
        List<Word> ws = words(pdf, page);
        for (int i = 0; i + 1 < ws.size(); i++) {
            if (ws.get(i).text().equals("Lotte") && ws.get(i + 1).text().startsWith("Verbeek")) {
                return ws.get(i).box().union(ws.get(i + 1).box());
            }
        }
        throw new AssertionError("name not on page " + page);
    }

    private static void assertNameGone(Path out) throws Exception {
        String everything = (qdf(out) + pdftotext(out) + ExternalTools.run("poppler-utils", "pdfinfo", "-meta", out.toString()))
                .toLowerCase(Locale.ROOT);
        assertThat(everything).doesNotContain("lotte").doesNotContain("verbeek");
    }

    @Test
    void textHiddenUnderAnImageIsRemovedNotJustCovered() throws Exception {
        Path in = dir.resolve("in.pdf");
        try (TestPdf pdf = new TestPdf()) {
            PDPage p = pdf.page();
            BufferedImage white = new BufferedImage(40, 6, BufferedImage.TYPE_INT_RGB);
            Graphics2D g = white.createGraphics();
            g.setColor(Color.WHITE);
            g.fillRect(0, 0, 40, 6);
            g.dispose();
            p.getResources().put(COSName.getPDFName("Im1"), LosslessFactory.createFromImage(pdf.doc, white));
            pdf.font(p, "F1", TestPdf.HELVETICA).content(p, """
                    BT /F1 12 Tf 72 700 Td (Aan Lotte Verbeek) Tj ET
                    q 200 0 0 30 60 690 cm /Im1 Do Q
                    BT /F1 12 Tf 72 650 Td (Zichtbare tekst) Tj ET
                    """);
            pdf.save(in);
        }
        assertThat(pdftotext(in)).contains(NAME); // covered, but still there to copy
        Path out = dir.resolve("out.pdf");

        redacting.redact(in, List.of(new RedactionBox(1, nameBox(in, 1), "5.1.2e", "naam")), out);

        assertNameGone(out);
        assertThat(pdftotext(out)).contains("Aan").contains("Zichtbare tekst");
    }

    @Test
    void textDrawnTwiceIsRemovedBothTimes() throws Exception {
        Path in = dir.resolve("in.pdf");
        try (TestPdf pdf = new TestPdf()) {
            PDPage p = pdf.page();
            // fake bold: the same run drawn twice, the second a quarter point to the right
            pdf.font(p, "F1", TestPdf.HELVETICA).content(p, """
                    BT /F1 12 Tf 72 700 Td (Lotte Verbeek) Tj ET
                    BT /F1 12 Tf 72.25 700 Td (Lotte Verbeek) Tj ET
                    BT /F1 12 Tf 72 680 Td (Onderwerp: inkoop) Tj ET
                    """);
            pdf.save(in);
        }
        Path out = dir.resolve("out.pdf");

        RedactionOutcome outcome = redacting.redact(in, List.of(new RedactionBox(1, nameBox(in, 1), "5.1.2e", "naam")), out);

        assertNameGone(out);
        assertThat(outcome.glyphsRemoved()).isEqualTo(2 * NAME.length());
        assertThat(pdftotext(out)).contains("Onderwerp: inkoop");
    }

    @Test
    void textInNestedFormXObjectsIsRemoved() throws Exception {
        Path in = dir.resolve("in.pdf");
        try (TestPdf pdf = new TestPdf()) {
            PDResources innerRes = new PDResources();
            innerRes.put(COSName.getPDFName("F1"), TestPdf.HELVETICA);
            PDFormXObject inner = pdf.form("BT /F1 12 Tf 0 0 Td (Lotte Verbeek) Tj ET", innerRes);
            PDResources outerRes = new PDResources();
            outerRes.put(COSName.getPDFName("In"), inner);
            outerRes.put(COSName.getPDFName("F1"), TestPdf.HELVETICA);
            PDFormXObject outer = pdf.form("BT /F1 12 Tf 0 20 Td (Ondertekend door) Tj ET q 1 0 0 1 0 0 cm /In Do Q", outerRes);
            PDPage p = pdf.page();
            p.getResources().put(COSName.getPDFName("Out"), outer);
            pdf.content(p, "q 1 0 0 1 100 500 cm /Out Do Q");
            pdf.save(in);
        }
        Path out = dir.resolve("out.pdf");

        redacting.redact(in, List.of(new RedactionBox(1, nameBox(in, 1), "5.1.2e", "naam")), out);

        assertNameGone(out);
        assertThat(pdftotext(out)).contains("Ondertekend door");
    }

    @Test
    void anOldRevisionThatHeldTheNameIsNotCarriedOver() throws Exception {
        Path first = dir.resolve("rev1.pdf");
        try (TestPdf pdf = new TestPdf()) {
            PDPage p = pdf.page();
            pdf.font(p, "F1", TestPdf.HELVETICA).content(p, "BT /F1 12 Tf 72 700 Td (Behandelaar Lotte Verbeek) Tj ET");
            pdf.save(first);
        }
        Path updated = dir.resolve("rev2.pdf");
        try (var doc = Loader.loadPDF(first.toFile())) {
            PDPage p = doc.getPage(0);
            PDStream s = new PDStream(doc);
            try (OutputStream os = s.createOutputStream()) {
                os.write("BT /F1 12 Tf 72 700 Td (Behandelaar: zie dossier) Tj ET".getBytes(StandardCharsets.ISO_8859_1));
            }
            p.setContents(s);
            p.getCOSObject().setNeedToBeUpdated(true);
            doc.getDocumentCatalog().getCOSObject().setNeedToBeUpdated(true);
            doc.getDocumentCatalog().getPages().getCOSObject().setNeedToBeUpdated(true);
            try (OutputStream os = Files.newOutputStream(updated)) {
                doc.saveIncremental(os);
            }
        }
        String raw = Files.readString(updated, StandardCharsets.ISO_8859_1);
        assertThat(raw).contains("Lotte Verbeek"); // the earlier revision is still inside the file
        assertThat(raw.split("%%EOF", -1)).hasSize(3);
        assertThat(pdftotext(updated)).doesNotContain("Lotte");
        Path out = dir.resolve("out.pdf");

        redacting.redact(updated, List.of(), out);

        assertNameGone(out);
        assertThat(Files.readString(out, StandardCharsets.ISO_8859_1).split("%%EOF", -1)).hasSize(2);
        assertThat(pdftotext(out)).contains("Behandelaar: zie dossier");
    }

    @Test
    void metadataAnnotationsAttachmentsScriptsBookmarksFieldsAndAltTextsAreStripped() throws Exception {
        Path in = dir.resolve("in.pdf");
        try (TestPdf pdf = new TestPdf()) {
            PDPage p = pdf.page();
            pdf.font(p, "F1", TestPdf.HELVETICA).content(p, """
                    /Span <</ActualText (Lotte Verbeek)>> BDC BT /F1 12 Tf 72 760 Td (L.V.) Tj ET EMC
                    BT /F1 12 Tf 72 700 Td (Notitie over inkoop) Tj ET
                    """);
            var info = pdf.doc.getDocumentInformation();
            info.setAuthor(NAME);
            info.setTitle("Notitie van " + NAME);
            info.setCreationDate(Calendar.getInstance());
            PDMetadata xmp = new PDMetadata(pdf.doc);
            try (OutputStream os = xmp.createOutputStream()) {
                os.write(("<?xpacket begin='' id='W5M0MpCehiHzreSzNTczkc9d'?><x:xmpmeta xmlns:x='adobe:ns:meta/'><rdf:RDF "
                        + "xmlns:rdf='http://www.w3.org/1999/02/22-rdf-syntax-ns#'><rdf:Description xmlns:dc='http://purl.org/dc/elements/1.1/'>"
                        + "<dc:creator>Lotte Verbeek</dc:creator></rdf:Description></rdf:RDF></x:xmpmeta><?xpacket end='w'?>")
                        .getBytes(StandardCharsets.UTF_8));
            }
            pdf.doc.getDocumentCatalog().setMetadata(xmp);
            PDAnnotationText note = new PDAnnotationText();
            note.setContents("Vraag Lotte Verbeek om akkoord");
            note.setRectangle(new PDRectangle(300, 700, 20, 20));
            PDAnnotationLink link = new PDAnnotationLink();
            PDActionURI mail = new PDActionURI();
            mail.setURI("mailto:lotte.verbeek@minbzk.nl");
            link.setAction(mail);
            link.setRectangle(new PDRectangle(72, 690, 100, 14));
            p.getAnnotations().add(note);
            p.getAnnotations().add(link);
            PDEmbeddedFile file = new PDEmbeddedFile(pdf.doc, new java.io.ByteArrayInputStream("Lotte Verbeek, 06-23456781".getBytes(StandardCharsets.UTF_8)));
            PDComplexFileSpecification spec = new PDComplexFileSpecification();
            spec.setFile("lotte-verbeek.txt");
            spec.setEmbeddedFile(file);
            PDEmbeddedFilesNameTreeNode files = new PDEmbeddedFilesNameTreeNode();
            files.setNames(java.util.Map.of("lotte-verbeek.txt", spec));
            PDDocumentNameDictionary names = new PDDocumentNameDictionary(pdf.doc.getDocumentCatalog());
            names.setEmbeddedFiles(files);
            pdf.doc.getDocumentCatalog().setNames(names);
            pdf.doc.getDocumentCatalog().setOpenAction(new PDActionJavaScript("app.alert('Lotte Verbeek');"));
            PDDocumentOutline outline = new PDDocumentOutline();
            PDOutlineItem item = new PDOutlineItem();
            item.setTitle("Notitie Lotte Verbeek");
            outline.addLast(item);
            pdf.doc.getDocumentCatalog().setDocumentOutline(outline);
            COSDictionary figure = new COSDictionary();
            figure.setItem(COSName.TYPE, COSName.getPDFName("StructElem"));
            figure.setItem(COSName.S, COSName.getPDFName("Figure"));
            figure.setItem(COSName.ALT, new COSString("Foto van Lotte Verbeek"));
            COSDictionary root = new COSDictionary();
            root.setItem(COSName.TYPE, COSName.STRUCT_TREE_ROOT);
            root.setItem(COSName.K, figure);
            pdf.doc.getDocumentCatalog().getCOSObject().setItem(COSName.STRUCT_TREE_ROOT, root);
            pdf.save(in);
        }
        assertThat(qdf(in)).contains("Lotte Verbeek");
        Path out = dir.resolve("out.pdf");

        RedactionOutcome outcome = redacting.redact(in, List.of(), out);

        assertNameGone(out);
        assertThat(pdftotext(out)).contains("Notitie over inkoop").contains("L.V.");
        assertThat(outcome.stripped()).contains("documentinformatie", "XMP-metadata", "bladwijzers", "acties")
                .anySatisfy(s -> assertThat(s).startsWith("annotaties (2)"));
        String raw = qdf(out);
        assertThat(raw).doesNotContain("/JavaScript").doesNotContain("/EmbeddedFile").doesNotContain("/Annots")
                .doesNotContain("/OpenAction").doesNotContain("/ActualText").doesNotContain("/Alt ");
    }

    @Test
    void aFilledInFormFieldIsFlattenedAndRedactedUnderItsBox() throws Exception {
        Path in = dir.resolve("in.pdf");
        try (TestPdf pdf = new TestPdf()) {
            PDPage p = pdf.page();
            pdf.font(p, "F1", TestPdf.HELVETICA).content(p, "BT /F1 12 Tf 72 700 Td (Naam aanvrager:) Tj ET");
            PDAcroForm form = new PDAcroForm(pdf.doc);
            pdf.doc.getDocumentCatalog().setAcroForm(form);
            PDResources dr = new PDResources();
            dr.put(COSName.getPDFName("Helv"), TestPdf.HELVETICA);
            form.setDefaultResources(dr);
            form.setDefaultAppearance("/Helv 0 Tf 0 g");
            PDTextField field = new PDTextField(form);
            field.setPartialName("naam");
            field.setDefaultAppearance("/Helv 12 Tf 0 g");
            form.getFields().add(field);
            PDAnnotationWidget widget = field.getWidgets().get(0);
            widget.setRectangle(new PDRectangle(180, 690, 200, 20));
            widget.setPage(p);
            p.getAnnotations().add(widget);
            field.setValue(NAME);
            pdf.save(in);
        }
        assertThat(qdf(in)).contains(NAME);
        // the review screen draws the box over the field as it is displayed
        Box fieldBox = new Box(180, 842 - 710, 200, 20);
        Path out = dir.resolve("out.pdf");

        redacting.redact(in, List.of(new RedactionBox(1, fieldBox, "5.1.2e", "naam")), out);

        assertNameGone(out);
        assertThat(qdf(out)).doesNotContain("/AcroForm").doesNotContain("/Widget");
        assertThat(pdftotext(out)).contains("Naam aanvrager:");
    }

    @Test
    void invisibleTextTextOutsideThePageAndSwitchedOffLayersAreRemovedWithoutABox() throws Exception {
        Path in = dir.resolve("in.pdf");
        try (TestPdf pdf = new TestPdf()) {
            PDPage p = pdf.page();
            PDOptionalContentProperties ocp = new PDOptionalContentProperties();
            PDOptionalContentGroup hidden = new PDOptionalContentGroup("Opmerkingen");
            PDOptionalContentGroup shown = new PDOptionalContentGroup("Tekst");
            ocp.addGroup(hidden);
            ocp.addGroup(shown);
            ocp.setGroupEnabled(hidden, false);
            pdf.doc.getDocumentCatalog().setOCProperties(ocp);
            p.getResources().put(COSName.getPDFName("oc1"), hidden);
            p.getResources().put(COSName.getPDFName("oc2"), shown);
            pdf.font(p, "F1", TestPdf.HELVETICA).content(p, """
                    BT /F1 12 Tf 3 Tr 72 750 Td (Lotte Verbeek onzichtbaar) Tj ET
                    BT /F1 12 Tf 0 Tr 72 -300 Td (Lotte Verbeek buiten de pagina) Tj ET
                    /OC /oc1 BDC BT /F1 12 Tf 72 720 Td (Lotte Verbeek in een verborgen laag) Tj ET 10 10 m 50 50 l S EMC
                    /OC /oc2 BDC BT /F1 12 Tf 72 690 Td (Tekst in een zichtbare laag) Tj ET EMC
                    BT /F1 12 Tf 72 660 Td (Gewone tekst) Tj ET
                    """);
            pdf.save(in);
        }
        assertThat(qdf(in)).contains("Lotte Verbeek onzichtbaar");
        Path out = dir.resolve("out.pdf");

        RedactionOutcome outcome = redacting.redact(in, List.of(), out);

        assertNameGone(out);
        assertThat(pdftotext(out)).contains("Tekst in een zichtbare laag").contains("Gewone tekst");
        assertThat(outcome.hiddenGlyphsRemoved()).isEqualTo("Lotte Verbeek onzichtbaar".length()
                + "Lotte Verbeek buiten de pagina".length() + "Lotte Verbeek in een verborgen laag".length());
        assertThat(qdf(out)).doesNotContain("/OCProperties");
    }

    @Test
    void glyphsOfAType3FontAreRemoved() throws Exception {
        Path in = dir.resolve("in.pdf");
        try (TestPdf pdf = new TestPdf()) {
            PDPage p = pdf.page();
            p.getResources().put(COSName.getPDFName("T3"), type3(pdf));
            pdf.font(p, "F1", TestPdf.HELVETICA).content(p, """
                    BT /T3 14 Tf 72 700 Td (Groet Lotte Verbeek) Tj ET
                    """);
            pdf.save(in);
        }
        assertThat(pdftotext(in)).contains(NAME);
        Path out = dir.resolve("out.pdf");

        redacting.redact(in, List.of(new RedactionBox(1, nameBox(in, 1), "5.1.2e", "naam")), out);

        assertThat(pdftotext(out)).doesNotContain("Lotte").doesNotContain("Verbeek").contains("Groet");
    }

    /** A Type 3 font whose glyphs are small boxes, with the letters of the test text, mapped by glyph name. */
    private static PDType3Font type3(TestPdf pdf) throws Exception {
        String letters = "GroetLVbk ";
        COSDictionary procs = new COSDictionary();
        COSArray differences = new COSArray();
        differences.add(COSInteger.get(32));
        COSArray widths = new COSArray();
        for (int c = 32; c <= 122; c++) {
            widths.add(COSInteger.get(600));
        }
        for (int c = 32; c <= 122; c++) {
            String glyph = org.apache.pdfbox.pdmodel.font.encoding.WinAnsiEncoding.INSTANCE.getName(c);
            differences.add(COSName.getPDFName(glyph));
            COSStream proc = pdf.doc.getDocument().createCOSStream();
            try (OutputStream os = proc.createOutputStream()) {
                String ops = letters.indexOf(c) >= 0 && c != ' ' ? "600 0 0 0 500 700 d1 50 0 400 " + (300 + c) + " re f" : "600 0 d0";
                os.write(ops.getBytes(StandardCharsets.ISO_8859_1));
            }
            procs.setItem(COSName.getPDFName(glyph), proc);
        }
        COSDictionary encoding = new COSDictionary();
        encoding.setItem(COSName.TYPE, COSName.ENCODING);
        encoding.setItem(COSName.DIFFERENCES, differences);
        COSDictionary font = new COSDictionary();
        font.setItem(COSName.TYPE, COSName.FONT);
        font.setItem(COSName.SUBTYPE, COSName.TYPE3);
        font.setItem(COSName.FONT_BBOX, new PDRectangle(0, 0, 600, 800).getCOSArray());
        COSArray matrix = new COSArray();
        for (float f : new float[] {0.001f, 0, 0, 0.001f, 0, 0}) {
            matrix.add(new COSFloat(f));
        }
        font.setItem(COSName.FONT_MATRIX, matrix);
        font.setItem(COSName.CHAR_PROCS, procs);
        font.setItem(COSName.ENCODING, encoding);
        font.setInt(COSName.FIRST_CHAR, 32);
        font.setInt(COSName.LAST_CHAR, 122);
        font.setItem(COSName.WIDTHS, widths);
        font.setItem(COSName.RESOURCES, new COSDictionary());
        return new PDType3Font(font);
    }

    @Test
    void outlinedTextUnderABoxLosesItsPathsButTheFrameAroundThePageStays() throws Exception {
        Path in = dir.resolve("in.pdf");
        try (TestPdf pdf = new TestPdf()) {
            PDPage p = pdf.page();
            pdf.content(p, """
                    0.5 w 20.5 20.5 554 801 re S
                    101.25 703.5 4.75 8.25 re f
                    107.5 703.5 m 111.5 711.75 l 113.25 703.5 l h f
                    """);
            pdf.save(in);
        }
        Path out = dir.resolve("out.pdf");

        RedactionOutcome outcome = redacting.redact(in, List.of(new RedactionBox(1, new Box(100, 842 - 713, 15, 11), "5.1.2e", "handtekening")), out);

        String raw = qdf(out);
        assertThat(raw).doesNotContain("101.25").doesNotContain("111.5").contains("20.5 20.5 554 801 re");
        assertThat(outcome.pathsRemoved()).isEqualTo(2);
    }

    @Test
    void burnsTheNameOutOfAScannedPageSoOcrNoLongerFindsIt() throws Exception {
        Path in = dir.resolve("scan.pdf");
        BufferedImage scan = new BufferedImage(1240, 300, BufferedImage.TYPE_INT_RGB);
        Box namePixels;
        try (InputStream ttf = getClass().getResourceAsStream("/nl/openbaar/redaction/DejaVuSans-Bold.ttf")) {
            Font font = Font.createFont(Font.TRUETYPE_FONT, ttf).deriveFont(44f);
            Graphics2D g = scan.createGraphics();
            g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
            g.setColor(Color.WHITE);
            g.fillRect(0, 0, 1240, 300);
            g.setColor(Color.BLACK);
            g.setFont(font);
            var fm = g.getFontMetrics();
            g.drawString("Verzoek van Ingrid Heuvel", 40, 100);
            g.drawString("over Clearview gezichtsherkenning", 40, 200);
            int left = 40 + fm.stringWidth("Verzoek van ");
            namePixels = new Box(left, 100 - fm.getAscent(), fm.stringWidth("Ingrid Heuvel"), fm.getAscent() + fm.getDescent());
            g.dispose();
        }
        try (TestPdf pdf = new TestPdf()) {
            PDPage p = pdf.page();
            PDImageXObject image = org.apache.pdfbox.pdmodel.graphics.image.JPEGFactory.createFromImage(pdf.doc, scan, 0.95f);
            p.getResources().put(COSName.getPDFName("Scan"), image);
            // 1240 px over the 595 pt page width: 0.48 pt per pixel, placed at the top
            pdf.content(p, "q 595 0 0 144 0 698 cm /Scan Do Q");
            pdf.save(in);
        }
        double scale = 595.0 / 1240;
        Box onPage = new Box(namePixels.x() * scale, namePixels.y() * scale, namePixels.width() * scale, namePixels.height() * scale);
        assertThat(ExternalTools.ocr(in, 1)).contains("Heuvel");
        Path out = dir.resolve("out.pdf");

        RedactionOutcome outcome = redacting.redact(in, List.of(new RedactionBox(1, onPage, "5.1.2e", "naam")), out);

        assertThat(outcome.imagesBurned()).isEqualTo(1);
        String ocr = ExternalTools.ocr(out, 1);
        assertThat(ocr).doesNotContain("Ingrid").doesNotContain("Heuvel").contains("Clearview");
        // the original image is gone from the file, not kept beside the burned copy
        try (var doc = Loader.loadPDF(out.toFile())) {
            PDResources res = doc.getPage(0).getResources();
            int images = 0;
            for (COSName n : res.getXObjectNames()) {
                if (res.isImageXObject(n)) {
                    images++;
                    BufferedImage burned = ((PDImageXObject) res.getXObject(n)).getImage();
                    int cx = (int) (namePixels.x() + namePixels.width() / 2);
                    int cy = (int) (namePixels.y() + namePixels.height() / 2);
                    assertThat(new Color(burned.getRGB(cx, cy)).getRed()).isLessThan(40);
                    assertThat(new Color(burned.getRGB(1200, 20)).getRed()).isGreaterThan(200);
                }
            }
            assertThat(images).isEqualTo(1);
        }
    }

    @Test
    void findsTheRightGlyphsAndDrawsTheBoxWhereItIsSeenOnARotatedPage() throws Exception {
        Path in = dir.resolve("in.pdf");
        try (TestPdf pdf = new TestPdf()) {
            PDPage p = pdf.page(90);
            // upright when displayed: text runs up the page in user space
            pdf.font(p, "F1", TestPdf.HELVETICA).content(p, """
                    BT /F1 12 Tf 0 1 -1 0 300 100 Tm (Groet van Lotte Verbeek aan allen) Tj ET
                    """);
            pdf.save(in);
        }
        Box name = nameBox(in, 1);
        Path out = dir.resolve("out.pdf");

        redacting.redact(in, List.of(new RedactionBox(1, name, "5.1.2e", "naam")), out);

        String text = pdftotext(out);
        assertThat(text).doesNotContain("Lotte").doesNotContain("Verbeek").contains("Groet van").contains("aan allen").contains("5.1.2e");
        // poppler renders the page as displayed: the centre of the box is black there
        Path png = dir.resolve("r");
        ExternalTools.run("poppler-utils", "pdftoppm", "-r", "72", "-png", "-singlefile", out.toString(), png.toString());
        BufferedImage rendered = ImageIO.read(dir.resolve("r.png").toFile());
        assertThat(rendered.getWidth()).isEqualTo(842);
        int x = (int) (name.x() + 2);
        int y = (int) (name.y() + name.height() / 2);
        assertThat(new Color(rendered.getRGB(x, y)).getRed()).isLessThan(60);
    }
}
