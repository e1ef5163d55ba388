package nl.openbaar.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.patch;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.nio.file.Path;
import java.nio.file.Paths;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import nl.openbaar.account.Actor;
import nl.openbaar.account.CaseTeams;
import nl.openbaar.account.Role;
import nl.openbaar.audit.Auditing;
import nl.openbaar.audit.model.AuditAction;
import nl.openbaar.audit.model.AuditEntry;
import nl.openbaar.audit.model.AuditQuery;
import nl.openbaar.demo.DemoPackage;
import nl.openbaar.demo.DemoPackage.Doc;
import nl.openbaar.demo.DemoPackage.Line;
import nl.openbaar.document.CollectingDocuments;
import nl.openbaar.document.Documents;
import nl.openbaar.document.model.Document;
import nl.openbaar.pipeline.ProposingForReview;
import nl.openbaar.publication.BackOfficePublications;
import nl.openbaar.publication.model.Publicatie;
import nl.openbaar.redaction.FindingRedactions;
import nl.openbaar.redaction.model.Redaction;
import nl.openbaar.redaction.model.RedactionStatus;
import nl.openbaar.request.FindingRequests;
import nl.openbaar.request.RecordingEvent;
import nl.openbaar.request.RegisteringRequest;
import nl.openbaar.request.model.NewEvent;
import nl.openbaar.request.model.NewRequest;
import nl.openbaar.request.model.Verzoeker;
import nl.openbaar.testing.Zipped;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * The access matrix through the web forms and the JSON API: every write use case with every role — a case handler on
 * the team, a case handler outside it, a publisher, an administrator — answers the same in both adapters (the rule
 * is the use case's, not the adapter's), an allowed write leaves exactly one audit entry in the one vocabulary and a
 * refused one none; the unredacted working PDF, the redacted texts and the requester's contact data only for the case
 * team; four eyes by the audit log (leaving the team does not make one a second pair of eyes).
 */
class AccessMatrixTest extends WebTest {

    enum Who {
        MEMBER("am-lid", Role.CASE_HANDLER), OUTSIDER("am-buiten", Role.CASE_HANDLER), PUBLISHER("am-publicatie", Role.PUBLISHER),
        ADMIN("am-beheer", Role.ADMIN);

        final String user;
        final Role role;

        Who(String user, Role role) {
            this.user = user;
            this.role = role;
        }

        RequestPostProcessor session() {
            return user(user).roles(role.name());
        }

        RequestPostProcessor basic() {
            return httpBasic(user, PASSWORD);
        }
    }

    @Autowired
    RegisteringRequest registering;
    @Autowired
    RecordingEvent recording;
    @Autowired
    CaseTeams teams;
    @Autowired
    Auditing auditing;
    @Autowired
    CollectingDocuments collecting;
    @Autowired
    Documents documents;
    @Autowired
    ProposingForReview proposing;
    @Autowired
    FindingRedactions redactions;
    @Autowired
    FindingRequests requests;
    @Autowired
    BackOfficePublications publications;

    @TempDir
    Path tmp;

    private String caseWithTeam(String subject) {
        for (Who w : Who.values()) {
            account(w.user, w.role);
        }
        String k = registering.register(new NewRequest(null, "woo", new Verzoeker("Mirjam Oosterhout", "Dorpsstraat 4, 1234 AB Ergens",
                "m.oosterhout@example.org", "06-12345678"), LocalDate.now().minusDays(20), LocalDate.now().minusDays(19), "email",
                subject, List.of("alles"), null, null, null, null), "test").verzoek().kenmerk();
        teams.add(k, Who.MEMBER.user, "test");
        return k;
    }

    private List<AuditEntry> entries(String actor, String kenmerk) {
        return auditing.find(new AuditQuery(actor, kenmerk, null, null, null, 1000));
    }

    private int status(org.springframework.test.web.servlet.RequestBuilder request) throws Exception {
        return mvc.perform(request).andReturn().getResponse().getStatus();
    }

