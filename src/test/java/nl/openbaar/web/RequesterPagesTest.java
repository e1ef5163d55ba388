package nl.openbaar.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.util.Map;
import nl.openbaar.request.FindingRequests;
import nl.openbaar.request.RecordingEvent;
import nl.openbaar.request.model.NewEvent;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MvcResult;

/**
 * The requester's side: the public form registers a request and shows the reference, the legal deadline and a
 * secret code (also mailed); the status page opens only with that code and never shows internal notes.
 */
class RequesterPagesTest extends WebTest {

    @Autowired
    FindingRequests finding;

    @Autowired
    RecordingEvent recording;

    private MvcResult submit(MockHttpSession session, String... fields) throws Exception {
        var request = post("/verzoek-indienen").session(session).with(csrf());
        for (int i = 0; i < fields.length; i += 2) {
            request.param(fields[i], fields[i + 1]);
        }
        return mvc.perform(request).andReturn();
    }

    @Test
    void submittingGivesAReceiptWithReferenceDeadlineAndCodeAndTheCodeOpensTheStatusPage() throws Exception {
        MockHttpSession session = new MockHttpSession();
        int mailsBefore = CapturingMail.SENT.size();
        MvcResult r = submit(session, "name", "Ruud Lindeboom", "email", "r.lindeboom@example.org",
                "subject", "de subsidie voor het dorpshuis", "items", "Het subsidiebesluit\nDe aanvraag");
        // The receipt answers the POST itself: the code is in no URL and no session carries it.
        assertThat(r.getResponse().getStatus()).isEqualTo(200);
        assertThat(r.getResponse().getHeader("Cache-Control")).isEqualTo("no-store");
        String receipt = r.getResponse().getContentAsString();
        String kenmerk = PublicationFlowTest.firstMatch(receipt, "id=\"kenmerk\">([^<]+)<");
        String code = PublicationFlowTest.firstMatch(receipt, "id=\"code\">([^<]+)<");
        assertThat(kenmerk).matches("WOO-\\d{4}-\\d{4}");
        assertThat(code).matches("[2-9A-HJ-NP-Z]{4}(-[2-9A-HJ-NP-Z]{4}){3}");
        var v = finding.get(kenmerk);
        assertThat(v.verzoek().channel().name()).isEqualTo("WEBFORM");
        assertThat(v.verzoek().items()).containsExactly("Het subsidiebesluit", "De aanvraag");
        assertThat(receipt).contains(new Format().longDate(v.deadlines().deadline()));
        // What was asked, to keep and print.
        assertThat(receipt).contains("Wat u vroeg").contains("de subsidie voor het dorpshuis").contains("Het subsidiebesluit")
                .contains("De aanvraag").contains("data-print").contains("/js/print.js");
        assertThat(v.deadlines().deadline()).isAfter(LocalDate.now().plusDays(20));

        // The e-mail receipt carries the same reference, deadline and code.
        assertThat(CapturingMail.SENT).hasSize(mailsBefore + 1);
        var mail = CapturingMail.SENT.get(CapturingMail.SENT.size() - 1);
        assertThat(mail.getTo()).containsExactly("r.lindeboom@example.org");
        assertThat(mail.getText()).contains(kenmerk).contains(code);

        // An internal note on the timeline never reaches the requester.
        recording.record(kenmerk, new NewEvent("acknowledged", LocalDate.now(), "intern: verzoeker belt vaak", null, Map.of()), nl.openbaar.account.Actor.system("t"));
        String status = mvc.perform(post("/status").with(csrf()).param("kenmerk", kenmerk).param("code", code.toLowerCase()))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(status).contains("de subsidie voor het dorpshuis").contains("Ontvangst bevestigd").doesNotContain("belt vaak");

        String wrong = mvc.perform(post("/status").with(csrf()).param("kenmerk", kenmerk).param("code", "AAAA-BBBB-CCCC-DDDD"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(wrong).contains("kennen wij niet").doesNotContain("dorpshuis");
        String unknown = mvc.perform(post("/status").with(csrf()).param("kenmerk", "WOO-1999-9999").param("code", code))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(unknown).contains("kennen wij niet");
    }

    @Test
    void missingFieldsAreNamedAndNothingIsStored() throws Exception {
        int before = finding.byUrgency().size();
        String page = submit(new MockHttpSession(), "name", "Alleen Naam", "email", "a@example.org").getResponse().getContentAsString();
        assertThat(page).contains("onderwerp").contains("aria-invalid=\"true\"");
        String noContact = submit(new MockHttpSession(), "name", "Geen Adres", "subject", "iets").getResponse().getContentAsString();
        assertThat(noContact).contains("e-mailadres of een postadres");
        assertThat(finding.byUrgency()).hasSize(before);
    }

    @Test
    void aRobotFillingTheHiddenFieldStoresNothing() throws Exception {
        int before = finding.byUrgency().size();
        mvc.perform(post("/verzoek-indienen").with(csrf()).param("name", "Bot").param("email", "b@example.org")
                .param("subject", "spam").param("website", "http://spam.example")).andExpect(redirectedUrl("/verzoek-indienen"));
        assertThat(finding.byUrgency()).hasSize(before);
    }

    @Test
    void theInterfaceSpeaksEnglishOnRequest() throws Exception {
        String en = mvc.perform(get("/verzoek-indienen").param("lang", "en")).andReturn().getResponse().getContentAsString();
        assertThat(en).contains("lang=\"en\"").contains("Submit a Woo request");
        String nl = mvc.perform(get("/verzoek-indienen")).andReturn().getResponse().getContentAsString();
        assertThat(nl).contains("lang=\"nl\"").contains("Een Woo-verzoek indienen");
    }
}
