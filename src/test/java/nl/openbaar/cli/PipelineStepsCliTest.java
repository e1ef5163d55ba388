package nl.openbaar.cli;

import static nl.openbaar.cli.CliRun.run;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * Every step of the pipeline by hand from the command line, with real people's roles: accounts (the first ones
 * made on the command line), the case team, collect, propose, review (a rejected phone number stays readable in
 * the published files, the accepted rest is gone), the package, and publication with four eyes.
 */
@SuppressWarnings("unchecked")
class PipelineStepsCliTest {

    @TempDir
    static Path data;

    static final JsonMapper JSON = JsonMapper.builder().build();

    @BeforeAll
    static void dataFolder() {
        System.setProperty("openbaar.data-dir", data.toString());
    }

    @AfterAll
    static void closeContext() {
        Cli.close();
        System.clearProperty("openbaar.data-dir");
    }

    static CliRun ok(String... args) {
        CliRun r = run(args);
        assertThat(r.exit()).as(String.join(" ", args) + "\n" + r.out() + r.err()).isZero();
        return r;
    }

    static List<Map<String, Object>> rows(String json) {
        return JSON.readValue(json, new TypeReference<List<Map<String, Object>>>() { });
    }

    @Test
    void fromAccountsToThePortalStepByStep() throws Exception {
        CliRun first = ok("account", "add", "behandelaar", "--name", "Bram Hoekstra", "--role", "behandelaar");
        assertThat(first.out()).containsPattern("Wachtwoord .*: [A-Za-z0-9]{20}");
        ok("account", "add", "publicatie", "--role", "publicatie");
        assertThat(run("account", "add", "x", "--role", "koning").exit()).isEqualTo(2);
        assertThat(rows(ok("account", "list", "--json").out())).extracting(m -> m.get("username"))
                .contains("behandelaar", "publicatie");

        ok("request", "add", "--name", "Rik Dijkhuizen", "--received", "2023-03-01", "--letter-date", "2023-02-27",
                "--subject", "Clearview AI", "--item", "Documenten over Clearview AI");
        String k = run("request", "list").out().lines().filter(l -> l.startsWith("WOO-")).findFirst().orElseThrow().split("\\s+")[0];
        Path mail = Paths.get(PipelineStepsCliTest.class.getResource(
                "/samples/clearview-bzk/documenten/2020-02-28-re-gezichtsherkenning.eml").toURI());
        ok("collect", "--case", k, "--source", mail.toString());

        ok("review", "propose", "--case", k);
        List<Map<String, Object>> proposals = rows(ok("review", "list", "--case", k, "--json").out());
        assertThat(proposals).isNotEmpty();
        Map<String, Object> phone = proposals.stream().filter(p -> "telefoonnummer".equals(p.get("category"))).findFirst().orElseThrow();
        String id = String.valueOf(phone.get("id"));

        // deciding needs an account on the case team
        assertThat(run("review", "reject", id, "--case", k, "--user", "behandelaar").exit()).isEqualTo(2);
        ok("account", "team", "--case", k, "behandelaar");
        assertThat(run("account", "team", "--case", k, "publicatie").exit()).as("a publisher is no case worker").isEqualTo(2);
        ok("review", "reject", id, "--case", k, "--user", "behandelaar", "--all-occurrences");
        assertThat(rows(ok("review", "list", "--case", k, "--status", "afgewezen", "--json").out()))
                .extracting(p -> String.valueOf(p.get("id"))).contains(id);
        ok("review", "accept-all", "--case", k, "--document", "1", "--user", "behandelaar");

        Path out = data.resolve("pakket");
        ok("process", "--case", k, "--out", out.toString());
        String published = pdfText(out);
        String rejected = String.valueOf(phone.get("text")).replaceAll("\\D", "");
        assertThat(rejected).hasSizeGreaterThanOrEqualTo(8);
        assertThat(published.replaceAll("\\D", "")).as("the rejected phone number stays readable").contains(rejected);
        assertThat(published).doesNotContain("Lotte", "Verbeek", "lotte.verbeek").contains("Clearview", "5.1.2e");

        CliRun prepared = ok("publication", "prepare", "--case", k, "--package", out.toString(), "--user", "behandelaar", "--json");
        String pub = String.valueOf(JSON.readValue(prepared.out(), Map.class).get("id"));
        CliRun fourEyes = run("publication", "approve", pub, "--user", "behandelaar");
        assertThat(fourEyes.exit()).as("the case handler is no publisher and may not approve").isEqualTo(2);
        assertThat(run("publication", "publish", pub, "--user", "publicatie").exit()).as("not approved yet").isEqualTo(2);
        ok("publication", "approve", pub, "--user", "publicatie");
        assertThat(run("publication", "publish", pub, "--user", "publicatie").exit()).as("not decided and sent yet").isEqualTo(2);
        ok("request", "event", k, "--type", "decided", "--date", "2023-04-01");
        ok("request", "event", k, "--type", "sent", "--date", "2023-04-02");
        ok("publication", "publish", pub, "--user", "publicatie");
        assertThat(rows(ok("publication", "list", "--case", k, "--json").out())).singleElement()
                .satisfies(p -> assertThat(p.get("status")).isEqualTo("published"));
    }

