package nl.openbaar.redaction.internal;

import java.awt.geom.Rectangle2D;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import nl.openbaar.redaction.model.RedactionBox;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

/**
 * Draws the redaction boxes over a page: opaque black, with the ground code in white as real text (readable,
 * searchable, read aloud), upright as the page is displayed. The font is DejaVu Sans Bold, embedded as a subset.
 */
final class BoxPainter {

    static final String FONT = "/nl/openbaar/redaction/DejaVuSans-Bold.ttf";
    private static final float MAX_LABEL = 9f;
    private static final float MIN_LABEL = 3f;

    private final PDDocument doc;
    private PDType0Font font;

    BoxPainter(PDDocument doc) {
        this.doc = doc;
    }

    static PDType0Font loadFont(PDDocument doc) throws IOException {
        try (InputStream in = BoxPainter.class.getResourceAsStream(FONT)) {
            if (in == null) {
                throw new IOException("font missing from the build: " + FONT);
            }
            return PDType0Font.load(doc, in, true);
        }
    }

    /** Content operators drawing the boxes in user space; the label font is added to the page's resources. */
    byte[] operators(COSDictionary resources, PageGeometry geometry, List<RedactionBox> boxes, double pad) throws IOException {
        if (font == null) {
            font = loadFont(doc);
            // PDFBox builds the subset at save time only for fonts a content stream writer has used: register it
            // through a scratch form that is referenced from nowhere and so never written
            var appearance = new org.apache.pdfbox.pdmodel.interactive.annotation.PDAppearanceStream(doc);
            appearance.setResources(new org.apache.pdfbox.pdmodel.PDResources());
            try (var scratch = new org.apache.pdfbox.pdmodel.PDPageContentStream(doc, appearance)) {
                scratch.setFont(font, 1);
            }
        }
        COSDictionary fonts = resources.getCOSDictionary(COSName.FONT);
        fonts = fonts == null ? new COSDictionary() : new COSDictionary(fonts);
        resources.setItem(COSName.FONT, fonts);
        COSName name = COSName.getPDFName("RdLabel");
        fonts.setItem(name, font.getCOSObject());
        StringBuilder ops = new StringBuilder(boxes.size() * 120);
        ops.append("q 0 g\n");
        for (RedactionBox b : boxes) {
            Rectangle2D r = geometry.toUser(b.box().pad(pad));
            ops.append(String.format(Locale.ROOT, "%.2f %.2f %.2f %.2f re f\n", r.getX(), r.getY(), r.getWidth(), r.getHeight()));
        }
        for (RedactionBox b : boxes) {
            label(ops, name, geometry, b, pad);
        }
        ops.append("Q\n");
        return ops.toString().getBytes(StandardCharsets.US_ASCII);
    }

    private void label(StringBuilder ops, COSName name, PageGeometry geometry, RedactionBox b, double pad) throws IOException {
        String code = b.ground();
        double w = b.box().width() + 2 * pad;
        double h = b.box().height() + 2 * pad;
        float size = (float) Math.min(MAX_LABEL, h * 0.65);
        float textWidth = font.getStringWidth(code) / 1000f * size;
        if (textWidth > w - 2) {
            size = (float) (size * (w - 2) / textWidth);
            textWidth = font.getStringWidth(code) / 1000f * size;
        }
        if (size < MIN_LABEL) {
            return; // too small to read: the redaction log carries the ground
        }
        code.codePoints().forEach(font::addToSubset);
        double cx = b.box().x() + b.box().width() / 2;
        double cy = b.box().y() + b.box().height() / 2;
        double[] start = geometry.toUser(cx - textWidth / 2, cy + size * 0.35);
        double angle = Math.toRadians(geometry.rotation());
        double cos = Math.cos(angle);
        double sin = Math.sin(angle);
        ops.append(String.format(Locale.ROOT, "BT 1 g /%s %.2f Tf %.4f %.4f %.4f %.4f %.2f %.2f Tm <%s> Tj ET\n",
                name.getName(), size, cos, sin, -sin, cos, start[0], start[1], HexFormat.of().formatHex(font.encode(code))));
    }
}
