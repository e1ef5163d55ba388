package nl.openbaar.request;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import nl.openbaar.request.internal.JdbcRequests;
import nl.openbaar.request.model.VerzoekView;
import nl.openbaar.shared.NotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Reads requests with their deadlines as of today. */
@Service
@Transactional(readOnly = true)
public class FindingRequests {

    /** Open requests first, the most urgent on top; decided ones after, newest first. */
    public static final Comparator<VerzoekView> BY_URGENCY = Comparator
            .comparing((VerzoekView v) -> !v.deadlines().status().open())
            .thenComparing(v -> v.deadlines().status().open() ? v.deadlines().deadline().toEpochDay()
                    : -v.verzoek().receivedDate().toEpochDay());

    private final JdbcRequests requests;
    private final KeepingDeadlines deadlines;

    public FindingRequests(JdbcRequests requests, KeepingDeadlines deadlines) {
        this.requests = requests;
        this.deadlines = deadlines;
    }

    public List<VerzoekView> byUrgency() {
        return requests.all().stream().map(deadlines::view).sorted(BY_URGENCY).toList();
    }

    public Optional<VerzoekView> find(String kenmerk) {
        return requests.findByKenmerk(kenmerk).map(deadlines::view);
    }

    public VerzoekView get(String kenmerk) {
        return find(kenmerk).orElseThrow(() -> new NotFoundException("verzoek " + kenmerk + " bestaat niet"));
    }
}
