package nl.openbaar.publication.model;

/** A facet value with the number of matching documents that have it, and whether it is one of the chosen filters. */
public record FacetCount(String value, long count, boolean selected) {
}
