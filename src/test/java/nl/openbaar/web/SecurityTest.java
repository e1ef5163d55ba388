package nl.openbaar.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.util.List;
import nl.openbaar.account.CaseTeams;
import nl.openbaar.account.Role;
import nl.openbaar.request.RegisteringRequest;
import nl.openbaar.request.model.NewRequest;
import nl.openbaar.request.model.Verzoeker;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The security rules, checked on the running application: no login → login page; wrong role or not on the
 * case → 403; a form without its CSRF token → 403; script in user input is shown as text; lock-out; headers.
 */
class SecurityTest extends WebTest {

    @Autowired
    RegisteringRequest registering;

    @Autowired
    CaseTeams teams;

    private String newCase(String subject) {
        return registering.register(new NewRequest(null, "woo", new Verzoeker("Test Verzoeker", null, "t@example.org", null),
                LocalDate.now().minusDays(3), LocalDate.now().minusDays(2), "email", subject, List.of("alles"), null, null, null, null),
                "test").verzoek().kenmerk();
    }

    @ParameterizedTest
    @ValueSource(strings = {"/beheer", "/beheer/verzoeken", "/beheer/verzoeken/nieuw", "/beheer/verzoeken/WOO-2026-0001",
            "/beheer/publicaties", "/beheer/rapportage", "/beheer/rapportage.csv", "/beheer/accounts", "/beheer/audit"})
    void backOfficePagesRedirectToLoginWithoutLogin(String url) throws Exception {
        mvc.perform(get(url).accept("text/html")).andExpect(status().isFound()).andExpect(redirectedUrl("/login"));
    }

    @Test
    void backOfficeFormsWithoutLoginDoNotRunAndRedirect() throws Exception {
        String k = newCase("zonder login");
        mvc.perform(post("/beheer/verzoeken/" + k + "/gebeurtenissen").with(csrf()).param("type", "acknowledged")
                .param("date", LocalDate.now().toString())).andExpect(status().isFound()).andExpect(redirectedUrl("/login"));
    }

    @Test
    void adminPagesRefuseOtherRoles() throws Exception {
        mvc.perform(get("/beheer/accounts").with(user("bh").roles("CASE_HANDLER"))).andExpect(status().isForbidden());
        mvc.perform(get("/beheer/audit").with(user("pub").roles("PUBLISHER"))).andExpect(status().isForbidden());
        mvc.perform(post("/beheer/accounts").with(user("bh").roles("CASE_HANDLER")).with(csrf())
                .param("username", "indringer").param("password", "heel-lang-wachtwoord").param("roles", "ADMIN"))
                .andExpect(status().isForbidden());
        assertThat(accounts.exists("indringer")).isFalse();
        mvc.perform(get("/beheer/accounts").with(user("adm").roles("ADMIN"))).andExpect(status().isOk());
    }

    @Test
    void onlyCaseHandlersAndLawyersRegisterRequests() throws Exception {
        mvc.perform(get("/beheer/verzoeken/nieuw").with(user("pub").roles("PUBLISHER"))).andExpect(status().isForbidden());
        mvc.perform(post("/beheer/verzoeken").with(user("pub").roles("PUBLISHER")).with(csrf())
                .param("name", "X").param("subject", "iets").param("received", LocalDate.now().toString()))
                .andExpect(status().isForbidden());
    }