    @Test
    void recordingAnEventAndAmendingTheSameThroughTheApiAndTheForms() throws Exception {
        String k = caseWithTeam("toegangsmatrix gebeurtenissen");
        for (Who w : Who.values()) {
            if (w == Who.MEMBER) {
                continue;
            }
            assertThat(status(post("/api/verzoeken/" + k + "/gebeurtenissen").with(w.basic()).contentType(MediaType.APPLICATION_JSON)
                    .content("{\"type\":\"contact\",\"date\":\"" + LocalDate.now() + "\",\"note\":\"gebeld\"}")))
                    .as("API event by " + w).isEqualTo(403);
            assertThat(status(patch("/api/verzoeken/" + k).with(w.basic()).contentType(MediaType.APPLICATION_JSON)
                    .content("{\"subject\":\"iets anders\"}"))).as("API amend by " + w).isEqualTo(403);
            assertThat(status(post("/beheer/verzoeken/" + k + "/gebeurtenissen").with(w.session()).with(csrf())
                    .param("type", "contact").param("date", LocalDate.now().toString()).param("note", "gebeld")))
                    .as("form event by " + w).isEqualTo(403);
            assertThat(entries(w.user, k)).as("nothing audited for " + w).isEmpty();
        }
        assertThat(requests.get(k).verzoek().bestuurlijkeAangelegenheid()).isEqualTo("toegangsmatrix gebeurtenissen");
        assertThat(requests.get(k).events()).noneMatch(e -> "contact".equals(e.type().code()));

        assertThat(status(post("/api/verzoeken/" + k + "/gebeurtenissen").with(Who.MEMBER.basic()).contentType(MediaType.APPLICATION_JSON)
                .content("{\"type\":\"contact\",\"date\":\"" + LocalDate.now() + "\",\"note\":\"gebeld\"}"))).isEqualTo(201);
        assertThat(status(patch("/api/verzoeken/" + k).with(Who.MEMBER.basic()).contentType(MediaType.APPLICATION_JSON)
                .content("{\"subject\":\"toegangsmatrix gewijzigd\"}"))).isEqualTo(200);
        assertThat(status(post("/beheer/verzoeken/" + k + "/gebeurtenissen").with(Who.MEMBER.session()).with(csrf())
                .param("type", "contact").param("date", LocalDate.now().toString()).param("note", "teruggebeld"))).isEqualTo(302);
        List<String> actions = entries(Who.MEMBER.user, k).stream().map(AuditEntry::action).toList();
        assertThat(actions).containsExactlyInAnyOrder(AuditAction.REQUEST_EVENT_RECORDED.code(), AuditAction.REQUEST_AMENDED.code(),
                AuditAction.REQUEST_EVENT_RECORDED.code());
        // The amendment's entry names the fields, never the requester's data.
        assertThat(entries(Who.MEMBER.user, k)).noneMatch(e -> String.valueOf(e.after()).contains("Dorpsstraat"));
        assertThat(requests.get(k).verzoek().bestuurlijkeAangelegenheid()).isEqualTo("toegangsmatrix gewijzigd");
    }

    @Test
    void onlyTheTeamChangesTheTeamAndEveryChangeIsAudited() throws Exception {
        String k = caseWithTeam("toegangsmatrix team");
        account("am-jurist", Role.LAWYER);
        for (Who w : List.of(Who.OUTSIDER, Who.PUBLISHER, Who.ADMIN)) {
            assertThat(status(post("/beheer/verzoeken/" + k + "/team").with(w.session()).with(csrf()).param("action", "add")
                    .param("username", "am-jurist"))).as("team add by " + w).isEqualTo(403);
        }
        assertThat(status(post("/beheer/verzoeken/" + k + "/team").with(Who.OUTSIDER.session()).with(csrf()).param("action", "take")))
                .as("a case that has a team is not taken").isEqualTo(403);
        assertThat(teams.members(k)).containsExactly(Who.MEMBER.user);
        assertThat(status(post("/beheer/verzoeken/" + k + "/team").with(Who.MEMBER.session()).with(csrf()).param("action", "add")
                .param("username", "am-jurist"))).isEqualTo(302);
        assertThat(entries(Who.MEMBER.user, k)).extracting(AuditEntry::action, AuditEntry::subjectId)
                .contains(org.assertj.core.groups.Tuple.tuple(AuditAction.CASE_TEAM_ADDED.code(), "am-jurist"));
    }

