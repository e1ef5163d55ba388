package nl.openbaar.publication.model;

import java.time.LocalDate;
import java.util.List;

/**
 * A public file as the search engine receives it: its place (publication), what it is filtered on, and the text
 * of its pages as a reader of the published file sees them, cleaned of redaction labels and stamps.
 *
 * @param date       the date results are sorted and grouped by period on: the decision's, or the publication's
 * @param pages      the text of page 1, 2, …
 */
public record IndexedFile(String fileId, String publicationId, String publicationTitle, String organisation, String category,
        LocalDate date, FileKind kind, String title, String inventoryNumber, String documentType, String judgement,
        List<String> grounds, List<String> pages) {

    public IndexedFile {
        grounds = grounds == null ? List.of() : List.copyOf(grounds);
        pages = List.copyOf(pages);
    }
}
