package nl.openbaar.publication.model;

import java.time.LocalDate;
import java.util.EnumMap;
import java.util.Map;
import java.util.Set;

/**
 * A search on the portal: words (Dutch stemming, "quotes" for phrases, a trailing * for prefixes, - to exclude),
 * optionally within one publication, narrowed by facet values (any of the values of one facet, all facets
 * together) and a period, in an order, one page of results at a time.
 *
 * @param text        the words; blank lists everything that matches the filters
 * @param publication a publication's public id to search within, or null
 * @param page        1-based page of results (a page holds {@code pageSize} publications)
 */
public record PortalQuery(String text, String publication, Map<Facet, Set<String>> filters, LocalDate from, LocalDate to,
        SearchSort sort, int page, int pageSize) {

    public PortalQuery {
        EnumMap<Facet, Set<String>> copy = new EnumMap<>(Facet.class);
        if (filters != null) {
            filters.forEach((f, v) -> {
                if (v != null && !v.isEmpty()) {
                    copy.put(f, Set.copyOf(v));
                }
            });
        }
        filters = java.util.Collections.unmodifiableMap(copy);
        text = text == null ? "" : text.strip();
        sort = sort == null ? (text.isEmpty() ? SearchSort.NEWEST : SearchSort.RELEVANCE) : sort;
    }

    public static PortalQuery of(String text) {
        return new PortalQuery(text, null, Map.of(), null, null, null, 1, 10);
    }

    public boolean hasText() {
        return !text.isEmpty();
    }

    public Set<String> values(Facet f) {
        return filters.getOrDefault(f, Set.of());
    }

    public PortalQuery withPage(int p) {
        return new PortalQuery(text, publication, filters, from, to, sort, p, pageSize);
    }
}
