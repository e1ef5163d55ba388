package nl.openbaar.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import nl.openbaar.testing.ExternalTools;
import nl.openbaar.testing.TestPdf;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSInteger;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.encryption.AccessPermission;
import org.apache.pdfbox.pdmodel.encryption.StandardProtectionPolicy;
import org.apache.pdfbox.pdmodel.font.PDFontFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Scripts can trust {@code --json}: every command that has it prints exactly one JSON document on standard output,
 * also on PDFs that make PDFBox talk (a substituted font, glyphs without a Unicode mapping) and when the command
 * fails (bad input gives exit 2 and an error document). Run as real processes: what a library prints, or where a
 * logger writes, only shows in a process's own standard output. {@code bench documents} is left out: it waits half a
 * minute for background workers, and writes its JSON through the same {@link Cli#printJson} as the others.
 */
class JsonOutputTest {

    private static final JsonMapper JSON = JsonMapper.builder().enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS).build();
    private static final String K = "WOO-2026-0917";

    @TempDir
    Path dir;

    /** A letter in Helvetica that is not embedded (PDFBox substitutes a font and says so) plus glyphs without Unicode. */
    static Path noisyPdf(Path file) throws Exception {
        try (TestPdf t = new TestPdf()) {
            PDPage p = t.page();
            COSDictionary odd = new COSDictionary();
            odd.setItem(COSName.TYPE, COSName.FONT);
            odd.setItem(COSName.SUBTYPE, COSName.TYPE1);
            odd.setItem(COSName.BASE_FONT, COSName.getPDFName("Frutiger-Roman"));
            COSDictionary encoding = new COSDictionary();
            COSArray differences = new COSArray();
            differences.add(COSInteger.get(65));
            differences.add(COSName.getPDFName("g17"));
            differences.add(COSName.getPDFName("g18"));
            encoding.setItem(COSName.DIFFERENCES, differences);
            odd.setItem(COSName.ENCODING, encoding);
            t.font(p, "F1", TestPdf.HELVETICA);
            p.getResources().put(COSName.getPDFName("F2"), PDFontFactory.createFont(odd));
            t.content(p, """
                    BT /F1 12 Tf 72 700 Td (Behandeld door Lotte Verbeek van inkoop) Tj ET
                    BT /F1 12 Tf 72 680 Td (Bel 06-12345678 voor vragen.) Tj ET
                    BT /F2 12 Tf 72 660 Td (ABAB) Tj ET
                    """);
            t.save(file);
        }
        return file;
    }

    static Path encryptedPdf(Path file) throws Exception {
        try (TestPdf t = new TestPdf()) {
            PDPage p = t.page();
            t.font(p, "F1", TestPdf.HELVETICA).content(p, "BT /F1 12 Tf 72 700 Td (Vertrouwelijk: Lotte Verbeek) Tj ET\n");
            StandardProtectionPolicy policy = new StandardProtectionPolicy("eigenaar", "geheim", new AccessPermission());
            policy.setEncryptionKeyLength(128);
            t.doc.protect(policy);
            t.save(file);
        }
        return file;
    }

    private record Run(List<String> command, int expectedExit) {
    }

    private static Run run(int exit, String... command) {
        return new Run(List.of(command), exit);
    }

    @Test
    void everyCommandPrintsExactlyOneJsonDocumentAlsoOnNoisyAndBadInput() throws Exception {
        Path docs = Files.createDirectories(dir.resolve("docs"));
        Path noisy = noisyPdf(docs.resolve("brief.pdf"));
        Files.writeString(docs.resolve("kapot.pdf"), "%PDF-1.7\ndit is geen pdf\n");
        Path encrypted = encryptedPdf(dir.resolve("beveiligd.pdf"));
        Path notPdf = Files.writeString(dir.resolve("tekst.pdf"), "gewoon tekst");
        Path notes = Files.writeString(dir.resolve("notitie.txt"), "Gesprek met Lotte Verbeek, tel. 06-12345678.\n");
        ExternalTools.Word lotte = ExternalTools.word(noisy, 1, "Lotte");
        ExternalTools.Word verbeek = ExternalTools.word(noisy, 1, "Verbeek");
        Path boxes = Files.writeString(dir.resolve("vlakken.json"), String.format(Locale.ROOT,
                "[{\"page\":1,\"x\":%.2f,\"y\":%.2f,\"width\":%.2f,\"height\":%.2f,\"ground\":\"5.1.2e\",\"category\":\"naam\"}]",
                lotte.box().x(), lotte.box().y(), verbeek.box().right() - lotte.box().x(), lotte.box().height()));
        Path conll = Files.writeString(dir.resolve("mini.conll"), "Gesprek O\nmet O\nLotte B-PER\nVerbeek I-PER\n. O\n\n"
                + "Rik B-PER\nDijkhuizen I-PER\nbelde O\n. O\n");
        Path corpus = Files.createDirectories(dir.resolve("corpus"));
        Files.copy(noisy, corpus.resolve("brief.pdf"));
        Files.copy(encrypted, corpus.resolve("beveiligd.pdf"));
        Files.copy(notPdf, corpus.resolve("tekst.pdf"));
        String d = dir.toString();

        List<Run> runs = List.of(
                run(0, "deadline", "--regime", "woo", "--received", "2026-11-02", "--json"),
                run(0, "holidays", "list", "2026", "--json"),
                run(0, "account", "add", "tester", "--role", "behandelaar", "--json"),
                run(0, "account", "list", "--json"),
                run(0, "request", "add", "--kenmerk", K, "--name", "Rik Dijkhuizen", "--received", "2026-11-02",
                        "--subject", "Clearview AI", "--item", "Documenten over Clearview AI", "--json"),
                run(0, "request", "list", "--json"),
                run(0, "request", "show", K, "--json"),
                run(0, "request", "event", K, "--type", "acknowledged", "--date", "2026-11-03", "--json"),
                run(0, "request", "amend", K, "--subject", "het gebruik van Clearview AI", "--json"),
                run(0, "collect", "--case", K, "--source", docs.toString(), "--json"),
                run(0, "search", "--case", K, "--terms", "Verbeek", "--json"),
                run(0, "duplicates", "--case", K, "--json"),
                run(0, "detect", "--case", K, "--json"),
                run(0, "detect", notes.toString(), "--json"),
                run(0, "review", "propose", "--case", K, "--json"),
                run(0, "review", "list", "--case", K, "--json"),
                run(2, "review", "accept", "1", "--case", K, "--user", "tester", "--json"),
                run(0, "inventory", "--case", K, "--format", "csv", "--out", d + "/inventaris.csv", "--concept", "--json"),
                run(1, "inventory", "check", "--case", K, "--json"),
                run(0, "letter", "--case", K, "--type", "acknowledgement", "--out", d + "/ontvangst.pdf", "--json"),
                run(1, "process", "--documents", docs.toString(), "--out", d + "/pakket", "--received", "2026-11-02",
                        "--subject", "Clearview AI", "--json"),
                run(0, "publication", "list", "--json"),
                run(2, "publication", "approve", "999", "--user", "tester", "--json"),
                run(0, "redact", noisy.toString(), "--boxes", boxes.toString(), "--out", d + "/weggelakt.pdf",
                        "--secret", "Verbeek", "--json"),
                run(2, "redact", encrypted.toString(), "--boxes", boxes.toString(), "--out", d + "/x.pdf", "--json"),
                run(2, "redact", encrypted.toString(), "--password", "fout", "--boxes", boxes.toString(), "--out", d + "/x.pdf", "--json"),
                run(0, "redact", encrypted.toString(), "--password", "geheim", "--boxes", boxes.toString(), "--out", d + "/y.pdf",
                        "--secret", "Verbeek", "--json"),
                run(2, "redact", notPdf.toString(), "--boxes", boxes.toString(), "--out", d + "/x.pdf", "--json"),
                // only the name was redacted: the gate's own detection still finds the phone number beside it
                run(1, "verify", d + "/weggelakt.pdf", "--secret", "Verbeek", "--json"),
                run(0, "verify", d + "/weggelakt.pdf", "--secret", "Verbeek", "--no-detection", "--json"),
                run(1, "verify", noisy.toString(), "--secret", "Verbeek", "--json"),
                run(2, "verify", encrypted.toString(), "--json"),
                run(2, "verify", notPdf.toString(), "--json"),
                run(0, "eval", "detection", "--json"),
                run(0, "eval", "ner", "--conll", conll.toString(), "--json"),
                run(0, "train", "ner", "--conll", conll.toString(), "--generated", "20", "--epochs", "1", "--out", d + "/m.bin.gz", "--json"),
                run(0, "bench", "detection", "--pages", "20", "--json"),
                run(0, "bench", "letters", "--documents", "1", "--json"),
                run(2, "request", "show", "WOO-1999-0001", "--json"),
                run(2, "redact", "--json"),
                run(2, "deadline", "--regime", "woo", "--received", "gisteren", "--json"));

        Path list = dir.resolve("commands.json");
        Files.writeString(list, JSON.writeValueAsString(runs.stream().map(Run::command).toList()));
        Path data = dir.resolve("data");
        Path err = dir.resolve("stderr.txt");
        ProcessBuilder pb = new ProcessBuilder(java(), "-cp", System.getProperty("java.class.path"), CommandSequence.class.getName(),
                list.toString())
                .directory(new File(System.getProperty("user.dir")))
                .redirectError(err.toFile())
                .redirectOutput(dir.resolve("stdout.txt").toFile())
                .redirectInput(ProcessBuilder.Redirect.from(notPdf.toFile()));
        pb.environment().put("OPENBAAR_DATA_DIR", data.toString());
        pb.environment().remove("OPENBAAR_DEBUG");
        Process p = pb.start();
        assertThat(p.waitFor(10, TimeUnit.MINUTES)).isTrue();
        String out = Files.readString(dir.resolve("stdout.txt"), StandardCharsets.UTF_8);
        String[] chunks = out.split(CommandSequence.SEPARATOR + "(-?\\d+)\\n", -1);
        List<String> exits = new ArrayList<>();
        var m = java.util.regex.Pattern.compile(CommandSequence.SEPARATOR + "(-?\\d+)\\n").matcher(out);
        while (m.find()) {
            exits.add(m.group(1));
        }
        assertThat(exits).as(Files.readString(err)).hasSize(runs.size());
        for (int i = 0; i < runs.size(); i++) {
            Run r = runs.get(i);
            String what = String.join(" ", r.command());
            JsonNode doc;
            try {
                doc = JSON.readTree(chunks[i]);
            } catch (RuntimeException e) {
                throw new AssertionError(what + ": standard output is not one JSON document:\n" + chunks[i], e);
            }
            assertThat(doc).as(what + ": " + chunks[i]).isNotNull();
            assertThat(Integer.parseInt(exits.get(i))).as(what + "\n" + chunks[i]).isEqualTo(r.expectedExit());
            if (r.expectedExit() == 2) {
                assertThat(doc.path("error").path("exit").asInt()).as(what).isEqualTo(2);
                assertThat(doc.path("error").path("message").asString()).as(what).isNotBlank();
            }
        }
        // the inputs were noisy: the libraries did talk, and none of it reached standard output
        JsonNode tail = JSON.readTree(chunks[runs.size()]);
        assertThat(tail.path("suppressed").asLong()).isPositive();
    }

    /** The jar's own entry point with every library message let through: still one JSON document on standard output. */
    @Test
    void libraryLoggingGoesToStandardErrorEvenWhenShown() throws Exception {
        Path noisy = noisyPdf(dir.resolve("brief.pdf"));
        ExternalTools.Word w = ExternalTools.word(noisy, 1, "Verbeek");
        Path boxes = Files.writeString(dir.resolve("vlakken.json"), String.format(Locale.ROOT,
                "[{\"page\":1,\"x\":%.2f,\"y\":%.2f,\"width\":%.2f,\"height\":%.2f,\"ground\":\"5.1.2e\"}]",
                w.box().x(), w.box().y(), w.box().width(), w.box().height()));
        ProcessBuilder pb = new ProcessBuilder(java(), "-cp", System.getProperty("java.class.path"), "nl.openbaar.Main", "redact",
                noisy.toString(), "--boxes", boxes.toString(), "--out", dir.resolve("uit.pdf").toString(), "--json")
                .redirectError(dir.resolve("err.txt").toFile())
                .redirectOutput(dir.resolve("out.txt").toFile());
        pb.environment().put("OPENBAAR_DEBUG", "1");
        pb.environment().put("OPENBAAR_DATA_DIR", dir.resolve("data").toString());
        Process p = pb.start();
        assertThat(p.waitFor(3, TimeUnit.MINUTES)).isTrue();
        assertThat(p.exitValue()).isZero();
        String err = Files.readString(dir.resolve("err.txt"));
        assertThat(err).contains("Using fallback font").contains("No Unicode mapping");
        JsonNode doc = JSON.readTree(Files.readString(dir.resolve("out.txt")));
        assertThat(doc.path("verification").path("leaks").isArray()).isTrue();
    }

    private static String java() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }
}
