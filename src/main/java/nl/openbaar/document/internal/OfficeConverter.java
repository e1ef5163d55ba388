package nl.openbaar.document.internal;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * Office files (Word, Excel, PowerPoint, OpenDocument, CSV) to PDF with LibreOffice headless
 * ({@code soffice}, Debian {@code libreoffice-writer-nogui} and friends). Each conversion gets a fresh user
 * profile, so parallel conversions do not share a lock, and a timeout that kills the whole process tree.
 */
final class OfficeConverter {

    static final String MISSING = "LibreOffice ontbreekt (installeer de Debian-pakketten libreoffice-writer-nogui, "
            + "libreoffice-calc-nogui en libreoffice-impress-nogui)";

    private OfficeConverter() {
    }

    static Path toPdf(Path original, String extension, Path scratch, Duration timeout) throws IOException {
        return convert(original, extension, "pdf", scratch, timeout);
    }

    /** Converts to another format LibreOffice knows ("pdf", "xlsx" …). */
    static Path convert(Path original, String extension, String format, Path scratch, Duration timeout) throws IOException {
        Path dir = Files.createTempDirectory(scratch, "office-");
        Path profile = Files.createTempDirectory(scratch, "lo-profile-");
        Path input = dir.resolve("document." + extension);
        Files.copy(original, input);
        ProcessBuilder pb = new ProcessBuilder("soffice", "--headless", "--norestore", "--nolockcheck", "--nodefault",
                "--nofirststartwizard", "-env:UserInstallation=" + profile.toUri(), "--convert-to", format,
                "--outdir", dir.toString(), input.toString());
        pb.redirectErrorStream(true);
        pb.redirectOutput(ProcessBuilder.Redirect.DISCARD);
        pb.environment().put("HOME", profile.toString());
        Process p;
        try {
            p = pb.start();
        } catch (IOException e) {
            throw new ReadingException(MISSING, e);
        }
        try {
            if (!p.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
                kill(p);
                throw new ReadingException("omzetten naar PDF duurde langer dan " + timeout.toSeconds() + " s");
            }
        } catch (InterruptedException e) {
            kill(p);
            Thread.currentThread().interrupt();
            throw new ReadingException("omzetten naar PDF afgebroken");
        } finally {
            deleteTree(profile);
        }
        Path pdf = dir.resolve("document." + format);
        if (p.exitValue() != 0 || !Files.exists(pdf) || Files.size(pdf) == 0) {
            throw new ReadingException("LibreOffice kon het bestand niet omzetten naar " + format.toUpperCase(java.util.Locale.ROOT)
                    + " (beschadigd of niet ondersteund)");
        }
        Files.deleteIfExists(input);
        return pdf;
    }

    private static void kill(Process p) {
        p.descendants().forEach(ProcessHandle::destroyForcibly);
        p.destroyForcibly();
    }

    static void deleteTree(Path dir) {
        if (dir == null || !Files.exists(dir)) {
            return;
        }
        try (Stream<Path> walk = Files.walk(dir)) {
            walk.sorted(Comparator.reverseOrder()).forEach(f -> {
                try {
                    Files.deleteIfExists(f);
                } catch (IOException ignored) {
                    // a left-over temp file is harmless
                }
            });
        } catch (IOException ignored) {
            // idem
        }
    }

    static String uniqueName() {
        return UUID.randomUUID().toString();
    }
}
