package nl.openbaar.inventory.model;

import java.time.Instant;
import java.util.List;

/**
 * The judgement a case handler or lawyer gave one document.
 *
 * @param grounds     the grounds for withholding a whole document (niet openbaar); for deels openbaar the grounds
 *                    come from the redaction boxes, and any listed here must match them
 * @param toelichting a remark printed in the inventory (Toelichting)
 * @param links       where an already public document can be found (vindplaats), required for reeds openbaar
 * @param publicTitle a title to publish instead of the document's own one, when that one says too much
 * @param opgeschort  disclosure is suspended while a third party may object (Woo 4.4 lid 5)
 */
public record DocumentBeoordeling(
        long documentId,
        Beoordeling beoordeling,
        List<String> grounds,
        String toelichting,
        List<String> links,
        String publicTitle,
        boolean opgeschort,
        String judgedBy,
        Instant judgedAt) {

    public DocumentBeoordeling {
        grounds = grounds == null ? List.of() : List.copyOf(grounds);
        links = links == null ? List.of() : List.copyOf(links);
    }
}
