package nl.openbaar.cli;

import static nl.openbaar.cli.CliRun.run;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.List;
import java.util.Map;
import nl.openbaar.audit.Auditing;
import nl.openbaar.audit.model.AuditAction;
import nl.openbaar.audit.model.AuditEntry;
import nl.openbaar.audit.model.AuditQuery;
import nl.openbaar.demo.DemoPackage;
import nl.openbaar.demo.DemoPackage.Doc;
import nl.openbaar.demo.DemoPackage.Line;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * The access matrix on the command line: the same use cases and the same rule as the web forms and the API. With
 * {@code --user} a case handler outside the team, a publisher and an administrator are refused (exit 2, "Niet
 * toegestaan") and leave no audit entry; the team member's act is audited in the same words as on the web; four eyes
 * by the audit log (an account that left the team still may not approve).
 */
class AccessMatrixCliTest {

    @TempDir
    static Path data;

    static final JsonMapper JSON = JsonMapper.builder().build();
    static final List<String> REFUSED = List.of("buiten", "pub", "beheer");

    @BeforeAll
    static void dataFolder() {
        System.setProperty("openbaar.data-dir", data.toString());
        ok("account", "add", "lid", "--role", "behandelaar");
        ok("account", "add", "buiten", "--role", "behandelaar");
        ok("account", "add", "pub", "--role", "publicatie");
        ok("account", "add", "beheer", "--role", "beheerder");
        ok("account", "add", "beide", "--role", "behandelaar", "--role", "publicatie");
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

    static void refused(String... args) {
        CliRun r = run(args);
        assertThat(r.exit()).as(String.join(" ", args) + "\n" + r.out() + r.err()).isEqualTo(2);
        assertThat(r.err()).contains("Niet toegestaan");
    }

    static String register(String subject) {
        CliRun r = ok("request", "add", "--name", "Rik Dijkhuizen", "--received", "2023-03-01", "--subject", subject,
                "--item", "Documenten", "--user", "lid", "--json");
        return JSON.readTree(r.out()).path("kenmerk").asString();
    }

    static List<AuditEntry> entries(String actor, String kenmerk) {
        return Cli.bean(Auditing.class).find(new AuditQuery(actor, kenmerk, null, null, null, 1000));
    }

    @Test
    void eventsAndAmendmentsOnlyByTheTeamAndAudited() {
        String k = register("toegang op de opdrachtregel");
        assertThat(entries("lid", k)).extracting(AuditEntry::action)
                .contains(AuditAction.REQUEST_REGISTERED.code(), AuditAction.CASE_TEAM_ADDED.code());
        for (String who : REFUSED) {
            refused("request", "event", k, "--type", "contact", "--date", "2023-03-02", "--user", who);
            refused("request", "amend", k, "--subject", "iets anders", "--user", who);
            assertThat(entries(who, k)).as(who).isEmpty();
        }
        ok("request", "event", k, "--type", "contact", "--date", "2023-03-02", "--user", "lid");
        ok("request", "amend", k, "--subject", "toegang gewijzigd", "--user", "lid");
        assertThat(entries("lid", k)).extracting(AuditEntry::action)
                .contains(AuditAction.REQUEST_EVENT_RECORDED.code(), AuditAction.REQUEST_AMENDED.code());
        assertThat(run("request", "event", k, "--type", "contact", "--date", "2023-03-03", "--user", "niemand").exit())
                .as("an unknown account").isEqualTo(2);
    }

    @Test
    void reviewingOnlyByTheTeamAndTheUnattendedAcceptancesAudited() throws Exception {
        String k = register("toegang bij beoordelen");
        Path mail = Paths.get(AccessMatrixCliTest.class.getResource(
                "/samples/clearview-bzk/documenten/2020-02-28-re-gezichtsherkenning.eml").toURI());
        ok("collect", "--case", k, "--source", mail.toString());
        ok("review", "propose", "--case", k);
        List<Map<String, Object>> proposals = JSON.readValue(ok("review", "list", "--case", k, "--json").out(),
                new TypeReference<List<Map<String, Object>>>() { });
        long automatic = proposals.stream().filter(p -> "automatisch".equals(p.get("decidedBy"))).count();
        assertThat(automatic).isPositive();
        assertThat(entries("automatisch", k)).hasSize((int) automatic)
                .allMatch(e -> e.action().equals(AuditAction.REDACTION_ACCEPTED.code()));
        String id = String.valueOf(proposals.get(0).get("id"));
        for (String who : REFUSED) {
            refused("review", "reject", id, "--case", k, "--user", who);
        }
        ok("review", "reject", id, "--case", k, "--user", "lid");
        assertThat(entries("lid", k)).extracting(AuditEntry::action).contains(AuditAction.REDACTION_REJECTED.code());
    }

    @Test
    void leavingTheTeamDoesNotMakeOneTheSecondPairOfEyes() {
        String k = register("toegang en vier ogen");
        ok("account", "team", "--case", k, "beide", "--by", "lid");
        ok("account", "team", "--case", k, "beide", "--remove", "--by", "lid");
        Path pkg = DemoPackage.write(data.resolve("pakket"), List.of(Line.text("Besluit op uw verzoek"), Line.text("Geachte heer/mevrouw,")),
                List.of(new Doc("0001", "Verslag", "openbaar", "", "2023-02-01", List.of(List.of(Line.text("Een verslag zonder namen."))))),
                "test");
        CliRun prepared = ok("publication", "prepare", "--case", k, "--package", pkg.toString(), "--user", "lid", "--json");
        String pub = JSON.readTree(prepared.out()).path("id").asString();
        refused("publication", "approve", pub, "--user", "beide");
        refused("publication", "approve", pub, "--user", "lid");
        ok("publication", "approve", pub, "--user", "pub");
        assertThat(entries("pub", k)).extracting(AuditEntry::action).containsExactly(AuditAction.PUBLICATION_APPROVED.code());
    }
}
