package nl.openbaar.search.model;

import java.time.LocalDate;
import java.util.List;

/**
 * What to sweep: terms (a word, a "phrase" of several words, a wildcard such as gezichtsherk* or biometri?che),
 * the sources to search (empty: every source of the request), and the period (either end may be open).
 *
 * @param compounds        also match a word of five letters or more inside longer words (Dutch compounds)
 * @param includeUndated   also search documents without any date
 * @param select           take the documents found as the case's documents: the others are excluded from
 *                         the inventory (and can be included again by hand)
 */
public record SweepRequest(List<String> terms, List<String> sources, LocalDate from, LocalDate to, boolean compounds,
        boolean includeUndated, boolean select, String user) {

    public SweepRequest {
        terms = terms == null ? List.of() : List.copyOf(terms);
        sources = sources == null ? List.of() : List.copyOf(sources);
    }
}