    @Test
    void recordingAnEventNeedsTheCaseTeam() throws Exception {
        account("buitenstaander", Role.CASE_HANDLER);
        account("teamlid", Role.CASE_HANDLER);
        String k = newCase("alleen het team");
        teams.add(k, "teamlid", "test");
        mvc.perform(post("/beheer/verzoeken/" + k + "/gebeurtenissen").with(user("buitenstaander").roles("CASE_HANDLER")).with(csrf())
                .param("type", "acknowledged").param("date", LocalDate.now().toString())).andExpect(status().isForbidden());
        mvc.perform(post("/beheer/verzoeken/" + k + "/gebeurtenissen").with(user("teamlid").roles("CASE_HANDLER")).with(csrf())
                .param("type", "acknowledged").param("date", LocalDate.now().toString())).andExpect(status().isFound());
        String page = mvc.perform(get("/beheer/verzoeken/" + k).with(user("teamlid").roles("CASE_HANDLER")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(page).contains("Ontvangst bevestigd");
    }

    @Test
    void formsWithoutCsrfTokenAreRefused() throws Exception {
        account("csrf-teamlid", Role.CASE_HANDLER);
        String k = newCase("csrf");
        teams.add(k, "csrf-teamlid", "test");
        mvc.perform(post("/beheer/verzoeken/" + k + "/gebeurtenissen").with(user("csrf-teamlid").roles("CASE_HANDLER"))
                .param("type", "acknowledged").param("date", LocalDate.now().toString())).andExpect(status().isForbidden());
        mvc.perform(post("/verzoek-indienen").param("name", "X").param("subject", "y").param("email", "x@example.org"))
                .andExpect(status().isForbidden());
        mvc.perform(post("/beheer/verzoeken/" + k + "/gebeurtenissen").with(user("csrf-teamlid").roles("CASE_HANDLER"))
                .with(csrf().useInvalidToken()).param("type", "acknowledged").param("date", LocalDate.now().toString()))
                .andExpect(status().isForbidden());
    }

    @Test
    void scriptInASubjectIsShownAsText() throws Exception {
        String k = newCase("<script>alert('xss')</script><img src=x onerror=alert(1)>");
        String list = mvc.perform(get("/beheer/verzoeken").with(user("lezer").roles("CASE_HANDLER")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        String page = mvc.perform(get("/beheer/verzoeken/" + k).with(user("lezer").roles("CASE_HANDLER")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        for (String html : List.of(list, page)) {
            assertThat(html).contains("&lt;script&gt;alert(&#39;xss&#39;)&lt;/script&gt;").doesNotContain("<script>alert")
                    .doesNotContain("<img src=x");
        }
    }

    @Test
    void pagesCarryAStrictContentSecurityPolicy() throws Exception {
        for (String url : List.of("/", "/login", "/verzoek-indienen", "/zoeken")) {
            mvc.perform(get(url)).andExpect(status().isOk())
                    .andExpect(header().string("Content-Security-Policy", org.hamcrest.Matchers.allOf(
                            org.hamcrest.Matchers.containsString("script-src 'self'"),
                            org.hamcrest.Matchers.containsString("style-src 'self'"),
                            org.hamcrest.Matchers.not(org.hamcrest.Matchers.containsString("unsafe-inline")))))
                    .andExpect(header().string("X-Frame-Options", "DENY"))
                    .andExpect(header().string("X-Content-Type-Options", "nosniff"));
        }
    }

    @Test
    void noInlineScriptsOrStylesInPages() throws Exception {
        for (String url : List.of("/", "/login", "/verzoek-indienen", "/zoeken?q=test", "/besluiten", "/status")) {
            String html = mvc.perform(get(url)).andReturn().getResponse().getContentAsString();
            assertThat(html).doesNotContainPattern("<script(?![^>]*\\bsrc=)").doesNotContain("<style").doesNotContain(" style=")
                    .doesNotContainPattern(" on[a-z]+=");
        }
    }

    @Test
    void accountLocksAfterRepeatedFailedLogins() throws Exception {
        account("slachtoffer", Role.CASE_HANDLER);
        for (int i = 0; i < 5; i++) {
            mvc.perform(post("/login").with(csrf()).param("username", "slachtoffer").param("password", "fout-" + i))
                    .andExpect(redirectedUrl("/login?error"));
        }
        mvc.perform(post("/login").with(csrf()).param("username", "slachtoffer").param("password", PASSWORD))
                .andExpect(redirectedUrl("/login?error"));
        accounts.unlock("slachtoffer");
        mvc.perform(post("/login").with(csrf()).param("username", "slachtoffer").param("password", PASSWORD))
                .andExpect(redirectedUrl("/beheer"));
    }

    @Test
    void passwordsAreStoredAsBcryptHashes() {
        account("gehasht", Role.LAWYER);
        String hash = accounts.credentials("gehasht").orElseThrow().passwordHash();
        assertThat(hash).startsWith("$2a$12$").doesNotContain(PASSWORD);
    }
}
