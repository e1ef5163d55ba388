package nl.openbaar.cli;

import java.io.PrintWriter;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.function.Consumer;
import nl.openbaar.work.model.Progress;

/**
 * A progress bar on standard error: counts, percentage, rate and ETA, redrawn in place on a terminal and printed
 * as a line every ten seconds when the output goes to a log.
 */
final class ProgressBar implements Consumer<Progress> {

    private static final int WIDTH = 30;

    private final PrintWriter err;
    private final String unit;
    private final boolean terminal;
    private final Clock clock = Clock.systemUTC();
    private Instant lastLine = Instant.EPOCH;
    private String last = "";

    ProgressBar(PrintWriter err, String unit) {
        this.err = err;
        this.unit = unit;
        this.terminal = System.console() != null && System.getenv("OPENBAAR_PLAIN") == null;
    }

    @Override
    public void accept(Progress p) {
        Instant now = clock.instant();
        String line = render(p, now, unit);
        if (line.equals(last)) {
            return;
        }
        last = line;
        if (terminal) {
            err.print("\r" + line + "\u001b[K");
            err.flush();
        } else if (Duration.between(lastLine, now).toSeconds() >= 10 || p.handled() >= p.total()) {
            err.println(line);
            err.flush();
            lastLine = now;
        }
    }

    void done() {
        if (terminal && !last.isEmpty()) {
            err.println();
            err.flush();
        }
    }

    static String render(Progress p, Instant now, String unit) {
        int filled = p.total() <= 0 ? 0 : (int) Math.min(WIDTH, Math.round((double) WIDTH * p.handled() / p.total()));
        StringBuilder sb = new StringBuilder("[");
        sb.append("#".repeat(filled)).append(".".repeat(WIDTH - filled)).append("] ");
        sb.append(p.handled()).append('/').append(p.total()).append(' ').append(unit);
        sb.append(String.format(" %3d%%", p.percent()));
        if (p.failed() > 0) {
            sb.append(", ").append(p.failed()).append(" mislukt");
        }
        double rate = p.rate(now);
        if (p.handled() > 0) {
            sb.append(String.format(java.util.Locale.ROOT, ", %.1f/s", rate));
        }
        Duration eta = p.eta(now);
        if (eta != null && p.handled() < p.total()) {
            sb.append(", nog ").append(format(eta));
        }
        return sb.toString();
    }

    static String format(Duration d) {
        long s = d.toSeconds();
        if (s >= 3600) {
            return String.format("%d:%02d:%02d", s / 3600, (s % 3600) / 60, s % 60);
        }
        return String.format("%d:%02d", s / 60, s % 60);
    }
}
