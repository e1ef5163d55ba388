package nl.openbaar.work;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * How a worker runs, as {@code openbaar.work.*}.
 *
 * @param threads           tasks run at once in one process (default: the number of cores)
 * @param pollingInterval   how often an idle worker looks for new tasks
 * @param heartbeat         how often a worker tells the database it is alive
 * @param missedHeartbeats  after this many missed heartbeats a worker counts as dead and its tasks run elsewhere
 * @param maxRetries        a task that throws is retried this many times, with growing pauses
 * @param server            whether the web server also runs a worker (default true)
 */
@ConfigurationProperties(prefix = "openbaar.work")
public record WorkSettings(Integer threads, Duration pollingInterval, Duration heartbeat, Integer missedHeartbeats,
        Integer maxRetries, Boolean server) {

    public WorkSettings {
        threads = threads == null || threads < 1 ? Math.max(1, Runtime.getRuntime().availableProcessors()) : threads;
        pollingInterval = pollingInterval == null ? Duration.ofMillis(500) : pollingInterval;
        heartbeat = heartbeat == null ? Duration.ofSeconds(5) : heartbeat;
        // db-scheduler needs at least four
        missedHeartbeats = missedHeartbeats == null ? 6 : Math.max(4, missedHeartbeats);
        maxRetries = maxRetries == null ? 5 : maxRetries;
        server = server == null || server;
    }
}
