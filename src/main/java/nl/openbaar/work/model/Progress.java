package nl.openbaar.work.model;

import java.time.Duration;
import java.time.Instant;

/**
 * How far a kind of work for one request has come: what the CLI's progress bar and the web app's show.
 *
 * @param kind     the kind of work, e.g. {@link #READING}
 * @param total    items to do in this run
 * @param done     items finished well
 * @param failed   items finished with an error (they count as handled)
 * @param started  when this run started
 * @param finished when it finished, null while running
 */
public record Progress(String kenmerk, String kind, int total, int done, int failed, Instant started, Instant updated,
        Instant finished) {

    /** Reading documents: formats, renditions, OCR. */
    public static final String READING = "lezen";
    /** Threads, duplicates and numbering after reading. */
    public static final String ORGANISING = "ordenen";
    /** Adding pages to the search index. */
    public static final String INDEXING = "indexeren";

    public int handled() {
        return done + failed;
    }

    public boolean running() {
        return finished == null;
    }

    /** 0–100. */
    public int percent() {
        return total <= 0 ? (running() ? 0 : 100) : (int) Math.min(100, Math.round(100.0 * handled() / total));
    }

    /**
     * The expected time left at the rate so far; null before there is a rate to go by, zero when finished.
     */
    public Duration eta(Instant now) {
        if (!running() || handled() >= total) {
            return Duration.ZERO;
        }
        if (handled() == 0) {
            return null;
        }
        double elapsed = Math.max(1, Duration.between(started, now).toMillis());
        double perItem = elapsed / handled();
        return Duration.ofMillis(Math.round(perItem * (total - handled())));
    }

    /** Items per second so far. */
    public double rate(Instant now) {
        Instant end = finished == null ? now : finished;
        double seconds = Math.max(0.001, Duration.between(started, end).toMillis() / 1000.0);
        return handled() / seconds;
    }
}
