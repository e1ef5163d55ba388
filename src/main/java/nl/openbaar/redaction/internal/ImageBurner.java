package nl.openbaar.redaction.internal;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.Shape;
import java.awt.geom.AffineTransform;
import java.awt.geom.NoninvertibleTransformException;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.awt.image.WritableRaster;
import java.io.IOException;
import java.io.OutputStream;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSBoolean;
import org.apache.pdfbox.cos.COSInteger;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSNumber;
import org.apache.pdfbox.cos.COSStream;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.graphics.image.JPEGFactory;
import org.apache.pdfbox.pdmodel.graphics.image.LosslessFactory;
import org.apache.pdfbox.pdmodel.graphics.image.PDImage;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.apache.pdfbox.util.Matrix;

/**
 * Overwrites the pixels of an image that lie under redaction boxes and returns a new image XObject. The image is
 * decoded, painted black under each box (grown by a pixel so no anti-aliased edge of a letter survives) and
 * encoded again: JPEG stays JPEG, everything else is stored losslessly; a stencil mask loses its marks there.
 * The original is not touched; the content stream is pointed at the copy.
 */
final class ImageBurner {

    private final PDDocument doc;

    ImageBurner(PDDocument doc) {
        this.doc = doc;
    }

    COSStream burn(StreamNode.ImageHit hit) throws IOException {
        PDImage image = hit.image();
        int w = image.getWidth();
        int h = image.getHeight();
        if (w <= 0 || h <= 0) {
            throw new IOException("image without size");
        }
        AffineTransform toPixels = toPixels(hit.ctm(), w, h);
        if (image.isStencil()) {
            return burnStencil(image, toPixels, hit);
        }
        BufferedImage source = image.getImage();
        boolean alpha = source.getColorModel().hasAlpha();
        BufferedImage copy = new BufferedImage(source.getWidth(), source.getHeight(),
                alpha ? BufferedImage.TYPE_INT_ARGB : BufferedImage.TYPE_INT_RGB);
        Graphics2D g = copy.createGraphics();
        try {
            g.drawImage(source, 0, 0, null);
            g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_OFF);
            g.setColor(Color.BLACK);
            AffineTransform scale = AffineTransform.getScaleInstance((double) source.getWidth() / w, (double) source.getHeight() / h);
            for (Rectangle2D box : hit.boxes()) {
                Shape s = scale.createTransformedShape(toPixels.createTransformedShape(box));
                g.fill(s);
                // grown by a pixel all round: a glyph edge half in the box must not survive as anti-aliased grey
                g.setStroke(new BasicStroke(2f));
                g.draw(s);
            }
        } finally {
            g.dispose();
        }
        boolean jpeg = image.getSuffix() != null && image.getSuffix().equals("jpg") && !alpha;
        PDImageXObject out = jpeg ? JPEGFactory.createFromImage(doc, copy, 0.9f) : LosslessFactory.createFromImage(doc, copy);
        if (image.getInterpolate()) {
            out.setInterpolate(true);
        }
        return out.getCOSObject();
    }

    /** User space to image pixels: the image fills the unit square of its CTM, row 0 at the top. */
    private static AffineTransform toPixels(Matrix ctm, int w, int h) throws IOException {
        try {
            AffineTransform unit = ctm.createAffineTransform().createInverse();
            AffineTransform pixels = new AffineTransform(w, 0, 0, -h, 0, h);
            pixels.concatenate(unit);
            return pixels;
        } catch (NoninvertibleTransformException e) {
            throw new IOException("image drawn with a degenerate matrix", e);
        }
    }

    private COSStream burnStencil(PDImage image, AffineTransform toPixels, StreamNode.ImageHit hit) throws IOException {
        WritableRaster raw = image.getRawRaster();
        int w = raw.getWidth();
        int h = raw.getHeight();
        COSArray decode = image.getDecode();
        boolean inverted = decode != null && decode.size() >= 2 && decode.get(0) instanceof COSNumber d0 && d0.floatValue() == 1f;
        // sample 1 leaves the page untouched under the default Decode [0 1]; 0 under [1 0]
        int blank = inverted ? 0 : 1;
        for (Rectangle2D box : hit.boxes()) {
            Rectangle2D r = toPixels.createTransformedShape(box).getBounds2D();
            int x0 = Math.max(0, (int) Math.floor(r.getMinX()) - 1);
            int y0 = Math.max(0, (int) Math.floor(r.getMinY()) - 1);
            int x1 = Math.min(w, (int) Math.ceil(r.getMaxX()) + 1);
            int y1 = Math.min(h, (int) Math.ceil(r.getMaxY()) + 1);
            for (int y = y0; y < y1; y++) {
                for (int x = x0; x < x1; x++) {
                    raw.setSample(x, y, 0, blank);
                }
            }
        }
        int rowBytes = (w + 7) / 8;
        byte[] packed = new byte[rowBytes * h];
        for (int y = 0; y < h; y++) {
            for (int x = 0; x < w; x++) {
                if (raw.getSample(x, y, 0) != 0) {
                    packed[y * rowBytes + x / 8] |= (byte) (0x80 >> (x % 8));
                }
            }
        }
        COSStream stream = doc.getDocument().createCOSStream();
        stream.setItem(COSName.TYPE, COSName.XOBJECT);
        stream.setItem(COSName.SUBTYPE, COSName.IMAGE);
        stream.setItem(COSName.WIDTH, COSInteger.get(w));
        stream.setItem(COSName.HEIGHT, COSInteger.get(h));
        stream.setItem(COSName.BITS_PER_COMPONENT, COSInteger.get(1));
        stream.setItem(COSName.IMAGE_MASK, COSBoolean.TRUE);
        if (decode != null) {
            stream.setItem(COSName.DECODE, decode);
        }
        try (OutputStream os = stream.createOutputStream(COSName.FLATE_DECODE)) {
            os.write(packed);
        }
        return stream;
    }
}
