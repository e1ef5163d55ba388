package nl.openbaar.publication;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.stream.Stream;
import nl.openbaar.shared.InvalidInputException;
import nl.openbaar.shared.NotFoundException;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;

/**
 * An uploaded bundle kept between looking at its split and importing it (the admin page does both in two steps), under
 * {@code <data>/publication/import} by an unguessable token. Uploads older than a day are removed when the next arrives.
 */
@Service
public class StagedBundles {

    private static final SecureRandom RANDOM = new SecureRandom();
    private final Path dir;

    public StagedBundles(@Value("${openbaar.data-dir}") Path dataDir) {
        this.dir = dataDir.resolve("publication").resolve("import");
    }

    public String keep(InputStream in) {
        try {
            Files.createDirectories(dir);
            clean();
            byte[] b = new byte[16];
            RANDOM.nextBytes(b);
            String token = HexFormat.of().formatHex(b);
            Path target = dir.resolve(token + ".pdf");
            long size = Files.copy(in, target, StandardCopyOption.REPLACE_EXISTING);
            if (size > ImportingBundle.MAX_BYTES) {
                Files.delete(target);
                throw new InvalidInputException("bundle", "de bundel is groter dan 512 MB");
            }
            if (size == 0) {
                Files.delete(target);
                throw new InvalidInputException("bundle", "kies een PDF-bestand");
            }
            return token;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public Path path(String token) {
        if (token == null || !token.matches("[0-9a-f]{32}")) {
            throw new InvalidInputException("upload", "onbekende upload");
        }
        Path p = dir.resolve(token + ".pdf");
        if (!Files.isRegularFile(p)) {
            throw new NotFoundException("upload (verlopen of al geïmporteerd)");
        }
        return p;
    }

    public void drop(String token) {
        try {
            Files.deleteIfExists(path(token));
        } catch (IOException | RuntimeException ignored) {
            // already gone
        }
    }

    private void clean() throws IOException {
        Instant dayAgo = Instant.now().minus(Duration.ofDays(1));
        try (Stream<Path> s = Files.list(dir)) {
            for (Path p : s.toList()) {
                if (Files.getLastModifiedTime(p).toInstant().isBefore(dayAgo)) {
                    Files.deleteIfExists(p);
                }
            }
        }
    }
}
