package nl.openbaar.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nl.openbaar.account.CaseTeams;
import nl.openbaar.account.Role;
import nl.openbaar.demo.DemoPackage;
import nl.openbaar.demo.DemoPackage.Doc;
import nl.openbaar.demo.DemoPackage.Line;
import nl.openbaar.pipeline.BuildingPackageInBackground;
import nl.openbaar.publication.BackOfficePublications;
import nl.openbaar.publication.model.Publicatie;
import nl.openbaar.request.RecordingEvent;
import nl.openbaar.request.RegisteringRequest;
import nl.openbaar.request.model.NewEvent;
import nl.openbaar.request.model.NewRequest;
import nl.openbaar.request.model.Verzoeker;
import nl.openbaar.testing.Zipped;
import nl.openbaar.work.BackgroundWork;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockMultipartFile;

/**
 * From a verified package to the portal and back off it, through the pages: prepare (case team), four eyes
 * (the preparer cannot approve; a publisher can), publish, find by full-text search, DiWoo sitemap, withdraw
 * with a reason (gone from search, file and sitemap at once; the history says why). Unpublished URLs are 404.
 */
class PublicationFlowTest extends WebTest {

    @Autowired
    RegisteringRequest registering;

    @Autowired
    RecordingEvent recording;

    @Autowired
    CaseTeams teams;

    @Autowired
    BackOfficePublications publications;

    @Autowired
    BuildingPackageInBackground building;

    @Autowired
    BackgroundWork work;

    @TempDir
    Path tmp;

    private String decidedCase(String subject, Verzoeker requester) {
        String k = registering.register(new NewRequest(null, "woo", requester, LocalDate.now().minusDays(30),
                LocalDate.now().minusDays(29), "email", subject, List.of("alles"), null, null, null, null), "test").verzoek().kenmerk();
        recording.record(k, new NewEvent("decided", LocalDate.now().minusDays(2), null, null, Map.of()), nl.openbaar.account.Actor.system("test"));
        recording.record(k, new NewEvent("sent", LocalDate.now().minusDays(1), null, null, Map.of()), nl.openbaar.account.Actor.system("test"));
        account("pf-behandelaar", Role.CASE_HANDLER);
        account("pf-publicatie", Role.PUBLISHER);
        teams.add(k, "pf-behandelaar", "test");
        return k;
    }

    private Path pkg(String word, List<Line> decision) {
        return DemoPackage.write(tmp.resolve(word), decision, List.of(
                new Doc("0001", "Verslag over " + word, "deels openbaar", "5.1.2e", "2024-05-01", List.of(
                        List.of(Line.text("Eerste pagina zonder het woord.")),
                        List.of(Line.text("Op de tweede pagina staat het zoekwoord " + word + " in een zin."), Line.redacted("5.1.2e")))),
                new Doc("0002", "Bijlage", "openbaar", "", "2024-05-02", List.of(List.of(Line.text("Een bijlage over " + word + "."))))),
                "test");
    }

    private String prepare(String kenmerk, Path dir) throws Exception {
        mvc.perform(multipart("/beheer/verzoeken/" + kenmerk + "/publicatie")
                        .file(new MockMultipartFile("package", "pakket.zip", "application/zip", Zipped.folder(dir)))
                        .with(user("pf-behandelaar").roles("CASE_HANDLER")).with(csrf()))
                .andExpect(status().isFound());
        return publications.forRequest(kenmerk).stream().findFirst().map(Publicatie::publicId).orElse(null);
    }

    private String html(String url) throws Exception {
        return mvc.perform(get(url)).andReturn().getResponse().getContentAsString();
    }

