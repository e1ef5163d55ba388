package nl.openbaar.search.model;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * A recorded search sweep (zoekslag): the search terms of a request, run over the chosen sources within a
 * period, with the number of documents each term found in each source. Courts ask for it; the decision letter
 * prints it ("Op basis van het verzoek zijn de volgende zoektermen gebruikt … in de periode van … tot en met …").
 *
 * @param terms            the terms as entered, in order (words, "phrases", wildcards such as gezichtsherk*)
 * @param sources          the sources searched, in order (a source without documents is listed too: it was searched)
 * @param from             first day of the period, null when open
 * @param to               last day of the period, null when open
 * @param compounds        whether a word also matched inside compounds (herkenning in gezichtsherkenning)
 * @param undatedIncluded  whether documents without a date were searched too
 * @param hits             per term and source: documents and pages found
 * @param documentIds      every document found by any term
 * @param selected         whether the documents found were taken as the case's documents (the rest excluded)
 */
public record Zoekslag(long id, String kenmerk, Instant performedAt, String performedBy, List<String> terms, List<String> sources,
        LocalDate from, LocalDate to, boolean compounds, boolean undatedIncluded, List<TermHits> hits, List<Long> documentIds,
        boolean selected) {

    public Zoekslag {
        terms = List.copyOf(terms);
        sources = List.copyOf(sources);
        hits = List.copyOf(hits);
        documentIds = List.copyOf(documentIds);
    }

    /** Documents found by any term. */
    public int documentsFound() {
        return documentIds.size();
    }

    /** Documents a term found over all sources (a document in two sources counts in each source). */
    public int documentsFor(String term) {
        return hits.stream().filter(h -> h.term().equals(term)).mapToInt(TermHits::documents).sum();
    }

    /** Documents and pages one term found in one source. */
    public record TermHits(String term, String source, int documents, int pages) {
    }
}
