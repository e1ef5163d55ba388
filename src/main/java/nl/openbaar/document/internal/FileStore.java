package nl.openbaar.document.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.DigestOutputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.regex.Pattern;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Content-addressed files under {@code <data>/files}: every file is stored once, named by its sha-256
 * ({@code ab/cd/abcd…}). Writing streams through a temporary file and moves it into place atomically, so a
 * crash never leaves a half-written file under a valid name and memory stays bounded whatever the size.
 */
@Component
public class FileStore {

    private static final Pattern SHA = Pattern.compile("[0-9a-f]{64}");

    private final Path root;

    public FileStore(@Value("${openbaar.data-dir}") Path dataDir) {
        this.root = dataDir.resolve("files");
    }

    /** A stored file: its hash, size and where it lives. */
    public record Stored(String sha256, long size, Path path) {
    }

    public Stored put(InputStream in) {
        return put(in, Long.MAX_VALUE);
    }

    /**
     * Stores the stream's bytes; stops with {@link TooLargeException} when more than {@code maxBytes} arrive,
     * leaving nothing behind.
     */
    public Stored put(InputStream in, long maxBytes) {
        try {
            Files.createDirectories(root.resolve("tmp"));
            Path tmp = Files.createTempFile(root.resolve("tmp"), "in-", ".part");
            try {
                MessageDigest sha = sha256();
                long size = 0;
                try (OutputStream out = new DigestOutputStream(Files.newOutputStream(tmp), sha)) {
                    byte[] buf = new byte[64 * 1024];
                    int n;
                    while ((n = in.read(buf)) > 0) {
                        size += n;
                        if (size > maxBytes) {
                            throw new TooLargeException(maxBytes);
                        }
                        out.write(buf, 0, n);
                    }
                }
                String hex = HexFormat.of().formatHex(sha.digest());
                Path target = pathOf(hex);
                if (!Files.exists(target)) {
                    Files.createDirectories(target.getParent());
                    try {
                        Files.move(tmp, target, StandardCopyOption.ATOMIC_MOVE);
                    } catch (AtomicMoveNotSupportedException e) {
                        Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING);
                    } catch (FileAlreadyExistsException raced) {
                        // another worker stored the same bytes at the same moment: theirs is identical
                    }
                }
                return new Stored(hex, size, target);
            } finally {
                Files.deleteIfExists(tmp);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public Stored put(Path file) {
        try (InputStream in = Files.newInputStream(file)) {
            return put(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public Stored put(byte[] bytes) {
        return put(new java.io.ByteArrayInputStream(bytes));
    }

    /** The sha-256 of a file, streamed: nothing is stored. */
    public static String hash(Path file) throws IOException {
        MessageDigest sha = sha256();
        try (InputStream in = Files.newInputStream(file)) {
            byte[] buf = new byte[64 * 1024];
            int n;
            while ((n = in.read(buf)) > 0) {
                sha.update(buf, 0, n);
            }
        }
        return HexFormat.of().formatHex(sha.digest());
    }

    public boolean has(String sha256) {
        return sha256 != null && SHA.matcher(sha256).matches() && Files.exists(pathOf(sha256));
    }

    /** The path of a stored file; never outside the store, whatever the argument. */
    public Path pathOf(String sha256) {
        if (sha256 == null || !SHA.matcher(sha256).matches()) {
            throw new IllegalArgumentException("not a sha-256: " + sha256);
        }
        return root.resolve(sha256.substring(0, 2)).resolve(sha256.substring(2, 4)).resolve(sha256);
    }

    /** A scratch folder under the store's file system, so that moves into the store stay cheap. */
    public Path scratch() {
        try {
            Files.createDirectories(root.resolve("tmp"));
            return Files.createTempDirectory(root.resolve("tmp"), "work-");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    public static String sha256Hex(String s) {
        return HexFormat.of().formatHex(sha256().digest(s.getBytes(java.nio.charset.StandardCharsets.UTF_8)));
    }

    /** More bytes than allowed arrived. */
    public static class TooLargeException extends RuntimeException {
        public TooLargeException(long max) {
            super("groter dan de ingestelde grens van " + Limits.humanBytes(max));
        }
    }
}
