package nl.openbaar.document.internal;

import java.awt.image.BufferedImage;
import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import javax.imageio.ImageIO;
import nl.openbaar.shared.layout.PageLayout;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.io.IOUtils;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.encryption.InvalidPasswordException;
import org.apache.pdfbox.rendering.ImageType;
import org.apache.pdfbox.rendering.PDFRenderer;

/**
 * The pages of a working PDF with their words: from the text layer where it is usable, from OCR of the
 * rendered page where it is missing or garbage. PDFs are opened from the file (never read into memory) with a
 * temp-file stream cache, so large files need little heap.
 */
public final class PdfLayouts {

    /** Pixels above which a page is rendered at a lower resolution for OCR (a poster-sized page at 300 dpi). */
    private static final double MAX_PIXELS = 40_000_000;
    private static final int BATCH = 50;
    private static final int MIN_OCR_DPI = 200;

    private PdfLayouts() {
    }

    static PDDocument open(Path pdf) throws IOException {
        try {
            PDDocument doc = Loader.loadPDF(pdf.toFile(), "", IOUtils.createTempFileOnlyStreamCache());
            return doc;
        } catch (InvalidPasswordException e) {
            throw new ReadingException("het PDF-bestand is versleuteld met een wachtwoord");
        } catch (IOException e) {
            throw new ReadingException("beschadigd of geen PDF-bestand (" + brief(e) + ")", e);
        }
    }

    public static List<PageLayout> read(Path pdf, Limits limits, Path scratch) throws IOException {
        try (PDDocument doc = open(pdf)) {
            int pages = doc.getNumberOfPages();
            if (pages == 0) {
                throw new ReadingException("het PDF-bestand heeft geen pagina's");
            }
            if (pages > limits.maxPages()) {
                throw new ReadingException("het document heeft " + pages + " pagina's; de grens is " + limits.maxPages()
                        + " (openbaar.documents.max-pages)");
            }
            List<PageLayout> out = new ArrayList<>(pages);
            PDFRenderer renderer = null;
            for (int from = 1; from <= pages; from += BATCH) {
                int to = Math.min(pages, from + BATCH - 1);
                List<PdfText.Page> batch;
                try {
                    batch = PdfText.read(doc, from, to);
                } catch (IOException | RuntimeException e) {
                    throw new ReadingException("de tekst van het PDF-bestand kon niet worden gelezen (" + brief(e) + ")", e);
                }
                for (PdfText.Page p : batch) {
                    if (Thread.currentThread().isInterrupted()) {
                        throw new ReadingException("lezen afgebroken");
                    }
                    if (p.needsOcr()) {
                        if (renderer == null) {
                            renderer = new PDFRenderer(doc);
                        }
                        out.add(ocr(doc, renderer, p, limits, scratch));
                    } else {
                        out.add(p.layout());
                    }
                }
            }
            return out;
        }
    }

    private static PageLayout ocr(PDDocument doc, PDFRenderer renderer, PdfText.Page p, Limits limits, Path scratch)
            throws IOException {
        PageLayout textLayer = p.layout();
        int index = textLayer.number() - 1;
        PDPage page = doc.getPage(index);
        double[] size = PdfText.displaySize(page);
        double inches = (size[0] / 72.0) * (size[1] / 72.0);
        // a scan is read at its own resolution (rendering a 150 dpi scan at 300 dpi adds pixels, not detail),
        // but not below 200 dpi, under which tesseract loses small print
        int dpi = p.imageDpi() > 0 ? (int) Math.round(Math.min(limits.ocrDpi(), Math.max(MIN_OCR_DPI, p.imageDpi()))) : limits.ocrDpi();
        if (inches * dpi * dpi > MAX_PIXELS) {
            dpi = Math.max(50, (int) Math.sqrt(MAX_PIXELS / inches));
        }
        BufferedImage image;
        try {
            image = renderer.renderImageWithDPI(index, dpi, ImageType.GRAY);
        } catch (IOException | RuntimeException e) {
            throw new ReadingException("pagina " + textLayer.number() + " kon niet worden weergegeven voor OCR (" + brief(e) + ")", e);
        }
        Path png = Files.createTempFile(scratch, "page-", ".png");
        try {
            ImageIO.write(image, "png", png.toFile());
            image.flush();
            PageLayout ocr = Tesseract.read(png, dpi, textLayer.number(), size[0], size[1], limits.ocrLanguage(),
                    perPage(limits.timePerDocument()));
            // A page with a few real words and a scan behind them: keep whichever found more
            return ocr.text().length() >= textLayer.text().length() ? ocr : textLayer;
        } finally {
            Files.deleteIfExists(png);
        }
    }

    private static Duration perPage(Duration perDocument) {
        return perDocument.compareTo(Duration.ofMinutes(2)) > 0 ? Duration.ofMinutes(2) : perDocument;
    }

    static String brief(Throwable e) {
        String m = e.getMessage();
        if (m == null || m.isBlank()) {
            m = e.getClass().getSimpleName();
        }
        return m.length() > 200 ? m.substring(0, 200) + "…" : m;
    }

    static File file(Path p) {
        return p.toFile();
    }
}
