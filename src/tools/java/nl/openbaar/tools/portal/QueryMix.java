package nl.openbaar.tools.portal;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import nl.openbaar.publication.model.Facet;
import nl.openbaar.publication.model.PortalQuery;
import nl.openbaar.publication.model.SearchSort;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.nl.DutchAnalyzer;

/**
 * What people do on a portal, as a mix of searches: mostly one or two topical words, some very common words (the
 * long posting lists), phrases, prefixes, a word with a filter (organisation, category, judgement, year), browsing
 * a category without words, the first page of all, search within one decision, and now and then a later page of
 * results. Words come from the corpus's own vocabulary by rank, so they match what is indexed.
 */
final class QueryMix {

    enum Kind {
        WORD, COMMON_WORD, TWO_WORDS, PHRASE, PREFIX, WORD_AND_FILTER, WORD_AND_YEAR_NEWEST, BROWSE_CATEGORY, BROWSE_ALL,
        WITHIN_DECISION
    }

    record Planned(Kind kind, PortalQuery query) {
    }

    private static final CharArraySet STOP = DutchAnalyzer.getDefaultStopSet();
    private final PortalCorpus corpus;
    private final int publications;

    QueryMix(PortalCorpus corpus, int publications) {
        this.corpus = corpus;
        this.publications = publications;
    }

    Planned next(SplittableRandom r) {
        int roll = r.nextInt(100);
        Kind kind = roll < 25 ? Kind.WORD : roll < 35 ? Kind.COMMON_WORD : roll < 50 ? Kind.TWO_WORDS : roll < 60 ? Kind.PHRASE
                : roll < 68 ? Kind.PREFIX : roll < 80 ? Kind.WORD_AND_FILTER : roll < 85 ? Kind.WORD_AND_YEAR_NEWEST
                : roll < 90 ? Kind.BROWSE_CATEGORY : roll < 93 ? Kind.BROWSE_ALL : Kind.WITHIN_DECISION;
        int page = r.nextInt(10) == 0 ? 2 + r.nextInt(4) : 1;
        Map<Facet, Set<String>> none = Map.of();
        PortalQuery q = switch (kind) {
            case WORD -> query(topical(r), null, none, null, page);
            case COMMON_WORD -> query(content(r, 0, 60), null, none, null, page);
            case TWO_WORDS -> query(topical(r) + " " + topical(r), null, none, null, page);
            case PHRASE -> query(phrase(r), null, none, null, page);
            case PREFIX -> {
                String w = topicalLong(r);
                yield query(w.substring(0, Math.min(w.length() - 1, 4 + r.nextInt(3))) + "*", null, none, null, page);
            }
            case WORD_AND_FILTER -> query(topical(r), null, filter(r), null, page);
            case WORD_AND_YEAR_NEWEST -> query(topical(r), null, Map.of(Facet.PERIOD, Set.of(Integer.toString(2016 + r.nextInt(10)))),
                    SearchSort.NEWEST, page);
            case BROWSE_CATEGORY -> query("", null, Map.of(Facet.CATEGORY, Set.of(String.format("infocat%03d", 1 + r.nextInt(17)))),
                    SearchSort.NEWEST, page);
            case BROWSE_ALL -> query("", null, none, SearchSort.NEWEST, page);
            case WITHIN_DECISION -> query(topical(r), "bench-" + r.nextInt(publications), none, null, 1);
        };
        return new Planned(kind, q);
    }

    private static PortalQuery query(String text, String publication, Map<Facet, Set<String>> filters, SearchSort sort, int page) {
        return new PortalQuery(text, publication, filters, null, null, sort, page, 10);
    }

    private Map<Facet, Set<String>> filter(SplittableRandom r) {
        return switch (r.nextInt(4)) {
            case 0 -> Map.of(Facet.ORGANISATION, Set.of(PortalCorpus.ORGANISATIONS.get(r.nextInt(PortalCorpus.ORGANISATIONS.size()))));
            case 1 -> Map.of(Facet.CATEGORY, Set.of(r.nextBoolean() ? "infocat014" : String.format("infocat%03d", 1 + r.nextInt(17))));
            case 2 -> Map.of(Facet.JUDGEMENT, Set.of(r.nextBoolean() ? "openbaar" : "deels openbaar"));
            default -> Map.of(Facet.GROUND, Set.of(PortalCorpus.GROUNDS.get(r.nextInt(PortalCorpus.GROUNDS.size()))),
                    Facet.DOCUMENT_TYPE, Set.of(PortalCorpus.TYPES.get(r.nextInt(PortalCorpus.TYPES.size()))));
        };
    }

    /** A word people search for: neither a stop word nor among the most common, nor so rare that it is barely there. */
    private String topical(SplittableRandom r) {
        return r.nextInt(4) == 0 ? content(r, 3000, 20_000) : content(r, 40, 3000);
    }

    private String topicalLong(SplittableRandom r) {
        String w;
        do {
            w = topical(r);
        } while (w.length() < 6);
        return w;
    }

    private String content(SplittableRandom r, int from, int to) {
        String w;
        do {
            w = corpus.wordInRanks(r, from, to);
        } while (STOP.contains(w) || w.length() < 3);
        return w;
    }

    /** Two adjacent words of a generated page, as a phrase: the kind of quote people copy from a document. */
    private String phrase(SplittableRandom r) {
        String[] words = corpus.page(r).toLowerCase(java.util.Locale.ROOT).replaceAll("[.\\n]", " ").split(" +");
        for (int tries = 0; tries < 50; tries++) {
            int i = r.nextInt(words.length - 1);
            if (!STOP.contains(words[i]) && !STOP.contains(words[i + 1]) && !words[i].isEmpty() && !words[i + 1].isEmpty()) {
                return "\"" + words[i] + " " + words[i + 1] + "\"";
            }
        }
        return "\"" + words[0] + " " + words[1] + "\"";
    }

    static List<Kind> kinds() {
        return List.of(Kind.values());
    }
}
