package nl.openbaar.publication.model;

import java.util.Locale;
import nl.openbaar.shared.InvalidInputException;

/** The order of search results: best match first, or by date. */
public enum SearchSort {
    RELEVANCE("relevantie"),
    NEWEST("nieuwste"),
    OLDEST("oudste");

    private final String parameter;

    SearchSort(String parameter) {
        this.parameter = parameter;
    }

    public String parameter() {
        return parameter;
    }

    /** From the URL parameter; empty means the default for the query (relevance, or newest without words). */
    public static SearchSort parse(String value, boolean hasText) {
        if (value == null || value.isBlank()) {
            return hasText ? RELEVANCE : NEWEST;
        }
        for (SearchSort s : values()) {
            if (s.parameter.equals(value.strip().toLowerCase(Locale.ROOT))) {
                return s;
            }
        }
        throw new InvalidInputException("sortering", "kies relevantie, nieuwste of oudste");
    }
}
