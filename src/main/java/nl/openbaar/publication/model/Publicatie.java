package nl.openbaar.publication.model;

import java.time.Instant;
import java.time.LocalDate;

/**
 * A publication on the portal with its files: a decision on a request, an active disclosure in one of the Woo
 * information categories, or an imported bundle.
 *
 * @param publicId     the unguessable id in public URLs (never the database id or the kenmerk)
 * @param kenmerk      the request it decides, or the organisation's own reference; may be null for active disclosure
 * @param title        the public title: the subject, never the requester
 * @param regime       "woo" or "wob"
 * @param decisionDate the date of the decision letter, or of the document for active disclosure
 * @param decisionKind what was decided (openbaarmaking …); null outside category 14
 * @param preparedBy   who prepared it; a different person must approve it
 * @param approvedBy   the publisher who approved it
 * @param receivedDate the date the request was received (stored for imports; a case's own date comes from its timeline)
 * @param sentDate     the date the decision was sent (stored for imports)
 */
public record Publicatie(
        long id,
        String publicId,
        String kenmerk,
        String title,
        String summary,
        String organisation,
        String regime,
        LocalDate decisionDate,
        String decisionKind,
        InformatieCategorie category,
        PublicationStatus status,
        String preparedBy,
        Instant preparedAt,
        String approvedBy,
        Instant approvedAt,
        String rejectedReason,
        Instant publishedAt,
        PublicationSource source,
        LocalDate receivedDate,
        LocalDate sentDate) {

    /** A decision on a Woo or Wob request (category 14). */
    public boolean isDecision() {
        return InformatieCategorie.WOO_VERZOEKEN.equals(category.code());
    }
}
