package nl.openbaar.redaction;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import nl.openbaar.redaction.internal.PdfRedactor;
import nl.openbaar.redaction.model.BoxWidths;
import nl.openbaar.redaction.model.RedactionBox;
import nl.openbaar.redaction.model.RedactionOutcome;
import nl.openbaar.redaction.model.RemovedText;
import nl.openbaar.shared.InvalidInputException;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.io.IOUtils;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.encryption.InvalidPasswordException;

/**
 * Redacts a PDF so that what lies under the boxes is gone from the file, not just covered: the glyphs leave the
 * content streams, image pixels are overwritten, vector shapes removed; metadata and every other channel that can
 * carry text is stripped; the result is a fresh file with a single revision. Pure: no database, no Spring.
 */
public class RedactingPdf {

    private final PdfRedactor redactor;

    /** Boxes over a line of text in width classes, so that their width does not give the name away. */
    public RedactingPdf() {
        this(BoxWidths.CLASSES);
    }

    public RedactingPdf(BoxWidths widths) {
        this.redactor = new PdfRedactor(widths);
    }

    public RedactionOutcome redact(Path source, List<RedactionBox> boxes, Path target) {
        return redact(source, "", boxes, target);
    }

    /** @param password opens an encrypted source; the output is never encrypted */
    public RedactionOutcome redact(Path source, String password, List<RedactionBox> boxes, Path target) {
        Path tmp = target.resolveSibling(target.getFileName() + ".part");
        try (PDDocument doc = open(source, password)) {
            RedactionOutcome outcome = redactor.redact(doc, boxes);
            // a full save writes only what is reachable now: old revisions and removed objects stay behind
            doc.save(tmp.toFile());
            Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            return outcome;
        } catch (IOException e) {
            deleteQuietly(tmp);
            throw new RedactionFailedException(source.getFileName().toString(), e.getMessage(), e);
        } catch (RuntimeException e) {
            deleteQuietly(tmp);
            if (e instanceof InvalidInputException) {
                throw e;
            }
            throw new RedactionFailedException(source.getFileName().toString(), String.valueOf(e.getMessage()), e);
        }
    }

    /** Pages of a PDF; bad input as {@link #redact} says it. */
    public int pages(Path source, String password) {
        try (PDDocument doc = open(source, password)) {
            return doc.getNumberOfPages();
        } catch (IOException e) {
            throw new RedactionFailedException(source.getFileName().toString(), e.getMessage(), e);
        }
    }

    /**
     * The text under the boxes as PDFBox reads it from the original, for the gate to look for when the glyph-level
     * engine could not run (it then tells what it removed itself). Empty where nothing can be read.
     */
    public List<RemovedText> textUnder(Path source, String password, List<RedactionBox> boxes) {
        List<RemovedText> found = new java.util.ArrayList<>();
        try (PDDocument doc = open(source, password)) {
            for (int i = 0; i < boxes.size(); i++) {
                RedactionBox b = boxes.get(i);
                if (b.page() > doc.getNumberOfPages()) {
                    continue;
                }
                org.apache.pdfbox.text.PDFTextStripperByArea area = new org.apache.pdfbox.text.PDFTextStripperByArea();
                area.addRegion("b", new java.awt.geom.Rectangle2D.Double(b.box().x(), b.box().y(), b.box().width(), b.box().height()));
                area.extractRegions(doc.getPage(b.page() - 1));
                String text = area.getTextForRegion("b").strip();
                if (!text.isBlank()) {
                    found.add(new RemovedText(b.page(), b.category(), text));
                }
            }
        } catch (IOException | RuntimeException e) {
            if (e instanceof InvalidInputException ie) {
                throw ie;
            }
            // unreadable text: the gate then searches for the given secrets only
        }
        return found;
    }

    static PDDocument open(Path source) throws IOException {
        return open(source, "");
    }

    /**
     * Opens a PDF for redaction. What is wrong with the file itself is bad input, said so a case handler understands
     * it: missing, no PDF, or protected by a password that was not given or does not fit.
     */
    static PDDocument open(Path source, String password) throws IOException {
        if (!Files.isRegularFile(source)) {
            throw new InvalidInputException("pdf", "bestand niet gevonden: " + source.getFileName());
        }
        boolean given = password != null && !password.isEmpty();
        try {
            // temp-file backed stream cache: a large scan does not have to fit in memory
            return Loader.loadPDF(source.toFile(), given ? password : "", null, null, IOUtils.createTempFileOnlyStreamCache());
        } catch (InvalidPasswordException e) {
            throw new InvalidInputException("password", given
                    ? "het opgegeven wachtwoord opent " + source.getFileName() + " niet"
                    : source.getFileName() + " is met een wachtwoord beveiligd; zonder het wachtwoord kan het niet worden weggelakt");
        } catch (IOException e) {
            throw new InvalidInputException("pdf", source.getFileName() + " is geen leesbare PDF (" + e.getMessage() + ")");
        }
    }

    private static void deleteQuietly(Path p) {
        try {
            Files.deleteIfExists(p);
        } catch (IOException ignored) {
            // nothing to clean up then
        }
    }
}
