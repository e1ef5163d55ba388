package nl.openbaar.letter;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import nl.openbaar.letter.internal.JdbcSearchRecords;
import nl.openbaar.letter.model.Zoekslag;
import nl.openbaar.request.FindingRequests;
import nl.openbaar.shared.InvalidInputException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Records the search (zoekslag) as the decision states it: the terms, where, and over which period. Needed
 * above all when nothing was found (seed 003), so the requester and a court can see the search was sound.
 */
@Service
public class RecordingSearch {

    private final JdbcSearchRecords records;
    private final FindingRequests requests;
    private final Clock clock;

    public RecordingSearch(JdbcSearchRecords records, FindingRequests requests, Clock clock) {
        this.records = records;
        this.requests = requests;
        this.clock = clock;
    }

    @Transactional
    public Zoekslag record(String kenmerk, List<String> terms, List<String> sources, LocalDate from, LocalDate to,
            LocalDate searchedOn, String user) {
        long id = requests.get(kenmerk).verzoek().id();
        Zoekslag z = new Zoekslag(terms, sources, from, to, searchedOn);
        if (z.terms().isEmpty()) {
            throw new InvalidInputException("term", "noem ten minste één zoekterm");
        }
        if (from != null && to != null && from.isAfter(to)) {
            throw new InvalidInputException("period", "de zoekperiode begint na haar einde");
        }
        records.put(id, z, user, clock.instant());
        return z;
    }

    @Transactional(readOnly = true)
    public Optional<Zoekslag> find(String kenmerk) {
        return records.find(requests.get(kenmerk).verzoek().id());
    }
}
