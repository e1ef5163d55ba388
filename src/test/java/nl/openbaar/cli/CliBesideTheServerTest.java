package nl.openbaar.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.json.JsonMapper;

/**
 * The README's promise on the embedded default: the CLI works while the server runs on the same data folder. The
 * server runs in its own JVM ({@code openbaar serve}), the commands in a second one ({@link CliSession}), both started
 * as the launcher starts them (umask 077); the commands go through
 * every store the two share — the H2 file (served by the server on loopback, with the generated password), the case
 * index, the portal index, the file store, the background tasks. What the CLI publishes, the running server's portal
 * search finds. And the server is safe by default: its sockets on loopback, the database refuses the empty password,
 * the data folder closed to others and no trace file.
 */
@org.junit.jupiter.api.TestMethodOrder(org.junit.jupiter.api.MethodOrderer.OrderAnnotation.class)
class CliBesideTheServerTest {

    @TempDir
    static Path data;
    @TempDir
    static Path logs;

    static Process server;
    static Process cli;
    static PrintWriter commands;
    static BufferedReader answers;
    static int port;
    static final JsonMapper JSON = JsonMapper.builder().build();

    @BeforeAll
    static void startServer() throws Exception {
        try (ServerSocket free = new ServerSocket(0)) {
            port = free.getLocalPort();
        }
        server = launch("nl.openbaar.Main", "serve", "--port", Integer.toString(port)).redirectErrorStream(true)
                .redirectOutput(logs.resolve("server.log").toFile()).start();
        HttpClient http = HttpClient.newHttpClient();
        long deadline = System.nanoTime() + Duration.ofMinutes(3).toNanos();
        while (true) {
            assertThat(server.isAlive()).as(serverLog()).isTrue();
            try {
                if (http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/")).build(),
                        HttpResponse.BodyHandlers.discarding()).statusCode() == 200) {
                    break;
                }
            } catch (IOException starting) {
                // not listening yet
            }
            assertThat(System.nanoTime()).as("the server did not start within 3 minutes\n" + serverLog()).isLessThan(deadline);
            Thread.sleep(250);
        }
        cli = launch(CliSession.class.getName()).redirectError(logs.resolve("cli.log").toFile()).start();
        commands = new PrintWriter(new OutputStreamWriter(cli.getOutputStream(), StandardCharsets.UTF_8), true);
        answers = new BufferedReader(new InputStreamReader(cli.getInputStream(), StandardCharsets.UTF_8));
    }

    /** A JVM on the data folder as the launcher starts one: with umask 077. */
    static ProcessBuilder launch(String mainClass, String... args) {
        List<String> cmd = new ArrayList<>(List.of("sh", "-c", "umask 077; exec \"$0\" \"$@\"",
                Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-cp", System.getProperty("java.class.path"),
                "-Dopenbaar.data-dir=" + data, "-Dlogging.level.root=WARN", mainClass));
        cmd.addAll(List.of(args));
        return new ProcessBuilder(cmd);
    }

    @AfterAll
    static void stopServer() throws Exception {
        if (cli != null) {
            commands.close();
            if (!cli.waitFor(60, TimeUnit.SECONDS)) {
                cli.destroyForcibly();
            }
        }
        if (server != null) {
            server.destroy();
            if (!server.waitFor(60, TimeUnit.SECONDS)) {
                server.destroyForcibly();
            }
        }
    }

    static String serverLog() {
        try {
            return Files.readString(logs.resolve("server.log"));
        } catch (IOException e) {
            return "(no log)";
        }
    }

    /** One command in the CLI process. */
    static CliRun run(String... args) {
        try {
            commands.println(JSON.writeValueAsString(args));
            String answer = answers.readLine();
            assertThat(answer).as("the CLI process ended; its log:\n" + Files.readString(logs.resolve("cli.log")))
                    .isNotNull();
            Map<?, ?> m = JSON.readValue(answer, Map.class);
            return new CliRun(((Number) m.get("exit")).intValue(), (String) m.get("out"), (String) m.get("err"));
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    static CliRun ok(String... args) {
        CliRun r = run(args);
        assertThat(r.exit()).as(String.join(" ", args) + "\n" + r.out() + r.err()).isZero();
        return r;
    }

    @Test
    @org.junit.jupiter.api.Order(1)
    void everyStepFromTheCommandLineWhileTheServerRunsAndTheServerSeesIt() throws Exception {
        ok("account", "add", "behandelaar", "--role", "behandelaar");
        ok("account", "add", "publicatie", "--role", "publicatie");
        ok("request", "add", "--name", "Rik Dijkhuizen", "--received", "2023-03-01", "--subject", "Clearview AI",
                "--item", "Documenten over Clearview AI");
        String k = ok("request", "list").out().lines().filter(l -> l.startsWith("WOO-")).findFirst().orElseThrow().split("\\s+")[0];
        Path mail = Paths.get(CliBesideTheServerTest.class.getResource(
                "/samples/clearview-bzk/documenten/2020-02-28-re-gezichtsherkenning.eml").toURI());
        ok("collect", "--case", k, "--source", mail.toString());
        assertThat(ok("search", "--case", k, "--terms", "gezichtsherkenning").out()).contains("nr. 1");
        ok("duplicates", "--case", k);
        ok("account", "team", "--case", k, "behandelaar");
        ok("review", "propose", "--case", k);
        assertThat(ok("review", "list", "--case", k, "--json").out()).contains("telefoonnummer");

        Path out = logs.resolve("pakket");
        ok("process", "--case", k, "--out", out.toString());
        String pub = String.valueOf(JSON.readValue(ok("publication", "prepare", "--case", k, "--package", out.toString(),
                "--user", "behandelaar", "--json").out(), Map.class).get("id"));
        ok("publication", "approve", pub, "--user", "publicatie");
        ok("request", "event", k, "--type", "decided", "--date", "2023-04-01");
        ok("request", "event", k, "--type", "sent", "--date", "2023-04-02");
        // the portal index: written here while the server has it open for searching
        ok("publication", "publish", pub, "--user", "publicatie");

        // the server looks for other processes' commits at most once a second
        HttpResponse<String> found = null;
        for (int i = 0; i < 20 && (found == null || !found.body().contains("/documenten/")); i++) {
            Thread.sleep(250);
            found = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                    URI.create("http://127.0.0.1:" + port + "/zoeken?q=gezichtsherkenning")).build(), HttpResponse.BodyHandlers.ofString());
        }
        assertThat(found.statusCode()).isEqualTo(200);
        assertThat(found.body()).as("the running server's search finds what the CLI published").contains("/documenten/");
        assertThat(server.isAlive()).isTrue();
    }

    @Test
    @org.junit.jupiter.api.Order(2)
    void theServerIsSafeByDefault() throws Exception {
        // every listening socket of the server (HTTP and the embedded database) is on loopback
        List<Integer> ports = new ArrayList<>(List.of(port));
        String lock = Files.readString(data.resolve("db/openbaar.lock.db"));
        int databasePort = Integer.parseInt(lock.replaceAll("(?s).*server=[^\\n]*?\\\\?:(\\d+).*", "$1"));
        ports.add(databasePort);
        List<ListeningSockets.Socket> listening = ListeningSockets.of(ports);
        assertThat(listening).extracting(ListeningSockets.Socket::port).containsAll(ports);
        assertThat(listening).allSatisfy(s -> assertThat(s.loopback()).as(s.toString()).isTrue());

        // the embedded database has a generated password, kept for the data folder's owner alone
        Path password = data.resolve("db/openbaar.password");
        assertThat(Files.readString(password).strip()).hasSizeGreaterThanOrEqualTo(32);
        String url = "jdbc:h2:file:" + data.resolve("db/openbaar") + ";AUTO_SERVER=TRUE";
        assertThat((Throwable) catchSql(() -> DriverManager.getConnection(url, "sa", "").close())).as("the empty password").isNotNull();
        try (var c = DriverManager.getConnection(url, "sa", Files.readString(password).strip()); var s = c.createStatement()) {
            // a failed insert with a personal value: H2 keeps no trace file of it
            assertThat((Throwable) catchSql(() -> s.execute("insert into account (username) values ('Rik Dijkhuizen, Oudegracht 12')"))).isNotNull();
        }
        assertThat(data.resolve("db/openbaar.trace.db")).doesNotExist();

        // the data folder and everything in it: the owner's alone
        try (Stream<Path> all = Files.walk(data)) {
            for (Path p : all.toList()) {
                String mode = PosixFilePermissions.toString(Files.getPosixFilePermissions(p));
                assertThat(mode).as(data.relativize(p).toString()).isEqualTo(Files.isDirectory(p) ? "rwx------" : "rw-------");
            }
        }
    }

    interface SqlWork {
        void run() throws SQLException;
    }

    static SQLException catchSql(SqlWork work) {
        try {
            work.run();
            return null;
        } catch (SQLException e) {
            return e;
        }
    }
}