    @Test
    void fromPackageToPortalAndOffItAgain() throws Exception {
        String word = "zeehondencrèche";
        String k = decidedCase("zeehondenopvang", new Verzoeker("Mirjam Oosterhout", null, "m.oosterhout@example.org", null));
        String id = prepare(k, pkg(word, List.of(Line.text("Besluit op uw verzoek over " + word), Line.text("Geachte heer/mevrouw,"))));
        assertThat(id).isNotNull();
        Publicatie p = publications.find(id).orElseThrow();
        String docId = publications.files(p).stream().filter(f -> "0001".equals(f.inventoryNumber())).findFirst().orElseThrow().publicId();

        // Not public yet: every public address answers 404 and search finds nothing.
        mvc.perform(get("/besluiten/" + id)).andExpect(status().isNotFound());
        mvc.perform(get("/documenten/" + docId)).andExpect(status().isNotFound());
        mvc.perform(get("/bestanden/" + docId + "/0001.pdf")).andExpect(status().isNotFound());
        mvc.perform(get("/documenten/" + docId + "/diwoo.xml")).andExpect(status().isNotFound());
        mvc.perform(get("/besluiten/" + id + "/data.json")).andExpect(status().isNotFound());
        mvc.perform(get("/besluiten/" + id + "/data.csv")).andExpect(status().isNotFound());
        assertThat(html("/open-data/besluiten.csv")).doesNotContain(id);
        assertThat(html("/zoeken?q=" + word)).doesNotContain("Verslag over");
        assertThat(html("/sitemaps/sitemap-diwoo-infocat014-00001.xml")).doesNotContain(docId);

        // Four eyes: the case handler cannot approve (role), a publisher on the team cannot either (case).
        mvc.perform(post("/beheer/publicaties/" + id + "/goedkeuren").with(user("pf-behandelaar").roles("CASE_HANDLER")).with(csrf()))
                .andExpect(status().isForbidden());
        account("pf-publicatie-in-team", Role.PUBLISHER, Role.CASE_HANDLER);
        teams.add(k, "pf-publicatie-in-team", "test");
        mvc.perform(post("/beheer/publicaties/" + id + "/goedkeuren").with(user("pf-publicatie-in-team").roles("PUBLISHER", "CASE_HANDLER"))
                .with(csrf())).andExpect(status().isForbidden());
        assertThat(publications.find(id).orElseThrow().status().name()).isEqualTo("AWAITING_APPROVAL");
        // A publisher cannot publish before approval.
        mvc.perform(post("/beheer/publicaties/" + id + "/publiceren").with(user("pf-publicatie").roles("PUBLISHER")).with(csrf()))
                .andExpect(status().isFound());
        assertThat(publications.find(id).orElseThrow().status().name()).isEqualTo("AWAITING_APPROVAL");

        mvc.perform(post("/beheer/publicaties/" + id + "/goedkeuren").with(user("pf-publicatie").roles("PUBLISHER")).with(csrf()))
                .andExpect(status().isFound());
        assertThat(publications.find(id).orElseThrow().approvedBy()).isEqualTo("pf-publicatie");
        mvc.perform(get("/besluiten/" + id)).andExpect(status().isNotFound());
        mvc.perform(post("/beheer/publicaties/" + id + "/publiceren").with(user("pf-publicatie").roles("PUBLISHER")).with(csrf()))
                .andExpect(status().isFound());

        // Public now.
        String decision = html("/besluiten/" + id);
        assertThat(decision).contains("zeehondenopvang").contains("Verslag over " + word).contains("deels openbaar").contains("5.1.2e")
                .doesNotContain("Mirjam").doesNotContain("oosterhout");
        assertThat(html("/besluiten")).contains(id);
        byte[] pdf = mvc.perform(get("/bestanden/" + docId + "/0001.pdf")).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsByteArray();
        assertThat(new String(pdf, 0, 5)).isEqualTo("%PDF-");

        // Full-text search finds the page, with the hit highlighted and a link to that page.
        String results = html("/zoeken?q=" + word);
        assertThat(results).contains("Verslag over " + word).contains("<mark class=\"utrecht-mark\">" + word + "</mark>")
                .contains("/documenten/" + docId + "/pagina/2");
        mvc.perform(get("/documenten/" + docId + "/pagina/2")).andExpect(status().isFound())
                .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl(
                        "/bestanden/" + docId + "/0001.pdf#page=2"));
        // Dutch stemming: the plural finds the singular.
        assertThat(html("/zoeken?q=verslagen")).contains("Verslag over " + word);

        // DiWoo: robots.txt names the sitemap index, which leads to a sitemap with <loc> straight at the file.
        assertThat(html("/robots.txt")).contains("Sitemap: https://woo.example.nl/sitemapindex-diwoo-infocat014.xml");
        assertThat(html("/sitemapindex-diwoo-infocat014.xml"))
                .contains("<loc>https://woo.example.nl/sitemaps/sitemap-diwoo-infocat014-00001.xml</loc>");
        String sitemap = html("/sitemaps/sitemap-diwoo-infocat014-00001.xml");
        assertThat(sitemap).contains("<loc>https://woo.example.nl/bestanden/" + docId + "/0001.pdf</loc>")
                .contains("https://identifier.overheid.nl/tooi/def/thes/kern/c_3baef532")
                .contains("<diwoo:officieleTitel>Verslag over " + word + "</diwoo:officieleTitel>");
        assertThat(html("/documenten/" + docId + "/diwoo.xml")).contains("diwoo:DiWoo").contains("c_641ecd76");

