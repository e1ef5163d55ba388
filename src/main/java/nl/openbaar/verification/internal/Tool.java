package nl.openbaar.verification.internal;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

/**
 * Runs one of the independent Debian tools the gate relies on. A missing tool is an error naming the package to
 * install: a gate that silently skips a check is no gate.
 */
public final class Tool {

    private static final long TIMEOUT_SECONDS = 600;

    private Tool() {
    }

    public static byte[] run(String debianPackage, List<String> command) throws IOException {
        Path errFile = Files.createTempFile("openbaar-tool", ".err");
        Process p;
        try {
            p = new ProcessBuilder(command).redirectError(errFile.toFile()).start();
        } catch (IOException e) {
            Files.deleteIfExists(errFile);
            throw new IOException(command.get(0) + " ontbreekt: installeer het Debian-pakket " + debianPackage, e);
        }
        try (InputStream in = p.getInputStream()) {
            CompletableFuture<byte[]> out = CompletableFuture.supplyAsync(() -> {
                try {
                    return in.readAllBytes();
                } catch (IOException e) {
                    throw new IllegalStateException(e);
                }
            });
            if (!p.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
                p.destroyForcibly();
                throw new IOException(command.get(0) + " gaf na " + TIMEOUT_SECONDS + " s geen antwoord");
            }
            byte[] result = out.join();
            // qpdf exits 3 for warnings (a repaired file): the output is still complete
            if (p.exitValue() != 0 && !("qpdf".equals(command.get(0)) && p.exitValue() == 3)) {
                String err = Files.readString(errFile).strip();
                throw new IOException(command.get(0) + " faalde (" + p.exitValue() + "): " + (err.length() > 300 ? err.substring(0, 300) : err));
            }
            return result;
        } catch (InterruptedException e) {
            p.destroyForcibly();
            Thread.currentThread().interrupt();
            throw new IOException("onderbroken", e);
        } finally {
            Files.deleteIfExists(errFile);
        }
    }
}
