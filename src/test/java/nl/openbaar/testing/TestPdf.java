package nl.openbaar.testing;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.HexFormat;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSStream;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.common.PDStream;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.apache.pdfbox.pdmodel.graphics.form.PDFormXObject;

/**
 * Builds test PDFs from raw content streams, so that a test states exactly which operators carry the text
 * (Tj, TJ with kerning, ', ", hex CID strings …) instead of relying on what a writer happens to produce.
 */
public final class TestPdf implements AutoCloseable {

    public static final PDFont HELVETICA = new PDType1Font(Standard14Fonts.FontName.HELVETICA);

    public final PDDocument doc = new PDDocument();

    public PDPage page() {
        return page(0);
    }

    public PDPage page(int rotation) {
        PDPage p = new PDPage(PDRectangle.A4);
        p.setRotation(rotation);
        p.setResources(new PDResources());
        doc.addPage(p);
        return p;
    }

    public TestPdf font(PDPage page, String name, PDFont font) {
        page.getResources().put(COSName.getPDFName(name), font);
        return this;
    }

    /** Sets the page's content to the given operators, stored without compression. */
    public TestPdf content(PDPage page, String operators) throws IOException {
        PDStream s = new PDStream(doc);
        try (OutputStream os = s.createOutputStream()) {
            os.write(operators.getBytes(StandardCharsets.ISO_8859_1));
        }
        page.setContents(s);
        return this;
    }

    /** A form XObject with the given operators, bounding box the whole page. */
    public PDFormXObject form(String operators, PDResources resources) throws IOException {
        COSStream stream = doc.getDocument().createCOSStream();
        try (OutputStream os = stream.createOutputStream()) {
            os.write(operators.getBytes(StandardCharsets.ISO_8859_1));
        }
        PDFormXObject form = new PDFormXObject(stream);
        form.setBBox(PDRectangle.A4);
        form.setResources(resources);
        return form;
    }

    public PDType0Font dejavu() throws IOException {
        try (InputStream in = TestPdf.class.getResourceAsStream("/nl/openbaar/redaction/DejaVuSans-Bold.ttf")) {
            return PDType0Font.load(doc, in, false);
        }
    }

    /** A CID-keyed string as a hex string operand: two bytes per glyph, no readable letters in the stream. */
    public static String hex(PDType0Font font, String text) throws IOException {
        return "<" + HexFormat.of().formatHex(font.encode(text)) + ">";
    }

    /** Width of a text in points at a size. */
    public static double width(PDFont font, String text, double size) throws IOException {
        return font.getStringWidth(text) / 1000 * size;
    }

    public Path save(Path file) throws IOException {
        doc.save(file.toFile(), org.apache.pdfbox.pdfwriter.compress.CompressParameters.NO_COMPRESSION);
        return file;
    }

    @Override
    public void close() throws IOException {
        doc.close();
    }
}
