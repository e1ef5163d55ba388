package nl.openbaar.cli;

import static nl.openbaar.cli.CliRun.run;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;

/** {@code eval public} as a user runs it: both sets, apart, as text and JSON; a missing set is a clear error. */
class EvalPublicCommandTest {

    @Test
    void reportsTheDevelopmentAndHeldOutSetsApart() {
        CliRun r = run("eval", "public", "--json");
        assertThat(r.exit()).as(r.err()).isZero();
        JsonNode json = r.json();
        assertThat(json.path("dev").path("documents").asInt()).isEqualTo(8);
        assertThat(json.path("heldout").path("documents").asInt()).isEqualTo(8);
        assertThat(json.path("dev").path("publicTotal").asInt()).isGreaterThan(50);
        assertThat(json.path("heldout").path("namesakes").asInt()).isPositive();
        // today's figures on the development set: nothing public redacted, every namesake redacted
        assertThat(json.path("dev").path("publicRedacted").asInt()).isZero();
        assertThat(json.path("dev").path("namesakesReadable").asInt()).isZero();
        CliRun text = run("eval", "public");
        assertThat(text.out()).contains("ontwikkelset (afgestemd)", "achtergehouden set (nooit afgestemd)", "overlakken", "onderlakken");
    }

    @Test
    void aSetOfOwnDocumentsAndAMissingSet(@TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve("a.txt"), "Wij spraken met {{PUBLIC-ORG:Veiligheidsregio Twente}} en [[NAME:Jeroen Smits]].\n");
        CliRun r = run("eval", "public", "--dev", dir.toString(), "--heldout", dir.resolve("geen").toString(), "--json");
        assertThat(r.exit()).as(r.err()).isZero();
        assertThat(r.json().path("dev").path("publicTotal").asInt()).isEqualTo(1);
        assertThat(r.json().has("heldout")).isFalse();
        CliRun missing = run("eval", "public", "--dev", dir.resolve("x").toString(), "--heldout", dir.resolve("y").toString());
        assertThat(missing.exit()).isEqualTo(2);
        assertThat(missing.err()).contains("dev");
    }
}
