package nl.openbaar.letter.model;

import java.time.LocalDate;
import java.util.List;

/**
 * The record of the search for documents (zoekslag): what was searched for, where and over which period. Courts
 * ask for it when few or no documents were found; seed 003 prints the terms and the period.
 *
 * @param sources    the systems searched ("de e-mailboxen van de betrokken directies", "het DMS")
 * @param from       start of the searched period, null when open
 * @param to         end of the searched period (inclusive), null when open
 * @param searchedOn the day of the search, null when unknown
 */
public record Zoekslag(List<String> terms, List<String> sources, LocalDate from, LocalDate to, LocalDate searchedOn) {

    public Zoekslag {
        terms = terms == null ? List.of() : terms.stream().filter(t -> t != null && !t.isBlank()).map(String::strip).toList();
        sources = sources == null ? List.of() : sources.stream().filter(t -> t != null && !t.isBlank()).map(String::strip).toList();
    }

    public boolean isEmpty() {
        return terms.isEmpty() && sources.isEmpty() && from == null && to == null;
    }
}
