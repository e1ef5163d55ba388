package nl.openbaar.publication.model;

import java.util.List;

/** One page of search results: the hits shown and how many pages matched in all. */
public record SearchResult(String query, long totalPages, List<SearchHit> hits, int offset, int pageSize) {
}
