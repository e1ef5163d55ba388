package nl.openbaar.work;

/**
 * A kind of background work a capability offers (reading a document, indexing a case …). Implementations are
 * Spring beans; every worker process runs them. A task instance may run more than once — after a crash, or on
 * a retry — so {@link #run} must be idempotent: doing it again changes nothing.
 */
public interface BackgroundTask {

    /** Unique, stable name; stored with every scheduled instance (at most 100 characters). */
    String name();

    /** Does the work for one instance; {@code data} is what was given to {@link BackgroundWork#schedule}. */
    void run(String data);
}
