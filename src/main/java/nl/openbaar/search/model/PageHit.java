package nl.openbaar.search.model;

import java.util.List;

/**
 * A page on which a search found something, with the text around the matches; {@code matches} are offsets
 * into the page's text ({@code shared.layout.PageLayout#text()}), so the word boxes of a hit can be found.
 */
public record PageHit(long documentId, Integer inventoryNumber, String fileName, int page, String snippet, List<int[]> matches,
        List<String> terms) {

    public PageHit {
        matches = List.copyOf(matches);
        terms = List.copyOf(terms);
    }
}
