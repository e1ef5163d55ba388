package nl.openbaar.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nl.openbaar.account.Role;
import nl.openbaar.publication.BackOfficePublications;
import nl.openbaar.publication.DiwooSchema;
import nl.openbaar.publication.SeedBundle;
import nl.openbaar.publication.model.FileKind;
import nl.openbaar.publication.model.Publicatie;
import nl.openbaar.publication.model.PublicationSource;
import nl.openbaar.publication.model.PublishedFile;
import nl.openbaar.tools.split.BundleWriter;
import nl.openbaar.tools.split.BundleWriter.Page;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * Importing a ministry's published bundle (real text: the JenV Wob decision and the redacted e-mails, seeds 000 and
 * 004) through the admin pages: upload, the split and the decision's metadata shown, corrected, imported through the
 * leak gate, approved by a second publisher, published, found on the portal with DiWoo records that validate. A
 * document with a phone number and an e-mail address left in it is refused by the gate and never published.
 */
class ImportingBundleTest extends WebTest {

    @Autowired
    BackOfficePublications publications;

    @TempDir
    Path tmp;

    private static RequestPostProcessor as(String name) {
        return user(name).roles("PUBLISHER");
    }

    private String upload(Path pdf) throws Exception {
        String html = mvc.perform(multipart("/beheer/import").file(new MockMultipartFile("bundle", pdf.getFileName().toString(),
                        "application/pdf", Files.readAllBytes(pdf))).with(as("imp-a")).with(csrf()))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        Matcher m = Pattern.compile("/beheer/import/([0-9a-f]{32})").matcher(html);
        assertThat(m.find()).as(html).isTrue();
        return html;
    }

    private static String token(String html) {
        Matcher m = Pattern.compile("/beheer/import/([0-9a-f]{32})").matcher(html);
        m.find();
        return m.group(1);
    }

    private MvcResult confirm(String token, String kenmerk, String summary) throws Exception {
        MvcResult r = mvc.perform(post("/beheer/import/" + token).param("subject", "het gebruik van Clearview AI")
                        .param("organisation", "Ministerie van Justitie en Veiligheid").param("kenmerk", kenmerk)
                        .param("decisionDate", "2021-10-28").param("receivedDate", "2021-06-11").param("regime", "wob")
                        .param("decisionKind", "gedeeltelijke openbaarmaking").param("summary", summary)
                        .with(as("imp-a")).with(csrf()))
                .andReturn();
        String body = r.getResponse().getContentAsString();
        Matcher error = Pattern.compile("role=\"alert\"><p class=\"utrecht-paragraph\">([^<]*)<").matcher(body);
        assertThat(r.getResponse().getStatus()).as(error.find() ? error.group(1) : body).isEqualTo(302);
        return r;
    }

    private Publicatie imported(MvcResult r) {
        String location = r.getResponse().getRedirectedUrl();
        assertThat(location).startsWith("/beheer/publicaties/");
        return publications.find(location.substring(location.lastIndexOf('/') + 1)).orElseThrow();
    }

