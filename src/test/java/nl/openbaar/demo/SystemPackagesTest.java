package nl.openbaar.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SystemPackagesTest {

    @TempDir
    Path bin;

    @Test
    void aMachineWithoutTheProgramsLacksTheirPackages() {
        assertThat(SystemPackages.missing(bin.toString()))
                .contains("tesseract-ocr", "tesseract-ocr-nld", "poppler-utils", "qpdf", "util-linux")
                .doesNotContain("mupdf-tools", "chromium", "chromium-driver"); // those are for the tests only
    }

    @Test
    void aProgramOnThePathCountsButAnEmptyFileOverItDoesNot() throws IOException {
        program("pdftotext", "#!/bin/sh\n");
        program("qpdf", "");
        assertThat(SystemPackages.missing(bin.toString())).doesNotContain("poppler-utils").contains("qpdf");
    }

    private void program(String name, String content) throws IOException {
        Path p = Files.writeString(bin.resolve(name), content);
        Files.setPosixFilePermissions(p, PosixFilePermissions.fromString("rwxr-xr-x"));
    }
}
