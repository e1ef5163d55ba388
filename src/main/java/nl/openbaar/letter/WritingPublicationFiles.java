package nl.openbaar.letter;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import nl.openbaar.inventory.InventoryExport;
import nl.openbaar.inventory.model.Inventaris;
import nl.openbaar.letter.model.Letter;
import nl.openbaar.letter.model.LetterType;
import nl.openbaar.letter.render.AccessiblePdf;
import nl.openbaar.letter.render.InventoryPdf;
import nl.openbaar.letter.render.LetterHtml;
import nl.openbaar.request.FindingRequests;
import nl.openbaar.request.model.Verzoeker;
import nl.openbaar.shared.InvalidInputException;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Writes the decision and the inventory at the top of a publication package, under the names scripts rely on:
 * {@code besluit.pdf} (the anonymised decision), {@code inventaris.xlsx} (VWS layout), {@code inventaris.pdf} and
 * {@code inventaris.csv}. Refuses when the inventory disagrees with the redactions, and checks its own output: the
 * text of the published decision may not contain the requester's name, address, e-mail or phone.
 */
@Service
public class WritingPublicationFiles {

    public static final List<String> FILES = List.of("besluit.pdf", "inventaris.xlsx", "inventaris.pdf", "inventaris.csv");

    private final WritingLetter letters;
    private final FindingRequests requests;

    public WritingPublicationFiles(WritingLetter letters, FindingRequests requests) {
        this.letters = letters;
        this.requests = requests;
    }

    /** Writes the four files into {@code dir} (created if needed) and returns their paths. */
    @Transactional(readOnly = true)
    public List<Path> write(String kenmerk, Path dir) {
        Letter decision = letters.letter(kenmerk, LetterType.DECISION, null, true);
        Inventaris inv = letters.inventaris(kenmerk);
        return write(decision, inv, requests.get(kenmerk).verzoek().verzoeker(), dir);
    }

    /** The same from a composed decision and inventory, for a pipeline that holds them itself. */
    public static List<Path> write(Letter publishedDecision, Inventaris inv, Verzoeker requester, Path dir) {
        if (!publishedDecision.anonymised() || publishedDecision.type() != LetterType.DECISION) {
            throw new IllegalArgumentException("only the anonymised decision may be published");
        }
        if (!inv.consistent()) {
            throw new InvalidInputException("inventaris", "de inventaris klopt niet met de beoordelingen en lakkaders: "
                    + String.join("; ", inv.problems().stream().map(Object::toString).toList()));
        }
        byte[] pdf = AccessiblePdf.render(LetterHtml.of(publishedDecision, AccessiblePdf.css("brief.css")));
        assertNothingPersonal(pdf, requester);
        try {
            Files.createDirectories(dir);
            List<Path> written = new ArrayList<>();
            written.add(atomically(dir.resolve("besluit.pdf"), out -> out.write(pdf)));
            written.add(atomically(dir.resolve("inventaris.xlsx"), out -> InventoryExport.xlsx(inv, out)));
            written.add(atomically(dir.resolve("inventaris.pdf"), out -> out.write(InventoryPdf.of(inv, publishedDecision.sender().organisation()))));
            written.add(atomically(dir.resolve("inventaris.csv"), out -> InventoryExport.csv(inv, out)));
            return written;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Independent of how the letter was composed: extract the PDF's text and look for the requester. */
    static void assertNothingPersonal(byte[] pdf, Verzoeker requester) {
        String text;
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            text = new PDFTextStripper().getText(doc) + "\n" + doc.getDocumentInformation().getTitle() + "\n"
                    + doc.getDocumentInformation().getAuthor() + "\n" + doc.getDocumentInformation().getSubject();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        String flat = text.replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
        List<String> found = new ArrayList<>();
        for (String value : new String[] {requester.name(), requester.email(), requester.phone(), requester.address()}) {
            if (value != null && value.strip().length() >= 3 && java.util.regex.Pattern.compile("(?<![\\p{L}\\p{N}])"
                    + java.util.regex.Pattern.quote(value.replaceAll("\\s+", " ").strip().toLowerCase(Locale.ROOT)) + "(?![\\p{L}\\p{N}])")
                    .matcher(flat).find()) {
                found.add(value.equals(requester.name()) ? "naam" : value.equals(requester.email()) ? "e-mailadres"
                        : value.equals(requester.phone()) ? "telefoonnummer" : "adres");
            }
        }
        if (!found.isEmpty()) {
            throw new IllegalStateException("het te publiceren besluit bevat nog persoonsgegevens van de verzoeker: " + found);
        }
    }

    private interface Body {
        void write(OutputStream out) throws IOException;
    }

    /** Written to a temporary file first, so a crash never leaves half a file under the published name. */
    private static Path atomically(Path target, Body body) throws IOException {
        Path tmp = Files.createTempFile(target.getParent(), ".part-", ".tmp");
        try {
            try (OutputStream out = Files.newOutputStream(tmp)) {
                body.write(out);
            }
            return Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } finally {
            Files.deleteIfExists(tmp);
        }
    }
}
