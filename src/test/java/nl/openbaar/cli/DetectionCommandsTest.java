package nl.openbaar.cli;

import static nl.openbaar.cli.CliRun.run;

import nl.openbaar.tools.cli.EvalDetectionCommand;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** {@code eval detection} and {@code bench detection} as a user runs them (no database needed). */
class DetectionCommandsTest {

    @Test
    void evalDetectionReportsRecallOnTheWooSetAndNerFigures(@TempDir Path dir) throws Exception {
        Path bio = dir.resolve("ner.bio");
        Files.writeString(bio, "Gisteren O\nsprak O\nminister O\nLotte B-PER\nVerbeek I-PER\nmet O\nSanne B-PER\n. O\n");
        CliRun r = run("eval", "detection", "--woo", EvalDetectionCommand.DEFAULT_WOO.toString(), "--ner", bio.toString(), "--json");
        assertThat(r.exit()).as(r.err()).isZero();
        JsonNode json = JsonMapper.builder().build().readTree(r.out());
        assertThat(json.path("woo").path("documents").asInt()).isEqualTo(20);
        assertThat(json.path("woo").path("recall").asDouble()).isGreaterThan(0.9);
        assertThat(json.path("ner").path("goldSpans").asInt()).isEqualTo(2);
        // the text report names the figures
        CliRun text = run("eval", "detection", "--woo", EvalDetectionCommand.DEFAULT_WOO.toString());
        assertThat(text.out()).contains("recall", "precisie", "NAME");
    }

    @Test
    void evalNerPrintsExactlyThePerObjectAsJson(@TempDir Path dir) throws Exception {
        // CoNLL-2002 layout (word POS tag), IOB1, two documents; the detector finds both people
        Path conll = dir.resolve("mini.conll");
        Files.writeString(conll, String.join("\n", "-DOCSTART- -DOCSTART- O", "", "Van: Prep O", "Lotte N I-PER",
                "Verbeek N I-PER", "", "Met Prep O", "vriendelijke Adj O", "groet N O", ", Punc O", "", "Daan N I-PER",
                "Smit N I-PER", "", "-DOCSTART- -DOCSTART- O", "Het Art O", "weer N O", "was V O", "mooi Adj O", ". Punc O", ""));
        CliRun r = run("eval", "ner", "--conll", conll.toString(), "--json");
        assertThat(r.exit()).as(r.err()).isZero();
        JsonNode json = JsonMapper.builder().build().readTree(r.out());
        assertThat(json.propertyNames()).containsExactly("PER");
        assertThat(json.path("PER").propertyNames()).containsExactly("precision", "recall", "f1");
        assertThat(json.path("PER").path("recall").asDouble()).isEqualTo(1.0);
        assertThat(json.path("PER").path("precision").asDouble()).isEqualTo(1.0);
        assertThat(json.path("PER").path("f1").isNumber()).isTrue();
        CliRun text = run("eval", "ner", "--conll", conll.toString());
        assertThat(text.out()).contains("PER exact", "2 PER-spans");
    }

    @Test
    void evalNerRejectsBadFilesWithExitCode2(@TempDir Path dir) throws Exception {
        Path bad = dir.resolve("bad.conll");
        Files.writeString(bad, "Jan B-PER\nSmit\n");
        CliRun r = run("eval", "ner", "--conll", bad.toString(), "--json");
        assertThat(r.exit()).isEqualTo(2);
        assertThat(r.err()).contains("regel 2");
        // with --json, standard output holds one error document instead of the figures
        assertThat(JsonMapper.builder().build().readTree(r.out()).path("error").path("field").asString()).isEqualTo("conll");
        assertThat(run("eval", "ner", "--conll", dir.resolve("missing.conll").toString()).exit()).isEqualTo(2);
    }

