package nl.openbaar.document.model;

import java.util.List;

/**
 * Documents that are (nearly) the same, with the one kept. The case handler decides; by default the most
 * complete one is kept and the others are marked duplicates of it.
 *
 * @param kept    the document that stays (the most complete)
 * @param members the others, each with why and how alike
 */
public record DuplicateGroup(long kept, List<Member> members) {

    public DuplicateGroup {
        members = List.copyOf(members);
    }

    /** @param similarity 1.0 for exact duplicates; for near ones the estimated resemblance or containment */
    public record Member(long documentId, DuplicateReason reason, double similarity) {
    }
}
