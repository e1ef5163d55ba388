package nl.openbaar.cli;

import static nl.openbaar.cli.CliRun.run;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import nl.openbaar.testing.ExternalTools;
import nl.openbaar.testing.TestPdf;
import org.apache.pdfbox.pdmodel.PDPage;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.json.JsonMapper;

/** redact, verify and process as scripts use them: exit codes, JSON, and nothing written on a failed check. */
class RedactionCommandsTest {

    @TempDir
    static Path data;
    @TempDir
    Path dir;

    private static final JsonMapper JSON = JsonMapper.builder().build();

    @BeforeAll
    static void dataFolder() {
        System.setProperty("openbaar.data-dir", data.toString());
    }

    @AfterAll
    static void closeContext() {
        Cli.close();
        System.clearProperty("openbaar.data-dir");
    }

    private Path letter(String name, String extra) throws Exception {
        Path pdf = dir.resolve(name);
        try (TestPdf t = new TestPdf()) {
            PDPage p = t.page();
            t.font(p, "F1", TestPdf.HELVETICA).content(p, """
                    BT /F1 12 Tf 72 700 Td (Behandeld door Lotte Verbeek van inkoop) Tj ET
                    BT /F1 12 Tf 72 680 Td (Met vriendelijke groet,) Tj ET
                    BT /F1 12 Tf 72 665 Td (Lotte Verbeek) Tj ET
                    """ + extra);
            t.save(pdf);
        }
        return pdf;
    }

    private Path boxes(Path pdf) throws Exception {
        StringBuilder json = new StringBuilder("[");
        for (var w : ExternalTools.words(pdf, 1)) {
            if (w.text().equals("Lotte") || w.text().equals("Verbeek")) {
                json.append(json.length() > 1 ? "," : "").append(String.format(Locale.ROOT,
                        "{\"page\":1,\"x\":%.2f,\"y\":%.2f,\"width\":%.2f,\"height\":%.2f,\"ground\":\"5.1.2e\",\"category\":\"naam\"}",
                        w.box().x(), w.box().y(), w.box().width(), w.box().height()));
            }
        }
        Path file = dir.resolve("boxes.json");
        Files.writeString(file, json.append("]"));
        return file;
    }

    @Test
    void redactRemovesVerifiesAndReportsInJson() throws Exception {
        Path in = letter("in.pdf", "");
        Path out = dir.resolve("out.pdf");

        CliRun r = run("redact", in.toString(), "--boxes", boxes(in).toString(), "--out", out.toString(), "--json");

        assertThat(r.exit()).as(r.err()).isZero();
        assertThat(r.json().path("glyphsRemoved").asInt()).isEqualTo(2 * "Lotte Verbeek".length());
        assertThat(r.json().path("verification").path("leaks").size()).isZero();
        assertThat(ExternalTools.pdftotext(out)).doesNotContain("Lotte").contains("van inkoop").contains("5.1.2e");
    }

    @Test
    void badBoxesOrWritingOverTheOriginalIsBadInput() throws Exception {
        Path in = letter("in.pdf", "");
        Path bad = dir.resolve("bad.json");
        Files.writeString(bad, "[{\"page\":1,\"x\":1}]");

        CliRun missing = run("redact", in.toString(), "--boxes", bad.toString(), "--out", dir.resolve("o.pdf").toString());
        assertThat(missing.exit()).isEqualTo(2);
        assertThat(missing.err()).contains("boxes").contains("vlak 1");
        assertThat(dir.resolve("o.pdf")).doesNotExist();

        CliRun same = run("redact", in.toString(), "--boxes", boxes(in).toString(), "--out", in.toString());
        assertThat(same.exit()).isEqualTo(2);
    }

    @Test
    void verifyFailsAnOverlayAndPassesARedaction() throws Exception {
        Path overlay = letter("overlay.pdf", "0 g 70 695 200 18 re f");
        CliRun failed = run("verify", overlay.toString(), "--secret", "Lotte Verbeek");
        assertThat(failed.exit()).isEqualTo(1);
        assertThat(failed.out()).contains("AFGEKEURD").contains("pagina 1: opgegeven gevonden door pdftotext").doesNotContain("Verbeek");

        Path in = letter("in.pdf", "");
        Path out = dir.resolve("out.pdf");
        assertThat(run("redact", in.toString(), "--boxes", boxes(in).toString(), "--out", out.toString(), "--no-verify").exit()).isZero();
        CliRun passed = run("verify", out.toString(), "--secret", "Lotte Verbeek", "--json");
        assertThat(passed.exit()).isZero();
        assertThat(passed.json().path("checks").toString()).contains("pdftotext").contains("qpdf");
    }

    @Test
    void processWritesAPackageAndRefusesBadInput() throws Exception {
        Path docs = Files.createDirectories(dir.resolve("stukken"));
        letter("stukken/brief.pdf", "");
        Path out = dir.resolve("pakket");

        CliRun r = run("process", "--documents", docs.toString(), "--out", out.toString(), "--regime", "woo", "--received", "2023-02-01",
                "--subject", "inkoop", "--json");

        assertThat(r.exit()).as(r.out() + r.err()).isZero();
        assertThat(r.json().path("written").asBoolean()).isTrue();
        assertThat(r.json().path("boxes").asInt()).isPositive();
        assertThat(out.resolve("documenten/0001.pdf")).isRegularFile();
        assertThat(ExternalTools.pdftotext(out.resolve("documentenbundel.pdf"))).doesNotContain("Verbeek").contains("van inkoop");

        CliRun again = run("process", "--documents", docs.toString(), "--out", out.toString());
        assertThat(again.exit()).isEqualTo(2);
        assertThat(again.err()).contains("niet leeg");
        CliRun noFolder = run("process", "--documents", dir.resolve("nergens").toString(), "--out", dir.resolve("p2").toString());
        assertThat(noFolder.exit()).isEqualTo(2);
        CliRun background = run("process", "--background");
        assertThat(background.exit()).isEqualTo(2);
        assertThat(background.err()).contains("--case");
    }
}