    @Test
    void workingVersionsRedactedTextsAndContactDataOnlyForTheTeam() throws Exception {
        String k = caseWithTeam("toegangsmatrix werkversie");
        Path mail = Paths.get(getClass().getResource("/samples/clearview-bzk/documenten/2020-02-28-re-gezichtsherkenning.eml").toURI());
        collecting.collect(k, List.of(mail));
        Document d = documents.forRequest(k).stream().filter(x -> x.pageCount() > 0).findFirst().orElseThrow();
        proposing.propose(k);
        for (Who w : List.of(Who.OUTSIDER, Who.PUBLISHER, Who.ADMIN)) {
            assertThat(status(get("/beheer/documenten/" + d.id() + "/werkversie.pdf").with(w.session()))).as("working PDF for " + w).isEqualTo(403);
            assertThat(status(get("/beheer/documenten/" + d.id() + "/redacties.json").with(w.session()))).as("texts for " + w).isEqualTo(403);
            assertThat(status(get("/beheer/documenten/" + d.id() + "/beoordelen").with(w.session()))).as("review screen for " + w).isEqualTo(403);
            String json = mvc.perform(get("/api/verzoeken/" + k).with(w.basic())).andReturn().getResponse().getContentAsString();
            assertThat(json).contains("Mirjam Oosterhout").doesNotContain("Dorpsstraat").doesNotContain("06-12345678")
                    .doesNotContain("m.oosterhout@example.org");
            String page = mvc.perform(get("/beheer/verzoeken/" + k).with(w.session())).andReturn().getResponse().getContentAsString();
            assertThat(page).doesNotContain("m.oosterhout@example.org");
        }
        assertThat(status(get("/beheer/documenten/" + d.id() + "/werkversie.pdf").with(Who.MEMBER.session()))).isEqualTo(200);
        assertThat(status(get("/beheer/documenten/" + d.id() + "/redacties.json").with(Who.MEMBER.session()))).isEqualTo(200);
        assertThat(mvc.perform(get("/api/verzoeken/" + k).with(Who.MEMBER.basic())).andReturn().getResponse().getContentAsString())
                .contains("Dorpsstraat").contains("06-12345678");

        // Reviewing: the same rule; the unattended acceptances are audited under the system actor, in the same words.
        List<Redaction> all = redactions.forDocument(d.id());
        assertThat(entries("automatisch", k)).isNotEmpty().allMatch(e -> e.action().equals(AuditAction.REDACTION_ACCEPTED.code()));
        assertThat(entries("automatisch", k)).hasSize((int) all.stream().filter(r -> "automatisch".equals(r.decidedBy())).count());
        Redaction open = all.stream().filter(r -> r.status() == RedactionStatus.PROPOSED).findFirst()
                .orElseGet(() -> all.stream().filter(r -> r.status() == RedactionStatus.ACCEPTED).findFirst().orElseThrow());
        String act = open.status() == RedactionStatus.PROPOSED ? "accepteren" : "afwijzen";
        for (Who w : List.of(Who.OUTSIDER, Who.PUBLISHER, Who.ADMIN)) {
            assertThat(status(post("/beheer/redacties/" + open.id() + "/" + act).with(w.session()).with(csrf()))).as("review by " + w)
                    .isEqualTo(403);
        }
        assertThat(redactions.get(open.id()).status()).isEqualTo(open.status());
        assertThat(status(post("/beheer/redacties/" + open.id() + "/" + act).with(Who.MEMBER.session()).with(csrf()))).isEqualTo(302);
        assertThat(entries(Who.MEMBER.user, k)).extracting(AuditEntry::action).containsExactly(act.equals("accepteren")
                ? AuditAction.REDACTION_ACCEPTED.code() : AuditAction.REDACTION_REJECTED.code());
    }