    @Test
    void aPublishedBundleIsSplitCheckedApprovedAndFoundOnThePortal() throws Exception {
        account("imp-a", Role.PUBLISHER);
        account("imp-b", Role.PUBLISHER);
        assertThat(mvc.perform(get("/beheer/import").with(user("imp-c").roles("CASE_HANDLER"))).andReturn().getResponse().getStatus())
                .isEqualTo(403);
        String preview = upload(SeedBundle.write(tmp.resolve("besluit-clearview.pdf")));
        // The split and what the letter says, before anything is imported.
        assertThat(preview).contains("documentnummer op de pagina", "E-mail met nieuwsbericht over Clearview AI", "12–13",
                "value=\"het gebruik van Clearview AI\"", "value=\"3553465\"", "value=\"2021-10-28\"", "value=\"2021-06-11\"",
                "value=\"Ministerie van Justitie en Veiligheid\"");

        Publicatie p = imported(confirm(token(preview), "3553465", "Documenten over Clearview AI bij JenV, 2020-2021"));
        assertThat(p.source()).isEqualTo(PublicationSource.IMPORT);
        assertThat(p.title()).isEqualTo("Besluit op Wob-verzoek over het gebruik van Clearview AI");
        List<PublishedFile> files = publications.files(p);
        assertThat(files).extracting(PublishedFile::fileName).containsExactly("besluit.pdf", "inventaris.pdf", "0001.pdf", "0002.pdf",
                "0003.pdf", "0004.pdf");
        PublishedFile third = files.get(4);
        assertThat(third.kind()).isEqualTo(FileKind.DOCUMENT);
        assertThat(third.pageCount()).isEqualTo(2);
        assertThat(third.sourcePages()).isEqualTo("10-11");
        assertThat(third.groundList()).containsExactly("10.2.e", "11.1");

        // Four eyes: who imported does not approve.
        mvc.perform(post("/beheer/publicaties/" + p.publicId() + "/goedkeuren").with(as("imp-a")).with(csrf()));
        assertThat(publications.find(p.publicId()).orElseThrow().approvedBy()).isNull();
        mvc.perform(post("/beheer/publicaties/" + p.publicId() + "/goedkeuren").with(as("imp-b")).with(csrf()));
        mvc.perform(post("/beheer/publicaties/" + p.publicId() + "/publiceren").with(as("imp-b")).with(csrf()));
        assertThat(publications.find(p.publicId()).orElseThrow().publishedAt()).isNotNull();

        String page = mvc.perform(get("/besluiten/" + p.publicId())).andReturn().getResponse().getContentAsString();
        assertThat(page).contains("Besluit op Wob-verzoek over het gebruik van Clearview AI", "E-mail met nieuwsbericht over Clearview AI",
                "Kamervragen over Clearview, ingezonden 5 maart 2020");
        String search = mvc.perform(get("/zoeken").param("q", "gezichtsherkenningssoftware")).andReturn().getResponse().getContentAsString();
        assertThat(search).contains("Kamervragen over Clearview, ingezonden 5 maart 2020");
        for (PublishedFile f : files) {
            String xml = mvc.perform(get("/documenten/" + f.publicId() + "/diwoo.xml")).andReturn().getResponse().getContentAsString();
            assertThat(DiwooSchema.errors(xml)).as(f.fileName() + "\n" + xml).isEmpty();
        }
        // The same bundle twice is refused, naming the field.
        String again = upload(SeedBundle.write(tmp.resolve("nogmaals.pdf")));
        String refused = mvc.perform(post("/beheer/import/" + token(again)).param("kenmerk", "3553465").with(as("imp-a")).with(csrf()))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(refused).contains("kenmerk", "al geïmporteerd");
    }

    @Test
    void theGateRefusesADocumentWithPersonalDataLeftInItAndItIsNeverPublished() throws Exception {
        account("imp-a", Role.PUBLISHER);
        List<Page> pages = new ArrayList<>(SeedBundle.pages(true));
        List<String> leaky = new ArrayList<>(pages.get(8).lines());
        leaky.add(3, "Voor vragen: bel mij op 06-41234567 of mail naar jeroen.van.dalen@minjenv.nl");
        pages.set(8, new Page(leaky));
        Path pdf = tmp.resolve("lek.pdf");
        BundleWriter.write(pages, pdf);
        MvcResult r = confirm(token(upload(pdf)), "3553465-lek", "");
        Publicatie p = imported(r);
        assertThat(publications.files(p)).extracting(PublishedFile::fileName).containsExactly("besluit.pdf", "inventaris.pdf", "0001.pdf",
                "0003.pdf", "0004.pdf");
        Object error = r.getFlashMap().get("publicationError");
        assertThat(String.valueOf(error)).contains("document 2 (pagina 9-9) geweigerd door de controle").doesNotContain("06-41234567")
                .doesNotContain("jeroen");
    }
}
