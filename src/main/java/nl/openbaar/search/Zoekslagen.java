package nl.openbaar.search;

import java.util.List;
import java.util.Optional;
import nl.openbaar.request.FindingRequests;
import nl.openbaar.search.internal.JdbcSweeps;
import nl.openbaar.search.model.Zoekslag;
import org.springframework.stereotype.Service;

/** The recorded search sweeps of a request, oldest first: what the decision letter prints. */
@Service
public class Zoekslagen {

    private final FindingRequests requests;
    private final JdbcSweeps sweeps;

    public Zoekslagen(FindingRequests requests, JdbcSweeps sweeps) {
        this.requests = requests;
        this.sweeps = sweeps;
    }

    public List<Zoekslag> forRequest(String kenmerk) {
        return sweeps.forRequest(requests.get(kenmerk).verzoek().id());
    }

    /** The most recent sweep of a request, if any. */
    public Optional<Zoekslag> latest(String kenmerk) {
        List<Zoekslag> all = forRequest(kenmerk);
        return all.isEmpty() ? Optional.empty() : Optional.of(all.get(all.size() - 1));
    }

    public Optional<Zoekslag> find(long id) {
        return sweeps.find(id);
    }
}
