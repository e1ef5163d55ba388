package nl.openbaar.publication.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * The files of publications, stored by their SHA-256 under {@code <data>/publication/files}. A copy is kept
 * here (not a reference to a pipeline's output folder) so a publication stays exactly what was approved.
 */
@Component
public class PublicationFiles {

    private final Path dir;

    public PublicationFiles(@Value("${openbaar.data-dir}") Path dataDir) {
        this.dir = dataDir.resolve("publication").resolve("files");
    }

    /** Copies a file into the store and returns its SHA-256. */
    public String store(Path source) {
        try {
            Files.createDirectories(dir);
            Path tmp = Files.createTempFile(dir, "in-", ".tmp");
            try {
                MessageDigest sha = MessageDigest.getInstance("SHA-256");
                try (InputStream in = Files.newInputStream(source); var out = Files.newOutputStream(tmp)) {
                    byte[] buf = new byte[64 * 1024];
                    for (int r; (r = in.read(buf)) > 0; ) {
                        sha.update(buf, 0, r);
                        out.write(buf, 0, r);
                    }
                }
                String hash = HexFormat.of().formatHex(sha.digest());
                Path target = path(hash);
                if (!Files.exists(target)) {
                    Files.move(tmp, target, StandardCopyOption.ATOMIC_MOVE);
                }
                return hash;
            } finally {
                Files.deleteIfExists(tmp);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    public Path path(String sha256) {
        if (!sha256.matches("[0-9a-f]{64}")) {
            throw new IllegalArgumentException("not a sha-256: " + sha256);
        }
        return dir.resolve(sha256);
    }
}