    @Test
    void trainNerWritesAModelThatEvalNerCanUse(@TempDir Path dir) throws Exception {
        Path conll = dir.resolve("train.conll");
        Files.writeString(conll, "Gisteren O\nsprak O\nLotte B-PER\nVerbeek I-PER\nmet O\nDaan B-PER\nSmit I-PER\n. O\n");
        Path model = dir.resolve("model").resolve("ner.bin.gz");
        CliRun r = run("train", "ner", "--conll", conll.toString(), "--generated", "150", "--epochs", "2", "--out", model.toString(), "--json");
        assertThat(r.exit()).as(r.err()).isZero();
        JsonNode json = JsonMapper.builder().build().readTree(r.out());
        assertThat(json.path("conllNames").asInt()).isEqualTo(2);
        assertThat(json.path("bytes").asLong()).isEqualTo(Files.size(model));
        CliRun eval = run("eval", "ner", "--conll", conll.toString(), "--model", model.toString(), "--json");
        assertThat(eval.exit()).as(eval.err()).isZero();
        assertThat(JsonMapper.builder().build().readTree(eval.out()).path("PER").path("recall").isNumber()).isTrue();
        // bad input: nothing to train on, a model that is none, both --model and --rules-only
        assertThat(run("train", "ner", "--generated", "0", "--out", dir.resolve("x.gz").toString()).exit()).isEqualTo(2);
        assertThat(run("eval", "ner", "--conll", conll.toString(), "--model", conll.toString()).exit()).isEqualTo(2);
        assertThat(run("eval", "ner", "--conll", conll.toString(), "--model", model.toString(), "--rules-only").exit()).isEqualTo(2);
    }

    @Test
    void detectOnTextFilesWithPagesAtFormFeeds(@TempDir Path dir) throws Exception {
        Path mail = dir.resolve("mail.txt");
        Files.writeString(mail, "Van: Verbeek, Lotte <lotte.verbeek@minbzk.nl>\nOnderwerp: test\n\nHoi Daan,\n"
                + "Staatssecretaris Knops belt morgen.\f\nMet vriendelijke groet,\n\nLotte Verbeek\nT 06-12345678\n");
        CliRun r = run("detect", "--regime", "wob", "--name", "Daan Smit", mail.toString(), "--json");
        assertThat(r.exit()).as(r.err()).isZero();
        JsonNode doc = JsonMapper.builder().build().readTree(r.out()).path("documents").get(0);
        assertThat(doc.path("pages").asInt()).isEqualTo(2);
        List<String> texts = new ArrayList<>();
        doc.path("findings").forEach(f -> texts.add(f.path("text").asString()));
        assertThat(texts).containsExactly("Verbeek, Lotte", "lotte.verbeek", "Daan", "Lotte Verbeek", "06-12345678");
        doc.path("findings").forEach(f -> assertThat(f.path("ground").asString()).isEqualTo("10.2.e"));
        assertThat(doc.path("findings").get(4).path("page").asInt()).isEqualTo(2);
        CliRun text = run("detect", mail.toString());
        // without --name the name model still finds "Daan" in the greeting; "Knops" is shown as kept visible
        assertThat(text.out()).contains("5.1.2e", "Lotte Verbeek", "Daan", "5 voorstellen in 1 documenten",
                "zichtbaar  Knops").doesNotContainPattern("5\\.1\\.2e.*Knops");
        assertThat(run("detect").exit()).isEqualTo(2);
        assertThat(run("detect", dir.resolve("nope.txt").toString()).exit()).isEqualTo(2);
    }

    @Test
    void badPathsAreInputErrors(@TempDir Path dir) {
        assertThat(run("eval", "detection", "--ner", dir.resolve("missing.bio").toString()).exit()).isEqualTo(2);
        assertThat(run("eval", "detection", "--woo", dir.toString()).exit()).isEqualTo(2); // no .txt files
        assertThat(run("bench", "detection", "--pages", "0").exit()).isEqualTo(2);
    }

    @Test
    void benchDetectionRunsOnGeneratedPages() throws Exception {
        CliRun r = run("bench", "detection", "--pages", "40", "--json");
        assertThat(r.exit()).as(r.err()).isZero();
        JsonNode json = JsonMapper.builder().build().readTree(r.out());
        assertThat(json.path("pages").asInt()).isEqualTo(40);
        assertThat(json.path("findings").asInt()).isGreaterThan(40);
    }
}