    @Test
    void fourEyesByTheAuditLogNotTheCurrentTeam() throws Exception {
        String k = caseWithTeam("toegangsmatrix vier ogen");
        account("am-beide", Role.CASE_HANDLER, Role.PUBLISHER);
        recording.record(k, new NewEvent("decided", LocalDate.now().minusDays(2), null, null, Map.of()), Actor.system("test"));
        recording.record(k, new NewEvent("sent", LocalDate.now().minusDays(1), null, null, Map.of()), Actor.system("test"));
        // The account with both roles joins the team, works on the case, and leaves the team again.
        assertThat(status(post("/beheer/verzoeken/" + k + "/team").with(Who.MEMBER.session()).with(csrf()).param("action", "add")
                .param("username", "am-beide"))).isEqualTo(302);
        RequestPostProcessor both = user("am-beide").roles("CASE_HANDLER", "PUBLISHER");
        assertThat(status(post("/beheer/verzoeken/" + k + "/team").with(both).with(csrf()).param("action", "remove")
                .param("username", "am-beide"))).isEqualTo(302);
        assertThat(teams.isMember(k, "am-beide")).isFalse();

        Path dir = DemoPackage.write(tmp.resolve("pakket"), List.of(Line.text("Besluit op uw verzoek"), Line.text("Geachte heer/mevrouw,")),
                List.of(new Doc("0001", "Verslag", "openbaar", "", "2024-05-01", List.of(List.of(Line.text("Een verslag zonder namen."))))),
                "test");
        assertThat(status(multipart("/beheer/verzoeken/" + k + "/publicatie")
                .file(new MockMultipartFile("package", "pakket.zip", "application/zip", Zipped.folder(dir))).with(Who.MEMBER.session()).with(csrf())))
                .isEqualTo(302);
        String id = publications.forRequest(k).stream().findFirst().map(Publicatie::publicId).orElseThrow();

        assertThat(status(post("/beheer/publicaties/" + id + "/goedkeuren").with(both).with(csrf())))
                .as("off the team, but it worked on the case").isEqualTo(403);
        assertThat(status(post("/beheer/publicaties/" + id + "/goedkeuren").with(Who.MEMBER.session()).with(csrf()))).isEqualTo(403);
        assertThat(status(post("/beheer/publicaties/" + id + "/goedkeuren").with(Who.ADMIN.session()).with(csrf()))).isEqualTo(403);
        assertThat(publications.find(id).orElseThrow().status().name()).isEqualTo("AWAITING_APPROVAL");
        assertThat(status(post("/beheer/publicaties/" + id + "/goedkeuren").with(Who.PUBLISHER.session()).with(csrf()))).isEqualTo(302);
        assertThat(publications.find(id).orElseThrow().status().name()).isEqualTo("APPROVED");
        assertThat(status(post("/beheer/publicaties/" + id + "/publiceren").with(both).with(csrf()))).isEqualTo(403);
        assertThat(status(post("/beheer/publicaties/" + id + "/publiceren").with(Who.PUBLISHER.session()).with(csrf()))).isEqualTo(302);
        assertThat(publications.find(id).orElseThrow().status().name()).isEqualTo("PUBLISHED");
        assertThat(entries(Who.PUBLISHER.user, k)).extracting(AuditEntry::action)
                .containsExactlyInAnyOrder(AuditAction.PUBLICATION_APPROVED.code(), AuditAction.PUBLICATION_PUBLISHED.code(),
                        AuditAction.REQUEST_PUBLISHED_RECORDED.code());
        // The second pair of eyes' own acts do not make the publisher part of the case: it may still approve the next one.
        assertThat(auditing.hasWorkedOn(Who.PUBLISHER.user, k)).isFalse();
        assertThat(auditing.hasWorkedOn("am-beide", k)).isTrue();
    }

    /** Whatever the adapter, the log speaks one language: every stored action is a word of the vocabulary. */
    @Test
    void everyAuditEntryUsesTheOneVocabulary() throws Exception {
        String k = caseWithTeam("toegangsmatrix woorden");
        assertThat(status(post("/beheer/verzoeken/" + k + "/gebeurtenissen").with(Who.MEMBER.session()).with(csrf())
                .param("type", "contact").param("date", LocalDate.now().toString()).param("note", "gebeld"))).isEqualTo(302);
        Set<String> words = Arrays.stream(AuditAction.values()).map(AuditAction::code).collect(Collectors.toSet());
        assertThat(auditing.find(AuditQuery.recent(1000))).isNotEmpty().allSatisfy(e -> assertThat(words).contains(e.action()));
    }
}
