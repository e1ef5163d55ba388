package nl.openbaar.document;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import nl.openbaar.document.internal.Limits;
import nl.openbaar.document.internal.PdfLayouts;
import nl.openbaar.document.internal.ReadingException;
import nl.openbaar.shared.InvalidInputException;
import nl.openbaar.shared.layout.PageLayout;

/**
 * The pages of a PDF with their words, read by exactly the code that reads a collected document's working PDF
 * (text layer where it is usable, OCR of the page where it is not), for a caller that holds a PDF but no collected
 * document: the redaction benchmark measures reading with it. Pure: no database, no file store.
 */
public final class ReadingPdfPages {

    private final Limits limits;

    public ReadingPdfPages() {
        this.limits = Limits.defaults();
    }

    /** @throws InvalidInputException when the file is no readable PDF (the reason in plain Dutch) */
    public List<PageLayout> read(Path pdf) throws IOException {
        Path scratch = Files.createTempDirectory("openbaar-pages-");
        try {
            return PdfLayouts.read(pdf, limits, scratch);
        } catch (ReadingException e) {
            throw new InvalidInputException("pdf", e.getMessage());
        } finally {
            try (Stream<Path> walk = Files.walk(scratch)) {
                walk.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
    }
}
