package nl.openbaar.redaction;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import javax.imageio.ImageIO;
import nl.openbaar.redaction.internal.PdfRedactor;
import nl.openbaar.redaction.model.RedactionBox;
import nl.openbaar.shared.layout.Box;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.io.IOUtils;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;

/**
 * The safe form of a page where glyph-level removal cannot be proven clean: the original page rendered by poppler at
 * {@value #DPI} dpi (readable, small enough to publish), every box burned into the pixels, and a fresh invisible text
 * layer from tesseract so the page stays searchable and accessible. The output is always a fresh file: the kept pages
 * of the glyph-level result are copied into a new document (no catalog, metadata, outline or earlier revision of
 * either source comes along), the rasterised ones are tesseract's image-and-text pages.
 */
public class RasterisingPages {

    public static final int DPI = 200;
    private static final long TIMEOUT_SECONDS = 300;

    /**
     * @param original the PDF as handed in (rendered for the rasterised pages)
     * @param password opens an encrypted original; may be null
     * @param redacted the glyph-level result whose other pages are kept, or null when there is none (all pages then
     *                 rasterised)
     * @param pages    1-based pages to rasterise
     * @param boxes    every box, in the shared coordinates (points from the top left of the page as displayed)
     */
    public void rasterise(Path original, String password, Path redacted, Set<Integer> pages, List<RedactionBox> boxes, Path target) {
        Path work = null;
        Path tmp = target.resolveSibling(target.getFileName() + ".part");
        try (PDDocument source = RedactingPdf.open(original, password)) {
            work = Files.createTempDirectory("openbaar-raster");
            int count = source.getNumberOfPages();
            List<PDDocument> open = new ArrayList<>();
            try (PDDocument out = new PDDocument(IOUtils.createTempFileOnlyStreamCache())) {
                PDDocument kept = redacted == null ? null : Loader.loadPDF(redacted.toFile(), "", null, null, IOUtils.createTempFileOnlyStreamCache());
                if (kept != null) {
                    open.add(kept);
                }
                for (int p = 1; p <= count; p++) {
                    if (kept == null || pages.contains(p)) {
                        PDDocument ocr = Loader.loadPDF(pageImage(original, password, p, boxes, work).toFile());
                        open.add(ocr);
                        out.importPage(ocr.getPage(0));
                    } else {
                        PDPage page = kept.getPage(p - 1);
                        out.importPage(page);
                    }
                }
                out.save(tmp.toFile());
            } finally {
                for (PDDocument d : open) {
                    d.close();
                }
            }
            Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException | RuntimeException e) {
            deleteQuietly(tmp);
            if (e instanceof nl.openbaar.shared.InvalidInputException ie) {
                throw ie;
            }
            throw new RedactionFailedException(original.getFileName().toString(), "rasteren faalde: " + e.getMessage(), e);
        } finally {
            deleteTree(work);
        }
    }

    /** Renders one page, burns its boxes into the pixels, and lets tesseract make a one-page PDF with a text layer. */
    private static Path pageImage(Path original, String password, int page, List<RedactionBox> boxes, Path work) throws IOException {
        Path prefix = work.resolve("r" + page);
        List<String> render = new ArrayList<>(List.of("pdftoppm", "-r", "" + DPI, "-png", "-singlefile", "-f", "" + page, "-l", "" + page));
        if (password != null && !password.isEmpty()) {
            render.addAll(List.of("-upw", password));
        }
        render.addAll(List.of(original.toString(), prefix.toString()));
        run("poppler-utils", render);
        Path png = Path.of(prefix + ".png");
        BufferedImage image = ImageIO.read(png.toFile());
        if (image == null) {
            throw new IOException("pagina " + page + " kon niet worden weergegeven");
        }
        BufferedImage rgb = new BufferedImage(image.getWidth(), image.getHeight(), BufferedImage.TYPE_INT_RGB);
        Graphics2D g = rgb.createGraphics();
        try {
            g.drawImage(image, 0, 0, null);
            g.setColor(Color.BLACK);
            double scale = DPI / 72.0;
            double pad = PdfRedactor.PAD;
            for (RedactionBox b : boxes) {
                if (b.page() != page) {
                    continue;
                }
                Box box = b.box();
                int x0 = (int) Math.floor((box.x() - pad) * scale);
                int y0 = (int) Math.floor((box.y() - pad) * scale);
                int x1 = (int) Math.ceil((box.right() + pad) * scale);
                int y1 = (int) Math.ceil((box.bottom() + pad) * scale);
                g.fillRect(x0, y0, x1 - x0, y1 - y0);
            }
        } finally {
            g.dispose();
        }
        Path burned = work.resolve("b" + page + ".png");
        ImageIO.write(rgb, "png", burned.toFile());
        Files.delete(png);
        Path base = work.resolve("t" + page);
        run("tesseract-ocr", List.of("tesseract", burned.toString(), base.toString(), "--dpi", "" + DPI, "-l", "nld+eng", "--psm", "3", "pdf"));
        Files.delete(burned);
        return Path.of(base + ".pdf");
    }

    private static void run(String debianPackage, List<String> command) throws IOException {
        Path log = Files.createTempFile("openbaar-raster", ".log");
        try {
            Process p;
            try {
                p = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
            } catch (IOException e) {
                throw new IOException(command.get(0) + " ontbreekt: installeer het Debian-pakket " + debianPackage, e);
            }
            if (!p.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
                p.destroyForcibly();
                throw new IOException(command.get(0) + " gaf na " + TIMEOUT_SECONDS + " s geen antwoord");
            }
            if (p.exitValue() != 0) {
                String err = Files.readString(log).strip();
                throw new IOException(command.get(0) + " faalde (" + p.exitValue() + "): " + (err.length() > 300 ? err.substring(0, 300) : err));
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("onderbroken", e);
        } finally {
            Files.deleteIfExists(log);
        }
    }

    private static void deleteQuietly(Path p) {
        try {
            Files.deleteIfExists(p);
        } catch (IOException ignored) {
            // nothing to clean up then
        }
    }

    private static void deleteTree(Path dir) {
        if (dir == null || !Files.exists(dir)) {
            return;
        }
        try (Stream<Path> files = Files.walk(dir)) {
            for (Path p : files.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        } catch (IOException ignored) {
            // a temp folder left behind holds only rendered pages of a file the caller has anyway
        }
    }
}
