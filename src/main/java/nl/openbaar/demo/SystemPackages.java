package nl.openbaar.demo;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * The system packages the pipeline runs (system-packages.txt, the same list the launcher installs from), checked the
 * way the launcher checks them, so the demo can name what is missing when a step could not run.
 */
final class SystemPackages {

    private SystemPackages() {
    }

    /** The packages of every command ("run") that this machine lacks, in the list's order. */
    static List<String> missing() {
        return missing(System.getenv("PATH"));
    }

    /** The same, looking for programs on the given search path (a test hides the machine's programs this way). */
    static List<String> missing(String path) {
        List<String> missing = new ArrayList<>();
        try (InputStream in = SystemPackages.class.getResourceAsStream("/system-packages.txt")) {
            if (in == null) {
                return missing;
            }
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line; (line = r.readLine()) != null; ) {
                String[] f = line.trim().split("\\s+");
                if (f.length < 4 || f[0].startsWith("#") || !"run".equals(f[3])) {
                    continue;
                }
                if (!present(f[1], f[2], path)) {
                    missing.add(f[0]);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return missing;
    }

    private static boolean present(String kind, String what, String path) {
        return switch (kind) {
            case "cmd" -> onPath(what, path);
            case "file" -> nonEmpty(Path.of(what));
            case "lang" -> onPath("tesseract", path) && tesseractKnows(what);
            default -> false;
        };
    }

    // An empty file over a program (as scripts/clean-machine/hide-tools lays) is not the program.
    private static boolean onPath(String command, String path) {
        if (path == null) {
            return false;
        }
        for (String dir : path.split(":")) {
            Path p = Path.of(dir.isEmpty() ? "." : dir, command);
            if (Files.isExecutable(p) && nonEmpty(p)) {
                return true;
            }
        }
        return false;
    }

    private static boolean nonEmpty(Path p) {
        try {
            return Files.isRegularFile(p) && Files.size(p) > 0;
        } catch (IOException e) {
            return false;
        }
    }

    private static boolean tesseractKnows(String lang) {
        try {
            Process p = new ProcessBuilder("tesseract", "--list-langs").redirectErrorStream(true).start();
            String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            p.waitFor(20, TimeUnit.SECONDS);
            return out.lines().anyMatch(lang::equals);
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }
}
