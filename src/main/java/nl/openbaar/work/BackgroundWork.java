package nl.openbaar.work;

import com.github.kagkarlsson.scheduler.Scheduler;
import com.github.kagkarlsson.scheduler.SchedulerClient;
import com.github.kagkarlsson.scheduler.SchedulerName;
import com.github.kagkarlsson.scheduler.jdbc.AutodetectJdbcCustomization;
import com.github.kagkarlsson.scheduler.task.FailureHandler;
import com.github.kagkarlsson.scheduler.task.SchedulableInstance;
import com.github.kagkarlsson.scheduler.task.Task;
import com.github.kagkarlsson.scheduler.task.TaskDescriptor;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;
import java.lang.management.ManagementFactory;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * Background work in the database with db-scheduler (its {@code scheduled_tasks} table): one row per task
 * instance, picked by exactly one worker at a time, revived when that worker dies (missed heartbeats), retried
 * with back-off when it throws. Any number of worker processes on any number of machines sharing the database
 * share the work; the server, {@code openbaar worker} and the synchronous CLI commands all run the same tasks.
 */
@Service
public class BackgroundWork {

    private static final Logger LOG = LoggerFactory.getLogger(BackgroundWork.class);

    private final DataSource dataSource;
    private final ObjectProvider<BackgroundTask> tasks;
    private final WorkSettings settings;
    private final JdbcClient jdbc;
    private volatile SchedulerClient client;

    static {
        // db-scheduler warns on every start that H2 has no special treatment; the timestamps are UTC on purpose
        try {
            org.springframework.boot.logging.LoggingSystem.get(BackgroundWork.class.getClassLoader())
                    .setLogLevel("com.github.kagkarlsson.scheduler.jdbc", org.springframework.boot.logging.LogLevel.ERROR);
        } catch (RuntimeException ignored) {
            // no logging system to tune
        }
    }

    public BackgroundWork(DataSource dataSource, ObjectProvider<BackgroundTask> tasks, WorkSettings settings, JdbcClient jdbc) {
        this.dataSource = dataSource;
        this.tasks = tasks;
        this.settings = settings;
        this.jdbc = jdbc;
    }

    /** A task instance to schedule: its unique id within the task, and its data. */
    public record Item(String instance, String data) {
    }

    /** Schedules one instance unless it is already waiting or running (same task and instance id). */
    public boolean schedule(String task, String instance, String data) {
        return client().scheduleIfNotExists(instance(task, instance, data));
    }

    /** Schedules many instances at once; those already waiting are left alone. */
    public void scheduleAll(String task, List<Item> items) {
        List<Item> fresh = new ArrayList<>();
        for (Item i : items) {
            if (!isScheduled(task, i.instance())) {
                fresh.add(i);
            }
        }
        for (int from = 0; from < fresh.size(); from += 500) {
            List<SchedulableInstance<?>> batch = new ArrayList<>();
            for (Item i : fresh.subList(from, Math.min(fresh.size(), from + 500))) {
                batch.add(instance(task, i.instance(), i.data()));
            }
            try {
                client().scheduleBatch(batch);
            } catch (RuntimeException e) {
                // a concurrent scheduler added one of them: fall back to one by one, skipping existing ones
                batch.forEach(b -> client().scheduleIfNotExists(b));
            }
        }
    }

    public boolean isScheduled(String task, String instance) {
        return jdbc.sql("select count(*) from scheduled_tasks where task_name = ? and task_instance = ?").params(task, instance)
                .query(Integer.class).single() > 0;
    }

    /** Instances of a task still waiting or running (all tasks when {@code task} is null). */
    public int queued(String task) {
        return task == null ? jdbc.sql("select count(*) from scheduled_tasks").query(Integer.class).single()
                : jdbc.sql("select count(*) from scheduled_tasks where task_name = ?").param(task).query(Integer.class).single();
    }

    /** Instances whose id starts with the prefix (e.g. all tasks of one request). */
    public int queued(String task, String instancePrefix) {
        return jdbc.sql("select count(*) from scheduled_tasks where task_name = ? and task_instance like ?")
                .params(task, instancePrefix + "%").query(Integer.class).single();
    }

    /** A running worker in this process; stop it to let its tasks finish and the threads end. */
    public interface Worker extends AutoCloseable {
        String name();

        @Override
        void close();
    }

    /** Starts a worker with the configured number of threads. */
    public Worker start() {
        return start(settings.threads());
    }

    public Worker start(int threads) {
        List<Task<?>> list = new ArrayList<>();
        for (BackgroundTask t : tasks.orderedStream().toList()) {
            list.add(Tasks.oneTime(t.name(), String.class)
                    .onFailure(new FailureHandler.MaxRetriesFailureHandler<>(settings.maxRetries(),
                            new FailureHandler.ExponentialBackoffFailureHandler<>(Duration.ofSeconds(2), 2.0)))
                    .onDeadExecutionRevive()
                    .execute((instance, ctx) -> t.run(instance.getData())));
        }
        String name = workerName();
        Scheduler scheduler = Scheduler.create(dataSource, list)
                .schedulerName(new SchedulerName.Fixed(name))
                .threads(threads)
                .pollingInterval(settings.pollingInterval())
                .heartbeatInterval(settings.heartbeat())
                .missedHeartbeatsLimit(settings.missedHeartbeats())
                .enableImmediateExecution()
                .jdbcCustomization(new AutodetectJdbcCustomization(dataSource, true))
                .shutdownMaxWait(Duration.ofSeconds(30))
                .failureLogging(com.github.kagkarlsson.scheduler.logging.LogLevel.WARN, true)
                .build();
        scheduler.start();
        LOG.debug("Worker {} started with {} thread(s)", name, threads);
        return new Worker() {
            @Override
            public String name() {
                return name;
            }

            @Override
            public void close() {
                scheduler.stop();
                LOG.debug("Worker {} stopped", name);
            }
        };
    }

    private SchedulableInstance<String> instance(String task, String instance, String data) {
        return TaskDescriptor.of(task, String.class).instance(instance).data(data).scheduledTo(Instant.now());
    }

    private SchedulerClient client() {
        if (client == null) {
            synchronized (this) {
                if (client == null) {
                    client = SchedulerClient.Builder.create(dataSource)
                            .jdbcCustomization(new AutodetectJdbcCustomization(dataSource, true)).build();
                }
            }
        }
        return client;
    }

    /** host/pid/random: unique per process, recognisable in the table (at most 50 characters). */
    private static String workerName() {
        String host = ManagementFactory.getRuntimeMXBean().getName();
        String name = host + "-" + UUID.randomUUID().toString().substring(0, 8);
        return name.length() > 50 ? name.substring(name.length() - 50) : name;
    }
}
