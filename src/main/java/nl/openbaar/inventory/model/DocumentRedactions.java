package nl.openbaar.inventory.model;

import java.util.List;

/**
 * The accepted redaction boxes of one document, as the inventory needs them.
 *
 * @param boxes each box that will be burned into the published document: its ground and the words under it
 */
public record DocumentRedactions(long documentId, List<Mark> boxes) {

    /**
     * @param text     the words under the box; never published, only used to scrub the same words from the titles and
     *                 remarks the inventory publishes (null when unknown, e.g. a box over an image)
     * @param category what the box covers, as detection or the reviewer named it ("PERSON_NAME", "handmatig"); the
     *                 decision chooses its reasoning per ground from it. Null when unknown.
     */
    public record Mark(String ground, String text, String category) {
        public Mark(String ground, String text) {
            this(ground, text, null);
        }
    }

    public DocumentRedactions {
        boxes = boxes == null ? List.of() : List.copyOf(boxes);
    }

    public static DocumentRedactions none(long documentId) {
        return new DocumentRedactions(documentId, List.of());
    }
}
