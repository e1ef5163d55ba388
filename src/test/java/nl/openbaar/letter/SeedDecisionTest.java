package nl.openbaar.letter;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.time.LocalDate;
import java.util.List;
import nl.openbaar.deadline.ComputingDeadline;
import nl.openbaar.inventory.model.Inventaris;
import nl.openbaar.law.RuleBase;
import nl.openbaar.letter.compose.CaseFile;
import nl.openbaar.letter.compose.CaseFiles;
import nl.openbaar.letter.compose.DecisionComposer;
import nl.openbaar.letter.compose.DefaultTexts;
import nl.openbaar.letter.model.ArticleTexts;
import nl.openbaar.letter.model.Block;
import nl.openbaar.letter.model.DecisionKind;
import nl.openbaar.letter.model.Letter;
import nl.openbaar.letter.model.Section;
import nl.openbaar.letter.model.Zoekslag;
import nl.openbaar.letter.render.AccessiblePdf;
import nl.openbaar.letter.render.LetterHtml;
import nl.openbaar.request.model.VerzoekView;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

/**
 * The "done when": a case built from seed 000's facts gives a decision in that letter's order, with its
 * dates, the counts per inventory list, considerations for exactly 10.2.e, 10.2.g and 11.1, and an annex with
 * Wob articles 10 and 11; seed 003's facts give the no-documents decision with search terms, period and the
 * forwarding. Every PDF passes veraPDF for PDF/A-2a and PDF/UA-1.
 */
class SeedDecisionTest {

    private static final RuleBase LAW = RuleBase.standard();
    private static final DecisionComposer COMPOSER = new DecisionComposer(LAW, new ArticleTexts(LAW, DefaultTexts.articleSupplement()));

    static Letter decision(VerzoekView view, Inventaris inv, Zoekslag z, LocalDate date, boolean published) {
        return decision(view, inv, java.util.Map.of(), z, date, published);
    }

    static Letter decision(VerzoekView view, Inventaris inv, java.util.Map<Long, nl.openbaar.inventory.model.DocumentRedactions> boxes,
            Zoekslag z, LocalDate date, boolean published) {
        CaseFile file = CaseFiles.of(view, inv, boxes, z, DefaultTexts.catalogue(), SeedCases.JENV, date, published,
                ComputingDeadline.standard());
        return COMPOSER.compose(file);
    }

