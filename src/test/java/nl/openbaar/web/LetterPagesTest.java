package nl.openbaar.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.time.LocalDate;
import java.util.List;
import nl.openbaar.account.CaseTeams;
import nl.openbaar.request.FindingRequests;
import nl.openbaar.request.RegisteringRequest;
import nl.openbaar.request.model.NewRequest;
import nl.openbaar.request.model.Verzoeker;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * Recording an acknowledgement or an extension offers its letter as a draft; the lawyer edits a section, a colleague
 * comments, the draft goes to Word and back, versions are compared, the PDF carries the edit and is sent.
 */
class LetterPagesTest extends WebTest {

    @Autowired
    RegisteringRequest registering;
    @Autowired
    CaseTeams teams;
    @Autowired
    FindingRequests finding;
    @Autowired
    Format fmt;

    private final RequestPostProcessor lawyer = user("lp-jurist").roles("LAWYER");
    private final RequestPostProcessor colleague = user("lp-collega").roles("LAWYER");

    @Test
    void theAcknowledgementIsOfferedEditedCommentedRoundTrippedThroughWordAndSent() throws Exception {
        LocalDate received = LocalDate.now().minusDays(3);
        String k = registering.register(new NewRequest(null, "woo", new Verzoeker("Sanne de Wit", "Dorpsstraat 1, 1234 AB Ergens",
                "sanne@example.org", null), received, received, "email", "de aanleg van de rondweg", List.of("Alle adviezen"), null, null,
                null, null), "test").verzoek().kenmerk();
        account("lp-jurist", nl.openbaar.account.Role.LAWYER);
        account("lp-collega", nl.openbaar.account.Role.LAWYER);
        teams.add(k, "lp-jurist", "test");
        String base = "/beheer/verzoeken/" + k;

        mvc.perform(post(base + "/gebeurtenissen").param("type", "acknowledged").param("date", LocalDate.now().toString())
                .with(lawyer).with(csrf()))
                .andExpect(redirectedUrl(base + "/brieven/ontvangstbevestiging"))
                .andExpect(flash().attribute("message", "event.recorded.letter"));
        String page = mvc.perform(get(base + "/brieven/ontvangstbevestiging").with(lawyer)).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        String deadline = fmt.longDate(finding.get(k).deadlines().deadline());
        assertThat(page).contains("Ontvangstbevestiging").contains(deadline).contains("name=\"tekst\"");

        String text = org.springframework.web.util.HtmlUtils.htmlUnescape(page.substring(page.indexOf("name=\"tekst\""))
                        .replaceFirst("(?s)^[^>]*>", "").replaceFirst("(?s)</textarea>.*", ""));
        assertThat(text).contains(deadline);
        mvc.perform(post(base + "/brieven/ontvangstbevestiging/opslaan").param("sectie", "tekst")
                .param("tekst", text + "\n\nU kunt ons bellen over de rondweg.").with(lawyer).with(csrf()))
                .andExpect(flash().attribute("message", "letter.section.saved"));
        // A colleague outside the case team may comment, not edit.
        mvc.perform(post(base + "/brieven/ontvangstbevestiging/opslaan").param("sectie", "tekst").param("tekst", "weg")
                .with(colleague).with(csrf())).andExpect(status().isForbidden());
        mvc.perform(post(base + "/brieven/ontvangstbevestiging/opmerkingen").param("sectie", "tekst")
                .param("opmerking", "Noem ook het telefoonnummer.").with(colleague).with(csrf()))
                .andExpect(flash().attribute("message", "letter.comment.added"));
        mvc.perform(post(base + "/brieven/ontvangstbevestiging/opslaan").param("sectie", "bestaat-niet").param("tekst", "x")
                .with(lawyer).with(csrf())).andExpect(flash().attribute("sectionError", org.hamcrest.Matchers.containsString("sectie")));
        page = mvc.perform(get(base + "/brieven/ontvangstbevestiging").with(lawyer)).andReturn().getResponse().getContentAsString();
        assertThat(page).contains("Bewerkt door lp-jurist").contains("Noem ook het telefoonnummer.").contains("lp-collega");

        // To Word and back: a sentence changed in the DOCX.
        byte[] docx = mvc.perform(get(base + "/brieven/ontvangstbevestiging/docx").with(lawyer)).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsByteArray();
        byte[] edited;
        try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(docx))) {
            assertThat(new XWPFWordExtractor(doc).getText()).contains("U kunt ons bellen over de rondweg.").contains(deadline);
            XWPFParagraph p = doc.getParagraphs().stream().filter(x -> x.getText().contains("bellen over de rondweg")).findFirst().orElseThrow();
            while (!p.getRuns().isEmpty()) {
                p.removeRun(0);
            }
            p.createRun().setText("U kunt ons mailen over de rondweg.");
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            doc.write(out);
            edited = out.toByteArray();
        }
        mvc.perform(multipart(base + "/brieven/ontvangstbevestiging/docx").file(new MockMultipartFile("bestand", "brief.docx",
                "application/vnd.openxmlformats-officedocument.wordprocessingml.document", edited)).with(lawyer).with(csrf()))
                .andExpect(flash().attribute("message", "letter.docx.uploaded"));
        mvc.perform(multipart(base + "/brieven/ontvangstbevestiging/docx").file(new MockMultipartFile("bestand", "brief.docx",
                "application/octet-stream", "kapot".getBytes())).with(lawyer).with(csrf()))
                .andExpect(flash().attribute("letterError", org.hamcrest.Matchers.containsString("bestand")));

        byte[] pdf = mvc.perform(get(base + "/brieven/ontvangstbevestiging/pdf").with(lawyer)).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsByteArray();
        assertThat(pdfText(pdf)).contains("U kunt ons mailen over de rondweg.").doesNotContain("bellen");
        String versions = mvc.perform(get(base + "/brieven/ontvangstbevestiging/versies").param("sectie", "tekst").with(colleague))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(versions).contains("<ins>mailen</ins>").contains("<del>bellen</del>").contains("uit Word").contains("lp-jurist");

        mvc.perform(post(base + "/brieven/ontvangstbevestiging/verzenden").param("datum", LocalDate.now().toString())
                .with(lawyer).with(csrf())).andExpect(flash().attribute("message", "letter.sent"));
        String request = mvc.perform(get(base).with(lawyer)).andReturn().getResponse().getContentAsString();
        String link = request.replaceFirst("(?s).*href=\"(" + java.util.regex.Pattern.quote(base) + "/verzonden/\\d+)\".*", "$1");
        assertThat(link).startsWith(base + "/verzonden/");
        assertThat(pdfText(mvc.perform(get(link).with(lawyer)).andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray()))
                .contains("U kunt ons mailen over de rondweg.").contains("Sanne de Wit");
    }

    @Test
    void anExtensionOffersItsLetterWithTheNewDeadlineAndTheDecisionDraftOpens() throws Exception {
        LocalDate received = LocalDate.now().minusDays(5);
        String k = registering.register(new NewRequest(null, "woo", new Verzoeker("Joost Bakker", null, "joost@example.org", null),
                received, received, "email", "subsidies voor de haven", List.of("Besluiten"), null, null, null, null), "test")
                .verzoek().kenmerk();
        account("lp-jurist", nl.openbaar.account.Role.LAWYER);
        account("lp-collega", nl.openbaar.account.Role.LAWYER);
        teams.add(k, "lp-jurist", "test");
        String base = "/beheer/verzoeken/" + k;
        mvc.perform(post(base + "/gebeurtenissen").param("type", "extended").param("date", LocalDate.now().toString())
                .param("reason", "de omvang van de gevraagde informatie").with(lawyer).with(csrf()))
                .andExpect(redirectedUrl(base + "/brieven/verdaging"));
        String page = mvc.perform(get(base + "/brieven/verdaging").with(lawyer)).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        assertThat(page).contains("Verdaging van de beslistermijn").contains(fmt.longDate(finding.get(k).deadlines().deadline()))
                .contains("de omvang van de gevraagde informatie");
        String decision = mvc.perform(get(base + "/brieven/besluit").with(lawyer)).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        assertThat(decision).contains("Besluit").contains("sectie-procedure").contains("Download als Word (DOCX)");
        mvc.perform(get(base + "/brieven/onzin").with(lawyer)).andExpect(status().isBadRequest());
    }

    private static String pdfText(byte[] pdf) throws java.io.IOException {
        try (var doc = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(doc).replaceAll("\\s+", " ");
        }
    }
}
