package nl.openbaar.work;

import java.time.Clock;
import java.util.List;
import java.util.Optional;
import nl.openbaar.work.internal.JdbcProgress;
import nl.openbaar.work.model.Progress;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Counts of running work per request and kind, kept in the database so that every worker process adds to the
 * same bar and the web app shows what the CLI shows. An item's count is written in the same transaction as its
 * result, so a crash never counts an item twice or loses one.
 */
@Service
public class TrackingProgress {

    private final JdbcProgress progress;
    private final Clock clock;

    public TrackingProgress(JdbcProgress progress, Clock clock) {
        this.progress = progress;
        this.clock = clock;
    }

    /** Starts (or restarts) a run of {@code total} items. */
    @Transactional
    public void start(long requestId, String kind, int total) {
        progress.start(requestId, kind, total, clock.instant());
    }

    /** More items were found while the run goes on (attachments inside e-mails). */
    @Transactional(propagation = Propagation.MANDATORY)
    public void grow(long requestId, String kind, int more) {
        progress.addToTotal(requestId, kind, more, clock.instant());
    }

    /** One item handled; call inside the transaction that stores its result. */
    @Transactional(propagation = Propagation.MANDATORY)
    public void advance(long requestId, String kind, boolean ok) {
        progress.advance(requestId, kind, ok ? 1 : 0, ok ? 0 : 1, clock.instant());
    }

    /** Several items handled at once, in a transaction of its own (work whose results are not in the database). */
    @Transactional
    public void advanceBy(long requestId, String kind, int done) {
        progress.advance(requestId, kind, done, 0, clock.instant());
    }

    @Transactional
    public void finish(long requestId, String kind) {
        progress.finish(requestId, kind, clock.instant());
    }

    @Transactional(readOnly = true)
    public Optional<Progress> of(long requestId, String kind) {
        return progress.find(requestId, kind);
    }

    /** All kinds of work of a request, the web app's progress bars. */
    @Transactional(readOnly = true)
    public List<Progress> forRequest(long requestId) {
        return progress.forRequest(requestId);
    }

    /** The same, by the request's kenmerk. */
    @Transactional(readOnly = true)
    public List<Progress> forRequest(String kenmerk) {
        return progress.forKenmerk(kenmerk);
    }

    /** Work that has not finished, over all requests. */
    @Transactional(readOnly = true)
    public List<Progress> running() {
        return progress.running();
    }
}
