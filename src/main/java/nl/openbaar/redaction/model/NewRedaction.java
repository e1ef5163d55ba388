package nl.openbaar.redaction.model;

import java.util.List;

/**
 * A redaction to store: from a detection finding or drawn by a reviewer.
 *
 * @param documentId  the document whose working PDF the areas lie on
 * @param areas       one or more areas (a span over a line break has two)
 * @param ground      ground code in the case's regime ("5.1.2e", "10.2.e")
 * @param category    what it hides, in Dutch ("naam", "telefoonnummer")
 * @param coveredText the text under it, for the reviewer and for applying a decision to every occurrence; internal
 * @param subject     detection's key for "the same person or datum" in a case ("person:lotte verbeek"), may be null
 * @param score       detection's confidence, null for a drawn box
 * @param recognizer  the recognizer that found it, null for a drawn box
 * @param explanation why it was found, for the reviewer
 */
public record NewRedaction(long documentId, List<PageBox> areas, String ground, String category, String coveredText,
        String subject, Double score, String recognizer, String explanation) {

    public NewRedaction {
        areas = List.copyOf(areas);
    }

    /** A box a reviewer draws by hand. */
    public static NewRedaction drawn(long documentId, PageBox area, String ground, String category) {
        return new NewRedaction(documentId, List.of(area), ground, category, null, null, null, null, null);
    }
}
