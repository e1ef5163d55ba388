package nl.openbaar.inventory.model;

/**
 * A disagreement between a judgement and the redactions or the law, for one document. An inventory with any
 * of these may not be published: the inventory must say exactly what was decided.
 *
 * @param number  the document's inventory number, or 0 for the inventory as a whole
 * @param kind    what is wrong, for code that acts on it (the pipeline judges what is {@link Kind#UNJUDGED}); the
 *                message is for people and may be reworded
 * @param message the sentence shown
 */
public record Inconsistency(int number, Kind kind, String message) {

    /** What is wrong, as far as code needs to tell. */
    public enum Kind {
        /** The document has no judgement yet. */
        UNJUDGED,
        /** Anything else: a judgement that disagrees with the boxes or the law, a bad number, a ground, a link. */
        OTHER
    }

    public Inconsistency(int number, String message) {
        this(number, Kind.OTHER, message);
    }

    @Override
    public String toString() {
        return number == 0 ? message : "document " + number + ": " + message;
    }
}
