package nl.openbaar.redaction.model;

import java.util.List;

/**
 * One place a searched text stands in a case: the document, its page, the text found and its boxes (shared
 * coordinates), and the redaction that already covers it, if any.
 *
 * @param context a few words around the hit, for the reviewer to judge it before deciding
 * @param existing the id of a redaction of the same document that already covers this text, or null
 */
public record SearchHit(long documentId, String documentTitle, int page, String text, String context, List<PageBox> areas,
        Long existing) {

    public SearchHit {
        areas = List.copyOf(areas);
    }
}
