package nl.openbaar.inventory.model;

/**
 * A disagreement between a judgement and the redactions or the law, for one document. An inventory with any
 * of these may not be published: the inventory must say exactly what was decided.
 *
 * @param number the document's inventory number, or 0 for the inventory as a whole
 */
public record Inconsistency(int number, String message) {

    @Override
    public String toString() {
        return number == 0 ? message : "document " + number + ": " + message;
    }
}
