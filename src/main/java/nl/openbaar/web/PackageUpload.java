package nl.openbaar.web;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import nl.openbaar.shared.InvalidInputException;

/**
 * A publication package uploaded as a zip (for organisations whose redaction happens elsewhere), unpacked into a
 * temporary folder with limits: no paths outside the folder, at most 20,000 entries and 2 GB unpacked.
 */
final class PackageUpload implements AutoCloseable {

    static final int MAX_ENTRIES = 20_000;
    static final long MAX_BYTES = 2L * 1024 * 1024 * 1024;

    private final Path dir;

    private PackageUpload(Path dir) {
        this.dir = dir;
    }

    static PackageUpload unzip(InputStream zip) {
        Path dir;
        try {
            dir = Files.createTempDirectory("openbaar-pakket-");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        PackageUpload upload = new PackageUpload(dir);
        try (ZipInputStream in = new ZipInputStream(zip)) {
            int entries = 0;
            long total = 0;
            byte[] buf = new byte[64 * 1024];
            for (ZipEntry e; (e = in.getNextEntry()) != null; ) {
                if (++entries > MAX_ENTRIES) {
                    throw new InvalidInputException("package", "het zip-bestand bevat meer dan " + MAX_ENTRIES + " bestanden");
                }
                String name = e.getName().replace('\\', '/');
                // A package made by zipping its folder has that folder as a prefix: strip one level when besluit.pdf is below it.
                Path target = dir.resolve(name).normalize();
                if (!target.startsWith(dir)) {
                    throw new InvalidInputException("package", "ongeldig pad in het zip-bestand: " + name);
                }
                if (e.isDirectory()) {
                    Files.createDirectories(target);
                    continue;
                }
                Files.createDirectories(target.getParent());
                try (var out = Files.newOutputStream(target)) {
                    for (int r; (r = in.read(buf)) > 0; ) {
                        total += r;
                        if (total > MAX_BYTES) {
                            throw new InvalidInputException("package", "het zip-bestand is uitgepakt groter dan 2 GB");
                        }
                        out.write(buf, 0, r);
                    }
                }
            }
        } catch (IOException e) {
            upload.close();
            throw new InvalidInputException("package", "het bestand is geen leesbaar zip-bestand");
        } catch (RuntimeException e) {
            upload.close();
            throw e;
        }
        return upload;
    }

    /** The package's root: the folder holding besluit.pdf (the zip's root, or its single top folder). */
    Path root() {
        if (Files.exists(dir.resolve("besluit.pdf"))) {
            return dir;
        }
        try (Stream<Path> s = Files.list(dir)) {
            return s.filter(Files::isDirectory).filter(d -> Files.exists(d.resolve("besluit.pdf"))).findFirst().orElse(dir);
        } catch (IOException e) {
            return dir;
        }
    }

    @Override
    public void close() {
        try (Stream<Path> s = Files.walk(dir)) {
            s.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException ignored) {
            // a temporary folder left behind is cleaned by the system
        }
    }
}
