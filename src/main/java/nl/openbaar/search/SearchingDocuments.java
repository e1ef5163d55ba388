package nl.openbaar.search;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import nl.openbaar.document.Documents;
import nl.openbaar.document.model.Document;
import nl.openbaar.request.FindingRequests;
import nl.openbaar.search.internal.PageIndex;
import nl.openbaar.search.internal.SweepTerm;
import nl.openbaar.search.model.PageHit;
import nl.openbaar.shared.InvalidInputException;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.springframework.stereotype.Service;

/**
 * Full-text search in a request's documents: the pages on which any of the terms occur, each with a snippet and
 * the exact places of the matches in the page text (so the review screen can light up the words' boxes).
 * Nothing is recorded; a search that must be accounted for is a sweep ({@link RunningSweep}).
 */
@Service
public class SearchingDocuments {

    private static final int CONTEXT = 70;

    private final FindingRequests requests;
    private final Documents documents;
    private final IndexingDocuments indexing;
    private final PageIndex index;

    public SearchingDocuments(FindingRequests requests, Documents documents, IndexingDocuments indexing, PageIndex index) {
        this.requests = requests;
        this.documents = documents;
        this.indexing = indexing;
        this.index = index;
    }

    /** Pages matching any term, in inventory order, at most {@code limit}. */
    public List<PageHit> search(String kenmerk, List<String> terms, LocalDate from, LocalDate to, int limit) {
        long requestId = requests.get(kenmerk).verzoek().id();
        List<SweepTerm> parsed = terms.stream().map(t -> new SweepTerm(t, true)).filter(SweepTerm::valid).toList();
        if (parsed.isEmpty()) {
            throw new InvalidInputException("terms", "geef ten minste één zoekterm");
        }
        indexing.catchUp(requestId);
        BooleanQuery.Builder any = new BooleanQuery.Builder();
        parsed.forEach(t -> any.add(t.query(), BooleanClause.Occur.SHOULD));
        Map<Long, Document> byId = new HashMap<>();
        documents.forRequest(requestId).forEach(d -> byId.put(d.id(), d));
        List<PageIndex.Found> found = new ArrayList<>(index.search(requestId, any.build(), List.of(), from, to, true));
        found.sort(Comparator.comparing((PageIndex.Found f) -> {
            Integer n = byId.containsKey(f.documentId()) ? byId.get(f.documentId()).inventoryNumber() : null;
            return n == null ? Integer.MAX_VALUE : n;
        }).thenComparing(PageIndex.Found::documentId).thenComparing(PageIndex.Found::page));
        List<PageHit> out = new ArrayList<>();
        for (PageIndex.Found f : found) {
            if (out.size() >= limit) {
                break;
            }
            Document d = byId.get(f.documentId());
            if (d == null) {
                continue;
            }
            List<String> texts = documents.pageTexts(d.id());
            if (f.page() > texts.size()) {
                continue;
            }
            String text = texts.get(f.page() - 1);
            Map<String, List<int[]>> byTerm = new LinkedHashMap<>();
            List<int[]> all = new ArrayList<>();
            for (SweepTerm t : parsed) {
                List<int[]> m = t.matches(text);
                if (!m.isEmpty()) {
                    byTerm.put(t.term(), m);
                    all.addAll(m);
                }
            }
            all.sort(Comparator.comparingInt(a -> a[0]));
            out.add(new PageHit(d.id(), d.inventoryNumber(), d.fileName(), f.page(), snippet(text, all), all,
                    new ArrayList<>(byTerm.keySet())));
        }
        return out;
    }

    /** The text around the first match, matches marked with ** on both sides, on one line. */
    static String snippet(String text, List<int[]> matches) {
        if (matches.isEmpty()) {
            return text.length() <= 2 * CONTEXT ? text.replace('\n', ' ') : text.substring(0, 2 * CONTEXT).replace('\n', ' ') + "…";
        }
        int from = Math.max(0, matches.get(0)[0] - CONTEXT);
        int to = Math.min(text.length(), matches.get(0)[1] + CONTEXT);
        StringBuilder sb = new StringBuilder(from > 0 ? "…" : "");
        int at = from;
        for (int[] m : matches) {
            if (m[0] < at || m[1] > to) {
                continue;
            }
            sb.append(text, at, m[0]).append("**").append(text, m[0], m[1]).append("**");
            at = m[1];
        }
        sb.append(text, at, to);
        if (to < text.length()) {
            sb.append('…');
        }
        return sb.toString().replace('\n', ' ');
    }
}
