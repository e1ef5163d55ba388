package nl.openbaar.redaction.model;

import java.time.Instant;
import java.util.List;

/**
 * A stored redaction with its review state.
 *
 * @param proposedBy the recognizer ("detectie: email") or the user who drew it
 * @param decidedBy  who accepted or rejected it ("automatisch" in the unattended pipeline); null while proposed
 */
public record Redaction(long id, long requestId, long documentId, List<RedactionArea> areas, String ground, String category,
        RedactionStatus status, String coveredText, String subject, Double score, String recognizer, String explanation,
        String proposedBy, Instant proposedAt, String decidedBy, Instant decidedAt) {

    public Redaction {
        areas = List.copyOf(areas);
    }

    /** The boxes for the engine, one per area. */
    public List<RedactionBox> boxes() {
        return areas.stream().map(a -> new RedactionBox(a.page(), a.box(), ground, category)).toList();
    }
}
