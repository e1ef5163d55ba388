package nl.openbaar.redaction.model;

import java.time.Instant;
import nl.openbaar.shared.layout.Box;

/**
 * One line of the published redaction log: which box on which page, on which ground, what kind of information,
 * who or what proposed it and who approved it, and when. Never the removed text.
 *
 * @param document    the inventory number
 * @param page        the page within the document
 * @param bundlePage  the same page in the documentenbundel
 * @param proposedBy  "detectie (…)" for a recognizer, "medewerker" for a person
 * @param approvedBy  "automatisch" (unattended run) or "medewerker"
 */
public record LogEntry(int document, int page, int bundlePage, Box box, String ground, String category, String proposedBy,
        String approvedBy, Instant approvedAt) {
}