    static String pdfText(byte[] pdf) throws IOException {
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(doc).replaceAll("\\s+", " ");
        }
    }

    static byte[] pdf(Letter letter) {
        return AccessiblePdf.render(LetterHtml.of(letter, AccessiblePdf.css("brief.css")));
    }

    @Test
    void seed000SectionsComeInTheOrderOfTheSignedDecision() {
        Letter letter = decision(SeedCases.seed000(), SeedCases.inventory000(), SeedCases.redactions000(), null, LocalDate.of(2021, 10, 28), false);
        assertThat(letter.outline()).containsExactly("inleiding", "procedure", "wettelijk-kader", "inventarisatie", "besluit",
                "reeds-openbaar", "overwegingen", "grond:10.2.e", "grond:10.2.e:1", "grond:10.2.e:2", "grond:10.2.g", "grond:10.2.g:1",
                "grond:11.1", "grond:11.1:1", "grond:11.1:2", "openbaarmaking", "ondertekening", "bezwaar",
                "bijlage-1", "bijlage-2", "bijlage-3", "bijlage-4", "bijlage-5");
        assertThat(DecisionComposer.kind(SeedCases.inventory000())).isEqualTo(DecisionKind.DEELS_OPENBAAR);
    }

    @Test
    void seed000DatesComeFromTheTimeline() {
        Letter letter = decision(SeedCases.seed000(), SeedCases.inventory000(), SeedCases.redactions000(), null, LocalDate.of(2021, 10, 28), false);
        String intro = letter.section("inleiding").text();
        assertThat(intro).contains("In uw brief van 9 juni 2021, ontvangen op 11 juni 2021, heeft u mij met een beroep op de Wet"
                + " openbaarheid van bestuur (hierna: Wob) verzocht");
        assertThat(intro).contains("Gelet hierop is de relevante periode vastgesteld op 1 januari 2020 tot 11 juni 2021.");
        String procedure = letter.section("procedure").text();
        assertThat(procedure).contains("Op 11 juni 2021 heb ik uw Wob-verzoek ontvangen.");
        assertThat(procedure).contains("Bij brief van 25 juni 2021 (met kenmerk 3405378) heb ik de ontvangst van uw Wob-verzoek bevestigd."
                + " Tevens heb ik u laten weten dat ik de termijn van behandeling met vier weken verleng tot 6 augustus 2021, omdat een"
                + " zorgvuldige besluitvorming meer tijd vergt.");
        assertThat(procedure).contains("Bij e-mails van 13, 23, 25 en 26 augustus 2021 is er contact geweest");
        assertThat(procedure).contains("Daarbij is een termijn afgesproken van 3 september 2021.");
        assertThat(procedure).contains("In uw brief van 17 augustus 2021, ontvangen op 18 augustus 2021, heeft u mij in gebreke gesteld");
        assertThat(procedure).contains("Op 6 september 2021 heeft u beroep ingediend wegens niet tijdig beslissen.");
        assertThat(procedure).contains("Op 17 september 2021 heb ik een verweerschrift ingediend");
        // seed 000's order: the contacts (13–26 August) before the default notice of 18 August, then 31 August.
        assertThat(procedure.indexOf("13, 23, 25 en 26 augustus")).isLessThan(procedure.indexOf("in gebreke gesteld"));
        assertThat(procedure.indexOf("in gebreke gesteld")).isLessThan(procedure.indexOf("31 augustus 2021"));
        assertThat(letter.references()).contains(new Letter.Reference("Datum", "28 oktober 2021"));
        assertThat(letter.section("besluit").text()).contains("ingevolge artikel 15 van de Wob niet van toepassing");
    }

    @Test
    void seed000CountsPerInventoryList() {
        Letter letter = decision(SeedCases.seed000(), SeedCases.inventory000(), SeedCases.redactions000(), null, LocalDate.of(2021, 10, 28), false);
        String found = letter.section("inventarisatie").text();
        assertThat(found).contains("in totaal 89 documenten aangetroffen");
        assertThat(found).contains("vier inventarislijsten, die als bijlage 2 (Niet openbaar), bijlage 3 (Deels openbaar), bijlage 4"
                + " (Openbaar) en bijlage 5 (Reeds openbaar) bij dit besluit zijn gevoegd");
        assertThat(found).contains("Niet openbaar: 9 documenten (bijlage 2)", "Deels openbaar: 50 documenten (bijlage 3)",
                "Openbaar: 20 documenten (bijlage 4)", "Reeds openbaar: 10 documenten (bijlage 5)");
        assertThat(rows(letter.section("bijlage-2"))).isEqualTo(SeedCases.NIET);
        assertThat(rows(letter.section("bijlage-3"))).isEqualTo(SeedCases.DEELS);
        assertThat(rows(letter.section("bijlage-4"))).isEqualTo(SeedCases.OPENBAAR);
        assertThat(rows(letter.section("bijlage-5"))).isEqualTo(SeedCases.REEDS);
        assertThat(letter.section("bijlage-5").text()).contains("https://www.rijksoverheid.nl/documenten/kamerstukken/2020/080");
    }

    @Test
    void seed000ConsidersExactlyTheGroundsAppliedAndPrintsOnlyTheirArticles() {
        Letter letter = decision(SeedCases.seed000(), SeedCases.inventory000(), SeedCases.redactions000(), null, LocalDate.of(2021, 10, 28), false);
        assertThat(letter.sections().stream().map(Section::id).filter(id -> id.matches("grond:[^:]+")))
                .containsExactly("grond:10.2.e", "grond:10.2.g", "grond:11.1");
        assertThat(letter.section("grond:10.2.e").heading()).isEqualTo("Eerbiediging van de persoonlijke levenssfeer (artikel 10.2.e Wob)");
        assertThat(letter.section("grond:10.2.e").text()).contains("In het kader van goed werkgeverschap");
        // Per group of documents, the reasoning for what their boxes hold: names and phone numbers in the partly
        // disclosed documents, the withheld documents on their own (the lawyer writes that reasoning).
        assertThat(letter.section("grond:10.2.e:1").heading()).startsWith("Documenten 1, 2, 4 tot en met 8,");
        assertThat(letter.section("grond:10.2.e:1").text()).contains("in bijlage 3 (Deels openbaar) heb ik op deze grond namen en"
                + " telefoonnummers weggelakt").contains("Directe en mobiele telefoonnummers").doesNotContain("groepsmailbox");
        assertThat(letter.section("grond:10.2.e:2").text()).contains("Documenten 3, 9, 15, 21, 33, 40, 47 en 52 in bijlage 2"
                + " (Niet openbaar) maak ik op deze grond geheel niet openbaar").contains("«Motivering invullen");
        // 10.2.g was only applied to group mailboxes in redactions: only the partly disclosed list is named.
        assertThat(letter.sections().stream().map(Section::id).filter(id -> id.startsWith("grond:10.2.g"))).hasSize(2);
        assertThat(letter.section("grond:10.2.g:1").text()).contains("in bijlage 3 (Deels openbaar)").contains("groepsmailboxen")
                .doesNotContain("bijlage 2");
        assertThat(letter.section("grond:11.1").text()).contains("artikel 11, tweede lid, van de Wob");
        assertThat(letter.warnings()).anyMatch(w -> w.startsWith("Grond 10.2.e, de documenten 3, 9, 15"));
        Section annex = letter.section("bijlage-1");
        assertThat(annex.heading()).isEqualTo("Bijlage 1: Relevante artikelen uit de Wob");
        List<String> articles = annex.blocks().stream().filter(b -> b instanceof Block.SubHeading).map(b -> ((Block.SubHeading) b).text()).toList();
        assertThat(articles).containsExactly("Artikel 10", "Artikel 11");
        String text = annex.text();
        assertThat(text).contains("1. Het verstrekken van informatie ingevolge deze wet blijft achterwege voor zover dit:")
                .contains("g. het voorkomen van onevenredige bevoordeling of benadeling van bij de aangelegenheid betrokken natuurlijke"
                        + " personen of rechtspersonen dan wel van derden.")
                .contains("8. Voorzover het vierde lid, eerste volzin, niet van toepassing is")
                .contains("4. In afwijking van het eerste lid wordt bij milieu-informatie");
    }

    @Test
    void seed000PdfIsPdfA2aAndPdfUa1AndReadsBack() throws IOException {
        Letter letter = decision(SeedCases.seed000(), SeedCases.inventory000(), SeedCases.redactions000(), null, LocalDate.of(2021, 10, 28), false);
        byte[] pdf = pdf(letter);
        PdfCompliance.assertPdfA2aAndUa1(pdf);
        String text = pdfText(pdf);
        assertThat(text).contains("Geachte Marieke van den Berg,").contains("tot 6 augustus 2021").contains("aangetroffen");
    }

    @Test
    void thePublishedSeed000DecisionHasNoRequesterData() throws IOException {
        Letter letter = decision(SeedCases.seed000(), SeedCases.inventory000(), SeedCases.redactions000(), null, LocalDate.of(2021, 10, 28), true);
        assertThat(letter.recipient()).isEmpty();
        assertThat(letter.salutation()).isEqualTo("Geachte");
        byte[] pdf = pdf(letter);
        PdfCompliance.assertPdfA2aAndUa1(pdf);
        String text = pdfText(pdf);
        assertThat(text).contains("Geachte In uw brief van 9 juni 2021");
        assertThat(text).doesNotContain("Marieke").doesNotContain("van den Berg").doesNotContain("Lindenlaan").doesNotContain("3581 AB")
                .doesNotContain("voorbeeldpost").doesNotContain("18273645");
    }

    @Test
    void seed003IsTheNoDocumentsDecisionWithSearchTermsPeriodAndForwarding() throws IOException {
        VerzoekView view = SeedCases.seed003();
        Letter letter = decision(view, SeedCases.emptyInventory(view), SeedCases.zoekslag003(), LocalDate.of(2021, 12, 9), false);
        assertThat(DecisionComposer.kind(SeedCases.emptyInventory(view))).isEqualTo(DecisionKind.GEEN_DOCUMENTEN);
        assertThat(letter.outline()).containsExactly("inleiding", "procedure", "wettelijk-kader", "inventarisatie", "besluit",
                "overwegingen", "doorzending", "openbaarmaking", "ondertekening", "bezwaar");
        assertThat(letter.annexes()).isEmpty();
        assertThat(letter.section("procedure").text()).contains("Bij brief van 25 oktober 2021 (met kenmerk 2021-0000557757) heb ik de"
                + " ontvangst van uw Wob-verzoek bevestigd.");
        assertThat(letter.section("inventarisatie").text()).contains("Er zijn geen documenten aanwezig bij het ministerie");
        assertThat(letter.section("besluit").text()).contains("Ik heb besloten uw verzoek af te wijzen, aangezien er geen document");
        String considerations = letter.section("overwegingen").text();
        assertThat(considerations).contains("Clearview", "Clearview AI", "Clearview gezichtsherkenning", "Gezichtsherkenningssoftware",
                "Biometrische gezichtsherkenningssoftware", "Biometrische identificatie", "Biometrische herkenning");
        assertThat(considerations).contains("Daarbij is gezocht in de periode van 1 januari 2017 tot en met 12 november 2021.");
        assertThat(considerations).contains("artikel 1, aanhef en onder a, van de Wob");
        Section forwarding = letter.section("doorzending");
        assertThat(forwarding.heading()).isEqualTo("Doorzending naar de AIVD");
        assertThat(forwarding.text()).contains("is uw verzoek op 18 november 2021 – na overleg met u – doorgezonden naar de AIVD ter"
                + " behandeling als informatieverzoek op grond van de Wet op de inlichtingen- en veiligheidsdiensten (Wiv).")
                .contains("De afwijzing van uw Wob-verzoek bij het ministerie heeft geen gevolgen voor de doorzending");
        assertThat(letter.section("openbaarmaking").text()).contains("Een geanonimiseerde versie van dit besluit");
        byte[] pdf = pdf(letter);
        PdfCompliance.assertPdfA2aAndUa1(pdf);
        assertThat(pdfText(pdf)).contains("Biometrische herkenning").contains("18 november 2021");
    }

    @Test
    void aNoDocumentsDecisionWithoutSearchRecordWarnsTheLawyer() {
        VerzoekView view = SeedCases.seed003();
        Letter letter = decision(view, SeedCases.emptyInventory(view), null, LocalDate.of(2021, 12, 9), false);
        assertThat(letter.warnings()).anyMatch(w -> w.contains("geen zoekslag"));
    }

    @Test
    void veraPdfRejectsAnUntaggedPdf() throws IOException {
        // The negative control: a plain PDFBox page is neither PDF/A nor PDF/UA, so the validator really runs.
        try (PDDocument doc = new PDDocument(); var out = new java.io.ByteArrayOutputStream()) {
            doc.addPage(new org.apache.pdfbox.pdmodel.PDPage());
            doc.save(out);
            assertThat(PdfCompliance.failures(out.toByteArray(), org.verapdf.pdfa.flavours.PDFAFlavour.PDFUA_1)).isNotEmpty();
            assertThat(PdfCompliance.failures(out.toByteArray(), org.verapdf.pdfa.flavours.PDFAFlavour.PDFA_2_A)).isNotEmpty();
        }
    }

    private static int rows(Section annex) {
        return annex.blocks().stream().filter(b -> b instanceof Block.Table).mapToInt(b -> ((Block.Table) b).rows().size()).sum();
    }
}
