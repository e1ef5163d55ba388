package nl.openbaar.work;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import javax.sql.DataSource;
import nl.openbaar.document.DocumentTestSupport;
import nl.openbaar.document.TestFiles;
import nl.openbaar.testing.TestDatabases;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Background work survives a crash. Every step runs as its own process on one PostgreSQL database and one data
 * folder, as on separate machines: the CLI registers a case in the background, worker 1 starts reading it and is
 * killed with SIGKILL in the middle, worker 2 takes over the dead worker's tasks. Every document ends up read
 * exactly once: nothing lost, nothing done twice, the progress count exact.
 */
class WorkerCrashTest {

    private final Path data = DocumentTestSupport.dataDir();
    private final DataSource database = TestDatabases.postgres();
    private final String url = url(database);
    private final JdbcClient jdbc = JdbcClient.create(database);

    @Test
    void aKilledWorkerLosesNothingAndNothingIsDoneTwice() throws Exception {
        Path in = Files.createDirectories(data.resolve("input/scans"));
        int scans = 8;
        for (int i = 1; i <= scans; i++) {
            TestFiles.png(in.resolve("scan-" + i + ".png"), "Brief nummer " + i, "over het cameratoezicht in de wijk");
        }
        Files.copy(DocumentTestSupport.sample().resolve("documenten/2020-03-04-notitie-met-bijlage.eml"), in.resolve("mail.eml"));
        run("request", "add", "--kenmerk", "WOO-CRASH-1", "--name", "Test", "--received", "2025-06-02", "--subject", "camera's");
        run("collect", "--case", "WOO-CRASH-1", "--source", in.toString(), "--background");
        long requestId = jdbc.sql("select id from request where kenmerk = 'WOO-CRASH-1'").query(Long.class).single();
        assertThat(count("select count(*) from document where request_id = ?", requestId)).isEqualTo(scans + 1);

        // worker 1 reads one document at a time (each one is OCR'd) …
        Process first = start("worker-1", "worker", "--threads", "1");
        try {
            awaitRead(requestId, 3, Duration.ofMinutes(3), "worker-1");
        } finally {
            // … and dies without warning in the middle of the case
            first.destroyForcibly();
            assertThat(first.waitFor(30, TimeUnit.SECONDS)).isTrue();
        }
        Map<Long, Instant> readBeforeCrash = readAt(requestId);
        assertThat(readBeforeCrash.size()).isLessThan(scans + 2);

        // worker 2 takes over, including the task the dead worker was holding
        Process second = start("worker-2", "worker", "--threads", "2");
        try {
            awaitRead(requestId, scans + 2, Duration.ofMinutes(4), "worker-2");
            long deadline = System.nanoTime() + Duration.ofMinutes(1).toNanos();
            while (count("select count(*) from scheduled_tasks") > 0 && System.nanoTime() < deadline) {
                Thread.sleep(200);
            }
        } finally {
            second.destroy();
            second.waitFor(60, TimeUnit.SECONDS);
        }

        // 8 scans, the e-mail and its PDF attachment, each read
        assertThat(count("select count(*) from document where request_id = ?", requestId)).isEqualTo(scans + 2);
        assertThat(count("select count(*) from document where request_id = ? and status = 'READ'", requestId)).isEqualTo(scans + 2);
        // exactly once: what worker 1 stored was not redone, and no page or attachment is there twice
        Map<Long, Instant> after = readAt(requestId);
        readBeforeCrash.forEach((id, at) -> assertThat(after.get(id)).as("document %d read again", id).isEqualTo(at));
        assertThat(count("""
                select count(*) from document d where d.request_id = ?
                and d.page_count <> (select count(*) from document_page p where p.document_id = d.id)""", requestId)).isZero();
        assertThat(count("select count(*) from document where request_id = ? and parent_id is not null", requestId)).isEqualTo(1);
        // the progress count is exact, and the one reading that was cut off is the only extra attempt
        assertThat(jdbc.sql("select done, failed, total from work_progress where request_id = ? and kind = 'lezen'").param(requestId)
                .query((rs, n) -> List.of(rs.getInt(1), rs.getInt(2), rs.getInt(3))).single()).containsExactly(scans + 2, 0, scans + 2);
        assertThat(count("select sum(attempts) from document where request_id = ?", requestId)).isBetween(scans + 2, scans + 3);
        // and the case was put in order afterwards: every document numbered
        assertThat(count("select count(*) from document where request_id = ? and inventory_number is null", requestId)).isZero();
    }

    private void run(String... args) throws Exception {
        Process p = start("cli-" + args[0], args);
        assertThat(p.waitFor(3, TimeUnit.MINUTES)).isTrue();
        assertThat(p.exitValue()).as(Files.readString(data.resolve("cli-" + args[0] + ".log"))).isZero();
    }

    private Process start(String name, String... args) throws Exception {
        List<String> cmd = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"),
                "-Dopenbaar.data-dir=" + data, "-Dspring.datasource.url=" + url, "-Dspring.datasource.username=postgres",
                "-Dspring.datasource.password=", "-Dopenbaar.work.heartbeat=1s", "-Dopenbaar.work.missed-heartbeats=4",
                "-Dopenbaar.work.polling-interval=100ms", "nl.openbaar.Main"));
        cmd.addAll(List.of(args));
        return new ProcessBuilder(cmd).redirectErrorStream(true).redirectOutput(data.resolve(name + ".log").toFile()).start();
    }

    private void awaitRead(long requestId, int atLeast, Duration timeout, String worker) throws Exception {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (System.nanoTime() < deadline) {
            if (count("select count(*) from document where request_id = ? and status = 'READ'", requestId) >= atLeast) {
                return;
            }
            Thread.sleep(100);
        }
        throw new AssertionError("fewer than " + atLeast + " documents read within " + timeout + "; log of " + worker + ":\n"
                + Files.readString(data.resolve(worker + ".log")));
    }

    private int count(String sql, Object... params) {
        Integer n = jdbc.sql(sql).params(params).query(Integer.class).single();
        return n == null ? 0 : n;
    }

    private Map<Long, Instant> readAt(long requestId) {
        return jdbc.sql("select id, read_at from document where request_id = ? and status = 'READ'").param(requestId)
                .query((rs, n) -> Map.entry(rs.getLong(1), rs.getTimestamp(2).toInstant())).list().stream()
                .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
    }

    private static String url(DataSource ds) {
        try (Connection c = ds.getConnection()) {
            return c.getMetaData().getURL();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
