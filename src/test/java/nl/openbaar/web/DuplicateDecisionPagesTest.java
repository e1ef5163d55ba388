package nl.openbaar.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.file.Path;
import java.nio.file.Paths;
import java.time.LocalDate;
import java.util.List;
import nl.openbaar.account.CaseTeams;
import nl.openbaar.account.Role;
import nl.openbaar.document.CollectingDocuments;
import nl.openbaar.document.Documents;
import nl.openbaar.document.model.Document;
import nl.openbaar.request.RegisteringRequest;
import nl.openbaar.request.model.NewRequest;
import nl.openbaar.request.model.Verzoeker;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The case team decides on duplicates on the request page; the decision holds, and only the team may take it. */
class DuplicateDecisionPagesTest extends WebTest {

    @Autowired
    RegisteringRequest registering;
    @Autowired
    CollectingDocuments collecting;
    @Autowired
    Documents documents;
    @Autowired
    CaseTeams teams;

    @Test
    void theCaseTeamOverridesTheComputedDuplicateAndCanGoBack() throws Exception {
        String k = registering.register(new NewRequest(null, "woo", new Verzoeker("Eva Mulder", null, null, null),
                LocalDate.now().minusDays(3), LocalDate.now().minusDays(2), "email", "dubbelen in de backoffice",
                List.of("alles"), null, null, null, null), "test").verzoek().kenmerk();
        account("dd-behandelaar", Role.CASE_HANDLER);
        account("dd-buitenstaander", Role.CASE_HANDLER);
        teams.add(k, "dd-behandelaar", "test");
        Path docs = Paths.get(getClass().getResource("/samples/clearview-bzk/documenten").toURI());
        collecting.collect(k, List.of(docs.resolve("2020-02-28-gezichtsherkenning.eml"), docs.resolve("kopie-2020-02-28-gezichtsherkenning.eml")),
                null, p -> { });
        Document copy = documents.forRequest(k).stream().filter(Document::isDuplicate).findFirst().orElseThrow();
        String page = mvc.perform(get("/beheer/verzoeken/" + k).with(user("dd-behandelaar").roles("CASE_HANDLER")))
                .andReturn().getResponse().getContentAsString();
        assertThat(page).contains("not-duplicate-" + copy.id());

        mvc.perform(post("/beheer/documenten/" + copy.id() + "/dubbel").param("besluit", "geen")
                .with(user("dd-buitenstaander").roles("CASE_HANDLER")).with(csrf())).andExpect(status().isForbidden());
        assertThat(documents.get(copy.id()).isDuplicate()).isTrue();

        mvc.perform(post("/beheer/documenten/" + copy.id() + "/dubbel").param("besluit", "geen")
                .with(user("dd-behandelaar").roles("CASE_HANDLER")).with(csrf()))
                .andExpect(status().isFound()).andExpect(flash().attribute("message", "docs.duplicate.decided"));
        assertThat(documents.get(copy.id()).isDuplicate()).isFalse();

        mvc.perform(post("/beheer/documenten/" + copy.id() + "/dubbel").param("besluit", "van").param("van", "99")
                .with(user("dd-behandelaar").roles("CASE_HANDLER")).with(csrf()))
                .andExpect(flash().attribute("documentsError", org.hamcrest.Matchers.containsString("99")));

        mvc.perform(post("/beheer/documenten/" + copy.id() + "/dubbel").param("besluit", "berekend")
                .with(user("dd-behandelaar").roles("CASE_HANDLER")).with(csrf())).andExpect(status().isFound());
        assertThat(documents.get(copy.id()).isDuplicate()).as("back to the computation: the byte copy").isTrue();
    }
}
