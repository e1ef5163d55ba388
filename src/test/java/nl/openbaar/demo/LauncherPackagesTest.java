package nl.openbaar.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The README's commands on a machine without the system tools: the launcher names the missing packages and stops
 * with exit 2 before it builds or starts anything. The machine's tools are hidden by a search path holding only the
 * shell utilities the launcher itself uses (and no apt-get, so it cannot install).
 */
class LauncherPackagesTest {

    @TempDir
    Path bin;

    @Test
    void aCommandOnAMachineWithoutTheToolsNamesThePackagesAndExitsWithTwo() throws Exception {
        Process p = launcher("serve");
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(p.exitValue()).as(out).isEqualTo(2);
        assertThat(out).contains("Openbaar mist systeempakketten:").contains("poppler-utils", "tesseract-ocr", "qpdf")
                .contains("sudo apt-get install --no-install-recommends")
                .doesNotContain("chromium"); // browser tests need it; the server does not
    }

    @Test
    void theTestCommandAlsoNeedsTheTestTools() throws Exception {
        Process p = launcher("test");
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(p.exitValue()).as(out).isEqualTo(2);
        assertThat(out).contains("chromium-driver", "mupdf-tools", "poppler-utils");
    }

    private Process launcher(String command) throws IOException {
        for (String tool : new String[] {"dirname", "readlink", "awk", "cut", "tr", "id", "cat", "grep"}) {
            // A small script, not a link: JUnit warns about every link out of its temporary folder.
            Path script = Files.writeString(bin.resolve(tool), "#!/bin/sh\nexec /usr/bin/" + tool + " \"$@\"\n");
            Files.setPosixFilePermissions(script, PosixFilePermissions.fromString("rwxr-xr-x"));
        }
        ProcessBuilder pb = new ProcessBuilder("/bin/bash", "openbaar", command)
                .directory(Path.of("").toAbsolutePath().toFile()).redirectErrorStream(true);
        pb.environment().put("PATH", bin.toString());
        pb.environment().put("JAVA_HOME", System.getProperty("java.home"));
        pb.environment().put("OPENBAAR_INSTALL", "no");
        return pb.start();
    }
}
