package nl.openbaar.document.internal;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;

/** What putting a request's documents in order needs to know of each, without texts or boxes. */
public record OrganiseRow(long id, Long parentId, long familyId, Integer position, String kind, String status, boolean included,
        String sha256, String messageHash, String messageId, String inReplyTo, List<String> references, String subject,
        String from, List<String> participants, OffsetDateTime sent, LocalDate date, int textLength, boolean duplicateDecided) {

    public boolean email() {
        return "EMAIL".equals(kind);
    }

    public boolean read() {
        return "READ".equals(status);
    }
}
