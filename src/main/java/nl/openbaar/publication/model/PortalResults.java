package nl.openbaar.publication.model;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * One page of portal search results: publications (decisions) with their matching documents and pages inside,
 * the facet counts over everything that matched, and how much matched in all.
 *
 * @param publications matching publications in all (what pages of results are counted in)
 * @param facets       per facet its values with counts; a facet's own filter is left out of its counts, so a
 *                     person sees what choosing another value would give
 */
public record PortalResults(PortalQuery query, long pages, long documents, int publications, List<PublicationHit> hits,
        Map<Facet, List<FacetCount>> facets) {

    /** How many pages of results there are (at least 1, so that an empty result has a page to show). */
    public int resultPages() {
        return Math.max(1, (publications + query.pageSize() - 1) / query.pageSize());
    }

    /** A publication with what matched in it. */
    public record PublicationHit(String publicationId, String title, String organisation, String category, LocalDate date,
            int documents, long pages, List<DocumentHit> shown) {
    }

    /**
     * A matching document: its pages that matched (in order, at most a few) and a passage from the best one.
     *
     * @param snippet fragments of plain text, highlighted or not; empty when there were no words to match
     */
    public record DocumentHit(String fileId, String title, String inventoryNumber, String documentType, String judgement,
            FileKind kind, int matchingPages, List<Integer> pages, int bestPage, List<Fragment> snippet) {
    }

    public record Fragment(String text, boolean highlighted) {
    }
}