        // Open data: the decision as JSON and CSV at stable addresses, in the bulk export and in a sitemap robots.txt names.
        assertThat(decision).contains("/besluiten/" + id + "/data.json").contains("/besluiten/" + id + "/data.csv");
        var json = new tools.jackson.databind.ObjectMapper().readTree(html("/besluiten/" + id + "/data.json"));
        assertThat(json.get("url").asString()).isEqualTo("https://woo.example.nl/besluiten/" + id);
        assertThat(json.get("category").asString()).isEqualTo("infocat014");
        assertThat(json.get("regime").asString()).isEqualTo("woo");
        assertThat(json.get("received").asString()).matches("\\d{4}-\\d{2}-\\d{2}");
        assertThat(json.get("decided").asString()).matches("\\d{4}-\\d{2}-\\d{2}");
        assertThat(json.get("daysTaken").asLong()).isEqualTo(java.time.temporal.ChronoUnit.DAYS.between(
                java.time.LocalDate.parse(json.get("received").asString()), java.time.LocalDate.parse(json.get("decided").asString())));
        var doc1 = json.get("documents").get(0);
        assertThat(doc1.get("inventoryNumber").asString()).isEqualTo("0001");
        assertThat(doc1.get("judgement").asString()).isEqualTo("deels openbaar");
        assertThat(doc1.get("grounds").get(0).asString()).isEqualTo("5.1.2e");
        assertThat(doc1.get("url").asString()).isEqualTo("https://woo.example.nl/documenten/" + docId);
        assertThat(html("/besluiten/" + id + "/data.json")).doesNotContain("Mirjam").doesNotContain(k);
        var csv = org.apache.commons.csv.CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get()
                .parse(new java.io.StringReader(html("/besluiten/" + id + "/data.csv"))).getRecords();
        assertThat(csv).hasSize(json.get("documents").size());
        assertThat(csv.getFirst().get("documentnummer")).isEqualTo("0001");
        assertThat(csv.getFirst().get("gronden")).contains("5.1.2e");
        assertThat(csv.getFirst().get("dagen")).isEqualTo(Long.toString(json.get("daysTaken").asLong()));
        assertThat(html("/open-data/besluiten.csv")).contains(id).contains(docId);
        assertThat(new tools.jackson.databind.ObjectMapper().readTree(html("/open-data/besluiten.json")).findValuesAsString("id"))
                .contains(id);
        assertThat(html("/robots.txt")).contains("Sitemap: https://woo.example.nl/sitemap-open-data.xml");
        assertThat(html("/sitemap-open-data.xml")).contains("<loc>https://woo.example.nl/besluiten/" + id + "/data.json</loc>")
                .contains("<loc>https://woo.example.nl/besluiten/" + id + "/data.csv</loc>")
                .contains("<loc>https://woo.example.nl/open-data/besluiten.csv</loc>");

