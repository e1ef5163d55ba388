package nl.openbaar.redaction;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import nl.openbaar.redaction.internal.PageGeometry;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.util.Matrix;

/**
 * Stamps every page of a redacted document with its inventory number (top right, "Document 12") and its page number
 * in the documentenbundel (bottom right), as real text upright on the page as displayed, on a small white ground so
 * it stays legible over content. The document information gets a neutral title; nothing else is added.
 */
public class StampingPages {

    private static final float SIZE = 8f;
    private static final float MARGIN = 10f;

    /** @return the number of pages stamped */
    public int stamp(Path redacted, Path target, int inventoryNumber, int firstBundlePage) {
        Path tmp = target.resolveSibling(target.getFileName() + ".part");
        try (PDDocument doc = RedactingPdf.open(redacted)) {
            PDType0Font font;
            try (InputStream ttf = getClass().getResourceAsStream("/nl/openbaar/redaction/DejaVuSans-Bold.ttf")) {
                font = PDType0Font.load(doc, ttf, true);
            }
            int n = 0;
            for (PDPage page : doc.getPages()) {
                PageGeometry g = PageGeometry.of(page);
                try (PDPageContentStream cs = new PDPageContentStream(doc, page, PDPageContentStream.AppendMode.APPEND, true, true)) {
                    label(cs, font, g, "Document " + inventoryNumber, true);
                    label(cs, font, g, String.valueOf(firstBundlePage + n), false);
                }
                n++;
            }
            PDDocumentInformation info = new PDDocumentInformation();
            info.setTitle("Document " + inventoryNumber);
            doc.setDocumentInformation(info);
            doc.save(tmp.toFile());
            Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            return n;
        } catch (IOException e) {
            try {
                Files.deleteIfExists(tmp);
            } catch (IOException ignored) {
                // nothing to clean up
            }
            throw new RedactionFailedException("document " + inventoryNumber, "stempelen mislukt: " + e.getMessage(), e);
        }
    }

    private static void label(PDPageContentStream cs, PDType0Font font, PageGeometry g, String text, boolean top) throws IOException {
        float width = font.getStringWidth(text) / 1000 * SIZE;
        double x = g.displayWidth() - MARGIN - width;
        double baseline = top ? MARGIN + SIZE : g.displayHeight() - MARGIN;
        double[] ll = g.toUser(x - 2, baseline + 2.5);
        double[] ur = g.toUser(x + width + 2, baseline - SIZE - 1);
        cs.setNonStrokingColor(1f);
        cs.addRect((float) Math.min(ll[0], ur[0]), (float) Math.min(ll[1], ur[1]), (float) Math.abs(ur[0] - ll[0]),
                (float) Math.abs(ur[1] - ll[1]));
        cs.fill();
        double[] start = g.toUser(x, baseline);
        cs.beginText();
        cs.setNonStrokingColor(0f);
        cs.setFont(font, SIZE);
        cs.setTextMatrix(Matrix.getRotateInstance(Math.toRadians(g.rotation()), (float) start[0], (float) start[1]));
        cs.showText(text);
        cs.endText();
    }
}
