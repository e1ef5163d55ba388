package nl.openbaar.publication.model;

import java.time.Instant;
import java.time.LocalDate;

/**
 * A decision on a request as the portal shows it, with its files.
 *
 * @param publicId     the unguessable id in public URLs (never the database id or the kenmerk)
 * @param kenmerk      the request it decides
 * @param title        the public title: the subject, never the requester
 * @param decisionDate the date of the decision letter
 * @param preparedBy   who prepared it (case team); a different person must approve it
 * @param approvedBy   the publisher who approved it
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
        Instant publishedAt) {
}