    @Test
    void theCaseHandlerDecidesOnDuplicatesAndTheDecisionSurvivesANewRun() throws Exception {
        ok("request", "add", "--name", "Iris de Lange", "--received", "2023-04-03", "--subject", "dubbele documenten",
                "--item", "Documenten over gezichtsherkenning");
        String k = run("request", "list").out().lines().filter(l -> l.startsWith("WOO-") && l.contains("dubbele documenten"))
                .findFirst().orElseThrow().split("\\s+")[0];
        Path docs = Paths.get(PipelineStepsCliTest.class.getResource("/samples/clearview-bzk/documenten").toURI());
        ok("collect", "--case", k, "--source", docs.resolve("2020-02-28-gezichtsherkenning.eml").toString(),
                "--source", docs.resolve("kopie-2020-02-28-gezichtsherkenning.eml").toString());
        Map<String, Object> groups = JSON.readValue(ok("duplicates", "--case", k, "--json").out(), Map.class);
        List<Map<String, Object>> list = (List<Map<String, Object>>) groups.get("groups");
        assertThat(list).as("the byte copy is an exact duplicate").hasSize(1);
        long kept = ((Number) ((Map<?, ?>) list.get(0).get("kept")).get("id")).longValue();
        long copy = ((Number) ((List<Map<?, ?>>) list.get(0).get("duplicates")).get(0).get("id")).longValue();

        assertThat(groupsOf(ok("duplicates", "--case", k, "--not", String.valueOf(copy), "--json"))).as("decided: no duplicate").isEmpty();
        assertThat(groupsOf(ok("duplicates", "--case", k, "--json"))).as("the decision survives a new run").isEmpty();
        assertThat(groupsOf(ok("duplicates", "--case", k, "--undecide", String.valueOf(copy), "--json"))).hasSize(1);
        assertThat(run("duplicates", "--case", k, "--mark", String.valueOf(kept), "--of", String.valueOf(kept)).exit()).isEqualTo(2);
        assertThat(run("duplicates", "--case", k, "--mark", String.valueOf(kept)).exit()).as("--mark needs --of").isEqualTo(2);
    }

    @SuppressWarnings("unchecked")
    private static List<Object> groupsOf(CliRun r) {
        return (List<Object>) JSON.readValue(r.out(), Map.class).get("groups");
    }

    private static String pdfText(Path dir) throws Exception {
        StringBuilder all = new StringBuilder();
        try (Stream<Path> files = Files.walk(dir)) {
            for (Path f : files.filter(p -> p.toString().endsWith(".pdf")).toList()) {
                Process p = new ProcessBuilder("pdftotext", f.toString(), "-").redirectErrorStream(true).start();
                all.append(new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8));
                assertThat(p.waitFor()).as("pdftotext (Debian package poppler-utils) must be installed").isZero();
            }
        }
        return all.toString();
    }
}
