package nl.openbaar.document;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import nl.openbaar.request.RegisteringRequest;
import nl.openbaar.request.model.NewRequest;
import nl.openbaar.request.model.Verzoeker;
import org.springframework.test.context.DynamicPropertyRegistry;

/** Shared set-up of the document tests: a fresh data folder and in-memory database per test class. */
public final class DocumentTestSupport {

    private DocumentTestSupport() {
    }

    /** A fresh data folder, removed when the test JVM ends. */
    public static Path dataDir() {
        try {
            Path dir = Files.createTempDirectory("openbaar-test-");
            Runtime.getRuntime().addShutdownHook(new Thread(() -> deleteTree(dir)));
            return dir;
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    static void deleteTree(Path dir) {
        try (var walk = Files.walk(dir)) {
            walk.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException ignored) {
            // best effort
        }
    }

    public static void properties(DynamicPropertyRegistry r, Path dataDir) {
        r.add("openbaar.data-dir", dataDir::toString);
        r.add("spring.datasource.url", () -> "jdbc:h2:mem:" + UUID.randomUUID()
                + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1");
        r.add("openbaar.mode", () -> "test");
        r.add("openbaar.work.threads", () -> "2");
        r.add("openbaar.work.polling-interval", () -> "100ms");
    }

    /** The sample case shipped in the test resources (copied from the project's shared samples). */
    public static Path sample() {
        try {
            return Paths.get(DocumentTestSupport.class.getResource("/samples/clearview-bzk").toURI());
        } catch (java.net.URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    public static String register(RegisteringRequest registering, String kenmerk) {
        return registering.register(new NewRequest(kenmerk, "wob", new Verzoeker("Test Verzoeker", null, null, null),
                LocalDate.of(2021, 10, 21), LocalDate.of(2021, 10, 25), "post", "Clearview AI",
                List.of("Documenten over Clearview AI"), null, null, null, null), "test").verzoek().kenmerk();
    }

    public static Path copy(Path from, Path to) throws IOException {
        Files.createDirectories(to.getParent());
        return Files.copy(from, to);
    }
}
