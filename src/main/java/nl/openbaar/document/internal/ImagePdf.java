package nl.openbaar.document.internal;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Iterator;
import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.metadata.IIOMetadata;
import javax.imageio.stream.ImageInputStream;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.graphics.image.JPEGFactory;
import org.apache.pdfbox.pdmodel.graphics.image.LosslessFactory;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;

/**
 * Images (PNG, JPEG, TIFF with any number of pages, GIF, BMP) placed on PDF pages, one frame per page, at the
 * resolution the image declares (a scan at 300 dpi becomes an A4 page), or fitted to A4 when it declares none.
 * Frames are read one at a time, so a 200-page TIFF needs the memory of one page.
 */
final class ImagePdf {

    private static final long MAX_PIXELS = 150_000_000L;
    private static final double A4_LONG = 842;

    private ImagePdf() {
    }

    static void write(Path image, Path target, Limits limits) throws IOException {
        try (ImageInputStream in = ImageIO.createImageInputStream(image.toFile())) {
            if (in == null) {
                throw new ReadingException("afbeelding kon niet worden geopend");
            }
            Iterator<ImageReader> readers = ImageIO.getImageReaders(in);
            if (!readers.hasNext()) {
                throw new ReadingException("onbekend of beschadigd afbeeldingsformaat");
            }
            ImageReader reader = readers.next();
            try (PDDocument pdf = new PDDocument(org.apache.pdfbox.io.IOUtils.createTempFileOnlyStreamCache())) {
                reader.setInput(in, false, false);
                boolean jpeg = reader.getFormatName().toLowerCase(java.util.Locale.ROOT).contains("jp");
                int frames = 0;
                for (int i = 0; ; i++) {
                    int w;
                    int h;
                    try {
                        w = reader.getWidth(i);
                        h = reader.getHeight(i);
                    } catch (IndexOutOfBoundsException end) {
                        break;
                    }
                    if (++frames > limits.maxPages()) {
                        throw new ReadingException("de afbeelding heeft meer dan " + limits.maxPages() + " pagina's");
                    }
                    if ((long) w * h > MAX_PIXELS) {
                        throw new ReadingException("afbeelding van " + w + " × " + h + " pixels is te groot");
                    }
                    double dpi = dpi(reader, i);
                    double pw = w * 72.0 / dpi;
                    double ph = h * 72.0 / dpi;
                    double longest = Math.max(pw, ph);
                    if (dpi <= 0 || longest > A4_LONG * 2 || longest < A4_LONG / 4) {
                        double scale = A4_LONG / Math.max(w, h);
                        pw = w * scale;
                        ph = h * scale;
                    }
                    BufferedImage frame = reader.read(i);
                    PDImageXObject x = jpeg && i == 0 && frames == 1
                            ? JPEGFactory.createFromImage(pdf, frame, 0.92f) : LosslessFactory.createFromImage(pdf, frame);
                    frame.flush();
                    PDPage page = new PDPage(new PDRectangle((float) pw, (float) ph));
                    pdf.addPage(page);
                    try (PDPageContentStream cs = new PDPageContentStream(pdf, page)) {
                        cs.drawImage(x, 0, 0, (float) pw, (float) ph);
                    }
                }
                if (frames == 0) {
                    throw new ReadingException("de afbeelding bevat geen beeld");
                }
                pdf.save(target.toFile());
            } catch (IOException | RuntimeException e) {
                if (e instanceof ReadingException r) {
                    throw r;
                }
                throw new ReadingException("beschadigde afbeelding (" + PdfLayouts.brief(e) + ")", e);
            } finally {
                reader.dispose();
            }
        }
    }

    /** The horizontal resolution from the image's standard metadata, or 0 when it declares none. */
    private static double dpi(ImageReader reader, int index) {
        try {
            IIOMetadata meta = reader.getImageMetadata(index);
            if (meta == null || !meta.isStandardMetadataFormatSupported()) {
                return 0;
            }
            var root = (javax.imageio.metadata.IIOMetadataNode) meta.getAsTree("javax_imageio_1.0");
            var nodes = root.getElementsByTagName("HorizontalPixelSize");
            if (nodes.getLength() == 0) {
                return 0;
            }
            double mmPerPixel = Double.parseDouble(((javax.imageio.metadata.IIOMetadataNode) nodes.item(0)).getAttribute("value"));
            return mmPerPixel > 0 ? 25.4 / mmPerPixel : 0;
        } catch (IOException | RuntimeException e) {
            return 0;
        }
    }
}
