package nl.openbaar.cli;

import static nl.openbaar.cli.CliRun.run;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The single-step chain a case handler can run by hand: register, collect, detect with boxes, redact the
 * rendition with those boxes; poppler's pdftotext then finds none of the detected data and still finds the
 * public office holder and the ministry's domain.
 */
class DetectCaseCommandTest {

    @TempDir
    static Path data;

    @BeforeAll
    static void dataFolder() {
        System.setProperty("openbaar.data-dir", data.toString());
    }

    @AfterAll
    static void closeContext() {
        Cli.close();
        System.clearProperty("openbaar.data-dir");
    }

    @Test
    void detectWritesBoxesThatRedactRemovesForReal() throws Exception {
        Path mail = Paths.get(DetectCaseCommandTest.class.getResource(
                "/samples/clearview-bzk/documenten/2020-02-28-re-gezichtsherkenning.eml").toURI());
        CliRun add = run("request", "add", "--name", "Rik Dijkhuizen", "--received", "2023-03-01", "--letter-date", "2023-02-27",
                "--subject", "Clearview AI", "--item", "Documenten over Clearview AI");
        assertThat(add.exit()).as(add.err()).isZero();
        String kenmerk = run("request", "list").out().lines().filter(l -> l.startsWith("WOO-")).findFirst().orElseThrow()
                .split("\\s+")[0];
        CliRun collect = run("collect", "--case", kenmerk, "--source", mail.toString());
        assertThat(collect.exit()).as(collect.err()).isZero();

        Path boxes = data.resolve("vlakken");
        CliRun detect = run("detect", "--case", kenmerk, "--boxes", boxes.toString());
        assertThat(detect.exit()).as(detect.err()).isZero();
        assertThat(detect.out()).contains("5.1.2e", "Daan Smit", "Senior adviseur").doesNotContainPattern("5\\.1\\.2e.*Knops");
        Matcher m = Pattern.compile("(\\S+\\.json): (\\d+) vlakken voor (\\S+)").matcher(detect.out());
        assertThat(m.find()).as(detect.out()).isTrue();
        assertThat(Integer.parseInt(m.group(2))).isGreaterThan(10);
        assertThat(Path.of(m.group(1)).getFileName().toString()).doesNotContain("gezichtsherkenning"); // named by number

        Path out = data.resolve("0001.pdf");
        CliRun redact = run("redact", m.group(3), "--boxes", m.group(1), "--out", out.toString());
        assertThat(redact.exit()).as(redact.out() + redact.err()).isZero();
        Process p = new ProcessBuilder("pdftotext", out.toString(), "-").redirectErrorStream(true).start();
        String text = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(p.waitFor()).as("pdftotext (Debian package poppler-utils) must be installed").isZero();
        assertThat(text).doesNotContain("Verbeek", "Lotte", "Daan", "Smit", "Ingrid", "Heuvel", "lotte.verbeek",
                "daan.smit", "87 65 43 21", "426 7788", "Senior adviseur");
        assertThat(text).contains("Knops", "Clearview", "@minbzk.nl", "5.1.2e", "Directie Digitale Overheid");
        assertThat(Files.size(out)).isPositive();
    }
}
