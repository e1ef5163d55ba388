package nl.openbaar.search;

import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import nl.openbaar.document.ChoosingDocuments;
import nl.openbaar.document.Documents;
import nl.openbaar.document.model.Document;
import nl.openbaar.request.FindingRequests;
import nl.openbaar.search.internal.JdbcSweeps;
import nl.openbaar.search.internal.PageIndex;
import nl.openbaar.search.internal.SweepTerm;
import nl.openbaar.search.model.SweepRequest;
import nl.openbaar.search.model.Zoekslag;
import nl.openbaar.shared.InvalidInputException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Runs a search sweep (zoekslag) for a request and records it: each term over each chosen source within the
 * period, with the documents and pages it found. With {@code select}, the documents found (with their families)
 * become the case's documents and the others are excluded from the inventory.
 */
@Service
public class RunningSweep {

    private final FindingRequests requests;
    private final Documents documents;
    private final IndexingDocuments indexing;
    private final PageIndex index;
    private final JdbcSweeps sweeps;
    private final ChoosingDocuments choosing;
    private final TransactionTemplate tx;
    private final Clock clock;

    public RunningSweep(FindingRequests requests, Documents documents, IndexingDocuments indexing, PageIndex index, JdbcSweeps sweeps,
            ChoosingDocuments choosing, TransactionTemplate tx, Clock clock) {
        this.requests = requests;
        this.documents = documents;
        this.indexing = indexing;
        this.index = index;
        this.sweeps = sweeps;
        this.choosing = choosing;
        this.tx = tx;
        this.clock = clock;
    }

    public Zoekslag run(String kenmerk, SweepRequest in) {
        long requestId = requests.get(kenmerk).verzoek().id();
        if (in.terms().isEmpty()) {
            throw new InvalidInputException("terms", "geef ten minste één zoekterm");
        }
        List<SweepTerm> terms = new ArrayList<>();
        Set<String> seen = new LinkedHashSet<>();
        for (String t : in.terms()) {
            SweepTerm term = new SweepTerm(t, in.compounds());
            if (!term.valid()) {
                throw new InvalidInputException("terms", "zoekterm '" + t + "' bevat geen woord");
            }
            if (term.term().length() > 500) {
                throw new InvalidInputException("terms", "zoekterm is langer dan 500 tekens");
            }
            if (seen.add(term.term())) {
                terms.add(term);
            }
        }
        if (in.from() != null && in.to() != null && in.from().isAfter(in.to())) {
            throw new InvalidInputException("from", "de periode begint na haar einde");
        }
        indexing.catchUp(requestId);
        List<String> sources = in.sources().isEmpty() ? sweeps.sourcesOf(requestId)
                : in.sources().stream().map(String::strip).filter(s -> !s.isEmpty()).distinct().toList();
        Map<Long, String> sourceOf = new HashMap<>();
        for (Document d : documents.forRequest(requestId)) {
            sourceOf.put(d.id(), d.source());
        }
        List<Zoekslag.TermHits> hits = new ArrayList<>();
        Set<Long> found = new TreeSet<>();
        for (SweepTerm term : terms) {
            Map<String, Set<Long>> docs = new HashMap<>();
            Map<String, Integer> pages = new HashMap<>();
            for (PageIndex.Found f : index.search(requestId, term.query(), sources, in.from(), in.to(), in.includeUndated())) {
                String source = sourceOf.get(f.documentId());
                if (source == null) {
                    continue;
                }
                docs.computeIfAbsent(source, k -> new TreeSet<>()).add(f.documentId());
                pages.merge(source, 1, Integer::sum);
                found.add(f.documentId());
            }
            for (String source : sources) {
                hits.add(new Zoekslag.TermHits(term.term(), source, docs.getOrDefault(source, Set.of()).size(),
                        pages.getOrDefault(source, 0)));
            }
        }
        Zoekslag record = new Zoekslag(0, kenmerk, clock.instant(), in.user() == null || in.user().isBlank() ? "onbekend" : in.user(),
                terms.stream().map(SweepTerm::term).toList(), sources, in.from(), in.to(), in.compounds(), in.includeUndated(), hits,
                new ArrayList<>(found), in.select());
        long id = tx.execute(s -> sweeps.insert(requestId, record));
        if (in.select()) {
            choosing.keepOnly(requestId, found);
        }
        return sweeps.find(id).orElseThrow();
    }
}