        // Withdraw document 1 with a reason: gone from search, file, document page and sitemap; the history says why.
        mvc.perform(post("/beheer/publicaties/" + id + "/bestanden/" + docId + "/intrekken").with(user("pf-behandelaar").roles("CASE_HANDLER"))
                .with(csrf()).param("reason", "UNREDACTED_DATA")).andExpect(status().isForbidden());
        mvc.perform(multipart("/beheer/publicaties/" + id + "/bestanden/" + docId + "/intrekken")
                .with(user("pf-publicatie").roles("PUBLISHER")).with(csrf())
                .param("reason", "UNREDACTED_DATA").param("note", "naam op pagina 2 was niet gelakt")).andExpect(status().isFound());
        assertThat(html("/zoeken?q=verslagen")).doesNotContain("Verslag over " + word);
        mvc.perform(get("/bestanden/" + docId + "/0001.pdf")).andExpect(status().isNotFound());
        mvc.perform(get("/documenten/" + docId)).andExpect(status().isNotFound());
        assertThat(html("/sitemaps/sitemap-diwoo-infocat014-00001.xml")).doesNotContain(docId);
        assertThat(html("/besluiten/" + id + "/data.json")).doesNotContain(docId);
        assertThat(html("/open-data/besluiten.csv")).doesNotContain(docId);
        assertThat(html("/besluiten/" + id)).contains("Ongelakte gegevens in het document").contains("naam op pagina 2 was niet gelakt")
                .contains("ingetrokken");
        // The other document stays.
        assertThat(html("/zoeken?q=bijlage")).contains("Bijlage");
    }

    @Autowired
    nl.openbaar.account.RequesterAccess requesterAccess;

    @Test
    void publicationNeedsADecisionAndItsSendingAndThenEveryPageShowsTheSameStatusAndDates() throws Exception {
        String k = registering.register(new NewRequest(null, "woo", new Verzoeker("Anouk Brandsma", null, null, null),
                LocalDate.now().minusDays(30), LocalDate.now().minusDays(29), "email", "de vaarroute van de veerpont",
                List.of("alles"), null, null, null, null), "test").verzoek().kenmerk();
        account("pf-behandelaar", Role.CASE_HANDLER);
        account("pf-publicatie", Role.PUBLISHER);
        teams.add(k, "pf-behandelaar", "test");
        String id = prepare(k, pkg("veerpont", List.of(Line.text("Besluit op uw verzoek over de veerpont"), Line.text("Geachte heer/mevrouw,"))));
        mvc.perform(post("/beheer/publicaties/" + id + "/goedkeuren").with(user("pf-publicatie").roles("PUBLISHER")).with(csrf()))
                .andExpect(status().isFound());
        // Not decided, not sent: publishing is refused and nothing goes public.
        mvc.perform(post("/beheer/publicaties/" + id + "/publiceren").with(user("pf-publicatie").roles("PUBLISHER")).with(csrf()))
                .andExpect(status().isFound());
        assertThat(publications.find(id).orElseThrow().status().name()).isEqualTo("APPROVED");
        mvc.perform(get("/besluiten/" + id)).andExpect(status().isNotFound());
        LocalDate decided = LocalDate.now().minusDays(3);
        LocalDate sent = LocalDate.now().minusDays(2);
        recording.record(k, new NewEvent("decided", decided, null, null, Map.of()), nl.openbaar.account.Actor.system("test"));
        String beforeSending = mvc.perform(get("/beheer").with(user("pf-behandelaar").roles("CASE_HANDLER")))
                .andReturn().getResponse().getContentAsString();
        assertThat(beforeSending).contains(k).contains("Besluit verzenden aan de verzoeker");
        recording.record(k, new NewEvent("sent", sent, null, null, Map.of()), nl.openbaar.account.Actor.system("test"));
        mvc.perform(post("/beheer/publicaties/" + id + "/publiceren").with(user("pf-publicatie").roles("PUBLISHER")).with(csrf()))
                .andExpect(status().isFound());
        assertThat(publications.find(id).orElseThrow().status().name()).isEqualTo("PUBLISHED");

        Format fmt = new Format();
        String decidedText = fmt.longDate(decided);
        String sentText = fmt.longDate(sent);
        String requestPage = mvc.perform(get("/beheer/verzoeken/" + k).with(user("pf-behandelaar").roles("CASE_HANDLER")))
                .andReturn().getResponse().getContentAsString();
        String dashboard = mvc.perform(get("/beheer").with(user("pf-behandelaar").roles("CASE_HANDLER")))
                .andReturn().getResponse().getContentAsString();
        String code = requesterAccess.issue(k);
        String requester = mvc.perform(post("/status").with(csrf()).param("kenmerk", k).param("code", code))
                .andReturn().getResponse().getContentAsString();
        String portal = html("/besluiten/" + id);
        assertThat(firstMatch(requestPage, "id=\"stage\"[^>]*><strong>([^<]+)<")).isEqualTo("gepubliceerd");
        assertThat(firstMatch(requester, "id=\"state\">([^<]+)<")).isEqualTo("gepubliceerd");
        assertThat(firstMatch(portal, "id=\"stage\">([^<]+)<")).isEqualTo("gepubliceerd");
        String dashboardLine = firstMatch(dashboard, "(?s)(<li[^>]*>\\s*<a[^>]*>" + Pattern.quote(k) + "</a>.*?</li>)");
        assertThat(dashboardLine).contains("gepubliceerd");
        for (String page : List.of(requestPage, dashboardLine, requester, portal)) {
            assertThat(page).contains(decidedText).contains(sentText);
        }
        assertThat(firstMatch(portal, "id=\"decision-date\">([^<]+)<")).isEqualTo(decidedText);
        assertThat(firstMatch(portal, "id=\"sent-date\">([^<]+)<")).isEqualTo(sentText);
        assertThat(firstMatch(requester, "id=\"decision-date\">([^<]+)<")).isEqualTo(decidedText);
        assertThat(firstMatch(requester, "id=\"sent-date\">([^<]+)<")).isEqualTo(sentText);
        assertThat(requestPage).doesNotContain(">loopt<");
    }

    @Test
    void aPackageHoldingTheRequestersNameIsRefused() throws Exception {
        String k = decidedCase("gemeentelijke parkeervergunningen", new Verzoeker("Bartholomeus Kwakkelstein", null, null, null));
        String id = prepare(k, pkg("parkeren", List.of(Line.text("Geachte heer Bartholomeus Kwakkelstein,"), Line.text("Besluit."))));
        assertThat(id).isNull();
        String page = mvc.perform(get("/beheer/verzoeken/" + k).with(user("pf-behandelaar").roles("CASE_HANDLER"))
                .flashAttr("publicationError", "x")).andReturn().getResponse().getContentAsString();
        assertThat(page).contains("x");
    }

    @Test
    void aPackageWithoutPassedVerificationIsRefused() throws Exception {
        String k = decidedCase("verkeersborden", new Verzoeker("Ineke Vos", null, null, null));
        Path dir = pkg("verkeersborden", List.of(Line.text("Besluit.")));
        Files.writeString(dir.resolve("verificatie.json"), "{\"passed\": false}");
        assertThat(prepare(k, dir)).isNull();
        Files.delete(dir.resolve("verificatie.json"));
        assertThat(prepare(k, dir)).isNull();
    }

    @Test
    void aReplacementGoesThroughTheGateBeforeItTakesTheDocumentsPlace() throws Exception {
        String word = "kwartiermaker";
        String k = decidedCase("vervanging na publicatie", new Verzoeker("Harm Wiersma", null, "h.wiersma@example.org", null));
        String id = prepare(k, pkg(word, List.of(Line.text("Besluit over " + word))));
        mvc.perform(post("/beheer/publicaties/" + id + "/goedkeuren").with(user("pf-publicatie").roles("PUBLISHER")).with(csrf()));
        mvc.perform(post("/beheer/publicaties/" + id + "/publiceren").with(user("pf-publicatie").roles("PUBLISHER")).with(csrf()));
        Publicatie p = publications.find(id).orElseThrow();
        assertThat(p.status().name()).isEqualTo("PUBLISHED");
        String docId = publications.files(p).stream().filter(f -> "0002".equals(f.inventoryNumber())).findFirst().orElseThrow().publicId();

        // a replacement with a note (annotation) on it would publish what the gate forbids: refused, the old file stays
        byte[] annotated = replacementPdf("Een verbeterde bijlage over " + word + ".", true);
        mvc.perform(multipart("/beheer/publicaties/" + id + "/bestanden/" + docId + "/intrekken")
                        .file(new MockMultipartFile("replacement", "0002.pdf", "application/pdf", annotated))
                        .with(user("pf-publicatie").roles("PUBLISHER")).with(csrf()).param("reason", "OTHER"))
                .andExpect(status().isFound())
                .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash()
                        .attribute("publicationError", org.hamcrest.Matchers.containsString("controle")));
        mvc.perform(get("/bestanden/" + docId + "/0002.pdf")).andExpect(status().isOk());

        // a clean replacement passes and takes the document's place
        byte[] clean = replacementPdf("Een verbeterde bijlage over " + word + ".", false);
        mvc.perform(multipart("/beheer/publicaties/" + id + "/bestanden/" + docId + "/intrekken")
                        .file(new MockMultipartFile("replacement", "0002.pdf", "application/pdf", clean))
                        .with(user("pf-publicatie").roles("PUBLISHER")).with(csrf()).param("reason", "OTHER"))
                .andExpect(status().isFound());
        mvc.perform(get("/bestanden/" + docId + "/0002.pdf")).andExpect(status().isNotFound());
        assertThat(publications.files(publications.find(id).orElseThrow())).filteredOn(f -> "0002".equals(f.inventoryNumber()) && !f.withdrawn())
                .singleElement().satisfies(f -> assertThat(f.replacesId()).isNotNull());
    }

    private static byte[] replacementPdf(String text, boolean withAnnotation) throws IOException {
        try (org.apache.pdfbox.pdmodel.PDDocument doc = new org.apache.pdfbox.pdmodel.PDDocument()) {
            org.apache.pdfbox.pdmodel.PDPage page = new org.apache.pdfbox.pdmodel.PDPage();
            doc.addPage(page);
            try (org.apache.pdfbox.pdmodel.PDPageContentStream cs = new org.apache.pdfbox.pdmodel.PDPageContentStream(doc, page)) {
                cs.beginText();
                cs.setFont(new org.apache.pdfbox.pdmodel.font.PDType1Font(org.apache.pdfbox.pdmodel.font.Standard14Fonts.FontName.HELVETICA), 12);
                cs.newLineAtOffset(72, 700);
                cs.showText(text);
                cs.endText();
            }
            if (withAnnotation) {
                org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationText note =
                        new org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationText();
                note.setContents("interne opmerking");
                note.setRectangle(new org.apache.pdfbox.pdmodel.common.PDRectangle(100, 600, 20, 20));
                page.getAnnotations().add(note);
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            doc.save(out);
            return out.toByteArray();
        }
    }

    @Test
    void theCaseTeamQueuesThePackageAndCanOnlyPutUpAVerifiedOne() throws Exception {
        String k = decidedCase("pakket op de achtergrond", new Verzoeker("Iris Achterberg", null, "iris@example.org", null));
        account("pf-buitenstaander", Role.CASE_HANDLER);
        mvc.perform(post("/beheer/verzoeken/" + k + "/publicatiepakket").with(user("pf-buitenstaander").roles("CASE_HANDLER")).with(csrf()))
                .andExpect(status().isForbidden());
        mvc.perform(post("/beheer/verzoeken/" + k + "/publicatiepakket/klaarzetten").with(user("pf-buitenstaander").roles("CASE_HANDLER")).with(csrf()))
                .andExpect(status().isForbidden());

        // nothing built yet: there is nothing to put up for approval, and no publication appears
        mvc.perform(post("/beheer/verzoeken/" + k + "/publicatiepakket/klaarzetten").with(user("pf-behandelaar").roles("CASE_HANDLER")).with(csrf()))
                .andExpect(status().isFound())
                .andExpect(flash().attribute("publicationError", org.hamcrest.Matchers.containsString("nog geen gecontroleerd publicatiepakket")));
        assertThat(publications.forRequest(k)).isEmpty();

        // building is queued as background work, not done inside the browser's request
        mvc.perform(post("/beheer/verzoeken/" + k + "/publicatiepakket").with(user("pf-behandelaar").roles("CASE_HANDLER")).with(csrf()))
                .andExpect(status().isFound())
                .andExpect(flash().attribute("message", org.hamcrest.Matchers.oneOf("package.queued", "package.alreadyQueued")));
        assertThat(work.isScheduled(BuildingPackageInBackground.TASK, k) || building.lastRun(k).isPresent()).isTrue();
        String page = mvc.perform(get("/beheer/verzoeken/" + k).with(user("pf-behandelaar").roles("CASE_HANDLER")))
                .andReturn().getResponse().getContentAsString();
        assertThat(page).contains("/js/progress.js");
    }

    @Test
    void guessedAndMalformedIdsAreNotFound() throws Exception {
        for (String url : List.of("/besluiten/1", "/besluiten/00000000000000000000000000000000", "/documenten/../../etc/passwd",
                "/bestanden/00000000000000000000000000000000/0001.pdf", "/documenten/abc/diwoo.xml", "/sitemaps/sitemap-diwoo-infocat014-00002.xml",
                "/sitemapindex-diwoo-infocat999.xml")) {
            int s = mvc.perform(get(url)).andReturn().getResponse().getStatus();
            assertThat(s).as(url).isIn(400, 404);
        }
    }

    static String firstMatch(String html, String regex) {
        Matcher m = Pattern.compile(regex).matcher(html);
        return m.find() ? m.group(1) : null;
    }
}
