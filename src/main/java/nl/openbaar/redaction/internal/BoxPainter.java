package nl.openbaar.redaction.internal;

import java.io.IOException;
import java.io.InputStream;
import java.awt.geom.Rectangle2D;
import java.util.List;
import nl.openbaar.redaction.model.RedactionBox;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.util.Matrix;

/**
 * Draws the redaction boxes over a page: opaque black, with the ground code in white as real text (readable,
 * searchable, read aloud), upright as the page is displayed. The font is DejaVu Sans Bold, embedded as a subset.
 */
final class BoxPainter {

    static final String FONT = "/nl/openbaar/redaction/DejaVuSans-Bold.ttf";
    private static final float MAX_LABEL = 9f;
    private static final float MIN_LABEL = 3f;

    private final PDDocument doc;
    private PDFont font;

    BoxPainter(PDDocument doc) {
        this.doc = doc;
    }

    static PDFont loadFont(PDDocument doc) throws IOException {
        try (InputStream in = BoxPainter.class.getResourceAsStream(FONT)) {
            if (in == null) {
                throw new IOException("font missing from the build: " + FONT);
            }
            return PDType0Font.load(doc, in, true);
        }
    }

    void paint(PDPage page, PageGeometry geometry, List<RedactionBox> boxes, double pad) throws IOException {
        if (font == null) {
            font = loadFont(doc);
        }
        try (PDPageContentStream cs = new PDPageContentStream(doc, page, PDPageContentStream.AppendMode.APPEND, true, true)) {
            for (RedactionBox b : boxes) {
                Rectangle2D r = geometry.toUser(b.box().pad(pad));
                cs.setNonStrokingColor(0f);
                cs.addRect((float) r.getX(), (float) r.getY(), (float) r.getWidth(), (float) r.getHeight());
                cs.fill();
                label(cs, geometry, b, pad);
            }
        }
    }

    private void label(PDPageContentStream cs, PageGeometry geometry, RedactionBox b, double pad) throws IOException {
        String code = b.ground();
        double w = b.box().width() + 2 * pad;
        double h = b.box().height() + 2 * pad;
        float size = (float) Math.min(MAX_LABEL, h * 0.72);
        float textWidth = font.getStringWidth(code) / 1000f * size;
        if (textWidth > w - 2) {
            size = (float) (size * (w - 2) / textWidth);
            textWidth = font.getStringWidth(code) / 1000f * size;
        }
        if (size < MIN_LABEL) {
            return; // too small to read: the redaction log carries the ground
        }
        double cx = b.box().x() + b.box().width() / 2;
        double cy = b.box().y() + b.box().height() / 2;
        double[] start = geometry.toUser(cx - textWidth / 2, cy + size * 0.35);
        cs.beginText();
        cs.setNonStrokingColor(1f);
        cs.setFont(font, size);
        cs.setTextMatrix(Matrix.getRotateInstance(Math.toRadians(geometry.rotation()), (float) start[0], (float) start[1]));
        cs.showText(code);
        cs.endText();
    }
}
