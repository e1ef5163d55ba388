package nl.openbaar.publication.model;

import java.util.List;

/**
 * A page of a published document that matches a search, with the matching passages.
 *
 * @param passages each a list of fragments; a fragment is plain text, highlighted or not
 */
public record SearchHit(String filePublicId, String publicationPublicId, String title, String decisionTitle, int page,
        List<List<Fragment>> passages) {

    public record Fragment(String text, boolean highlighted) {
    }
}
