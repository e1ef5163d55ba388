package nl.openbaar.letter;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import nl.openbaar.deadline.ComputingDeadline;
import nl.openbaar.inventory.model.Beoordeling;
import nl.openbaar.inventory.model.DocumentBeoordeling;
import nl.openbaar.inventory.model.DocumentRedactions;
import nl.openbaar.inventory.model.DocumentRedactions.Mark;
import nl.openbaar.inventory.model.InventoryDocument;
import nl.openbaar.inventory.model.InventoryRules;
import nl.openbaar.inventory.model.Inventaris;
import nl.openbaar.law.Regime;
import nl.openbaar.law.RuleBase;
import nl.openbaar.letter.compose.DecisionComposer;
import nl.openbaar.letter.model.Block;
import nl.openbaar.letter.model.DecisionKind;
import nl.openbaar.letter.model.Letter;
import nl.openbaar.letter.model.Section;
import nl.openbaar.request.model.Channel;
import nl.openbaar.request.model.Event;
import nl.openbaar.request.model.EventType;
import nl.openbaar.request.model.Periode;
import nl.openbaar.request.model.Timeline;
import nl.openbaar.request.model.Verzoek;
import nl.openbaar.request.model.VerzoekView;
import nl.openbaar.request.model.Verzoeker;
import org.junit.jupiter.api.Test;

/** A Woo decision: Woo texts and articles, a ground without a standard text, Woo 5.3 for old documents, every variant. */
class WooDecisionTest {

    private static final LocalDate DECIDED = LocalDate.of(2024, 5, 20);

    static VerzoekView wooCase(boolean defaultNotice) {
        Verzoek v = new Verzoek(7, "WOO-2024-0007", Regime.WOO, new Verzoeker("Sanne de Wit", "Keizersgracht 412-III, 1016 GC Amsterdam",
                "s.dewit@voorbeeldredactie.nl", "06 11 22 33 44"), LocalDate.of(2024, 2, 28), LocalDate.of(2024, 3, 1), Channel.EMAIL,
                "de aanschaf van camera's met gezichtsherkenning", List.of("Offertes en contracten;", "Adviezen over privacy."),
                null, new Periode(LocalDate.of(2015, 1, 1), LocalDate.of(2024, 3, 1)), null, "Directie Bedrijfsvoering",
                Instant.parse("2024-03-01T09:00:00Z"));
        List<Event> events = new ArrayList<>();
        events.add(new Event(1, EventType.RECEIVED, LocalDate.of(2024, 3, 1), null, null, Map.of(), Instant.EPOCH, "t"));
        events.add(new Event(2, EventType.EXTENDED, LocalDate.of(2024, 3, 20), null, null,
                Map.of(Event.REASON, "de omvang van de informatie dat vergt"), Instant.EPOCH, "t"));
        if (defaultNotice) {
            events.add(new Event(3, EventType.DEFAULT_NOTICE, LocalDate.of(2024, 4, 29), null, null, Map.of(), Instant.EPOCH, "t"));
        }
        events.add(new Event(4, EventType.DECIDED, DECIDED, null, null, Map.of(), Instant.EPOCH, "t"));
        return new VerzoekView(v, events, ComputingDeadline.standard().compute(Timeline.facts(v, events, DECIDED)));
    }

    static Inventaris inventory(Beoordeling... judgements) {
        List<InventoryDocument> docs = new ArrayList<>();
        Map<Long, DocumentBeoordeling> j = new HashMap<>();
        Map<Long, DocumentRedactions> r = new HashMap<>();
        for (int i = 0; i < judgements.length; i++) {
            long id = i + 1;
            // The first document is from 2017: more than five years before the decision.
            LocalDate date = i == 0 ? LocalDate.of(2017, 5, 1) : LocalDate.of(2023, 6, 1);
            docs.add(new InventoryDocument(id, i + 1, "Offerte <camera's> & \"contract\" \u0007" + (i + 1), "o.pdf", "pdf", date, null, null, null));
            Beoordeling b = judgements[i];
            List<String> grounds = b == Beoordeling.NIET_OPENBAAR ? List.of("5.1.2a") : List.of();
            List<String> links = b == Beoordeling.REEDS_OPENBAAR ? List.of("https://open.overheid.nl/documenten/" + id) : List.of();
            j.put(id, new DocumentBeoordeling(id, b, grounds, null, links, null, false, "jurist", Instant.EPOCH));
            if (b == Beoordeling.DEELS_OPENBAAR) {
                r.put(id, new DocumentRedactions(id, List.of(new Mark("5.1.2e", "Sanne"), new Mark("5.2", "Mijn advies is te wachten."))));
            }
        }
        return InventoryRules.derive("WOO-2024-0007", Regime.WOO, docs, j, r, RuleBase.standard());
    }

    @Test
    void aWooDecisionUsesWooTextsArticlesAndTheFiveYearRule() throws Exception {
        Inventaris inv = inventory(Beoordeling.DEELS_OPENBAAR, Beoordeling.NIET_OPENBAAR, Beoordeling.OPENBAAR);
        Letter letter = SeedDecisionTest.decision(wooCase(true), inv, null, DECIDED, false);
        assertThat(letter.outline()).containsExactly("inleiding", "procedure", "wettelijk-kader", "inventarisatie", "besluit", "overwegingen",
                "grond:5.1.2a", "grond:5.1.2a:1", "grond:5.1.2e", "grond:5.1.2e:1", "grond:5.2", "grond:5.2:1", "ouder-dan-vijf-jaar",
                "openbaarmaking", "ondertekening", "bezwaar",
                "bijlage-1", "bijlage-2", "bijlage-3", "bijlage-4");
        assertThat(letter.section("procedure").text()).contains("Bij brief van 20 maart 2024 heb ik u laten weten dat ik de termijn van"
                + " behandeling met twee weken verleng tot 12 april 2024").contains("artikel 8.2 van de Woo");
        assertThat(letter.section("besluit").text()).contains("ingevolge artikel 8.2 van de Woo niet van toepassing");
        assertThat(letter.section("overwegingen").text()).contains("artikel 1.1 van de Woo");
        // 5.1.2a has no standard text: the statute is quoted and the lawyer is warned.
        assertThat(letter.section("grond:5.1.2a").text()).contains("artikel 5.1, tweede lid, aanhef en onder a, van de Woo")
                .contains("de betrekkingen van Nederland met andere landen en staten en met internationale organisaties");
        // Boxes without a category (nothing says what they cover) get no stock reasoning: the lawyer writes it.
        assertThat(letter.warnings()).anyMatch(w -> w.startsWith("Grond 5.1.2a, document 2: er is geen standaardmotivering"))
                .anyMatch(w -> w.startsWith("Grond 5.2, document 1: er is geen standaardmotivering"))
                .anyMatch(w -> w.contains("ouder dan vijf jaar"));
        assertThat(letter.section("ouder-dan-vijf-jaar").text()).contains("De documenten met de nummers 1 bevatten informatie")
                .contains("artikel 5.3 van de Woo");
        List<String> articles = letter.section("bijlage-1").blocks().stream().filter(b -> b instanceof Block.SubHeading)
                .map(b -> ((Block.SubHeading) b).text()).toList();
        assertThat(articles).containsExactly("Artikel 5.1", "Artikel 5.2", "Artikel 5.3");
        assertThat(letter.section("bijlage-1").text()).contains("5. In uitzonderlijke gevallen kan openbaarmaking")
                .contains("7. Het eerste en tweede lid zijn niet van toepassing op milieu-informatie")
                .contains("Bij een verzoek om informatie die ouder is dan vijf jaar");
        PdfCompliance.assertPdfA2aAndUa1(SeedDecisionTest.pdf(letter));
    }

    @Test
    void theVariantFollowsTheInventory() {
        assertThat(DecisionComposer.kind(inventory(Beoordeling.OPENBAAR, Beoordeling.OPENBAAR))).isEqualTo(DecisionKind.OPENBAAR);
        assertThat(DecisionComposer.kind(inventory(Beoordeling.OPENBAAR, Beoordeling.REEDS_OPENBAAR))).isEqualTo(DecisionKind.OPENBAAR);
        assertThat(DecisionComposer.kind(inventory(Beoordeling.NIET_OPENBAAR))).isEqualTo(DecisionKind.NIET_OPENBAAR);
        assertThat(DecisionComposer.kind(inventory(Beoordeling.REEDS_OPENBAAR))).isEqualTo(DecisionKind.REEDS_OPENBAAR);
        assertThat(DecisionComposer.kind(inventory(Beoordeling.OPENBAAR, Beoordeling.NIET_OPENBAAR))).isEqualTo(DecisionKind.DEELS_OPENBAAR);

        Letter open = SeedDecisionTest.decision(wooCase(false), inventory(Beoordeling.OPENBAAR, Beoordeling.OPENBAAR), null, DECIDED, false);
        assertThat(open.section("besluit").text()).contains("Ik heb besloten aan uw verzoek tegemoet te komen")
                .contains("een inventarislijst, die als bijlage 1 (Openbaar) bij dit besluit is gevoegd").doesNotContain("dwangsom");
        assertThat(open.section("wettelijk-kader").text()).contains("Uw verzoek valt onder de reikwijdte van de Wet open overheid (Woo).");
        assertThat(open.section("overwegingen")).isNull();

        Letter refused = SeedDecisionTest.decision(wooCase(false), inventory(Beoordeling.NIET_OPENBAAR), null, DECIDED, false);
        assertThat(refused.section("besluit").text()).contains("Ik heb besloten uw verzoek af te wijzen en de documenten die onder uw"
                + " verzoek vallen niet openbaar te maken");
        assertThat(refused.section("openbaarmaking").text()).contains("geanonimiseerde versie");

        Letter already = SeedDecisionTest.decision(wooCase(false), inventory(Beoordeling.REEDS_OPENBAAR), null, DECIDED, false);
        assertThat(already.section("besluit").text()).contains("al openbaar zijn");
        assertThat(already.section("reeds-openbaar").text()).contains("bijlage 1 (Reeds openbaar)");
        assertThat(already.section("bijlage-1").text()).contains("https://open.overheid.nl/documenten/1");
    }

    @Test
    void copiesListedAsDubbelAreNotPresentedAsRefusals() {
        List<InventoryDocument> docs = List.of(
                new InventoryDocument(1, 1, "Mail", "a.eml", "email", LocalDate.of(2023, 1, 5), null, 1L, null),
                new InventoryDocument(2, 2, "Mail", "kopie.eml", "email", LocalDate.of(2023, 1, 5), null, 1L, 1));
        Inventaris inv = InventoryRules.derive("WOO-2024-0007", Regime.WOO, docs,
                Map.of(1L, new DocumentBeoordeling(1, Beoordeling.DEELS_OPENBAAR, List.of(), null, List.of(), null, false, "j", Instant.EPOCH)),
                Map.of(1L, new DocumentRedactions(1, List.of(new Mark("5.1.2e", "Sanne")))), RuleBase.standard());
        Letter letter = SeedDecisionTest.decision(wooCase(false), inv, null, DECIDED, false);
        assertThat(letter.section("besluit").text()).contains("Ik heb ook besloten (een deel van) de door u gevraagde informatie niet"
                + " openbaar te maken. Voor de motivering").doesNotContain("bijlage 2 (Niet openbaar)");
        assertThat(letter.section("inventarisatie").text()).contains("Van document 2 is de inhoud al beoordeeld");
        assertThat(letter.references()).contains(new Letter.Reference("Uw e-mail van", "28 februari 2024"));
    }

    @Test
    void hostileTitlesAreEscapedInEveryFormat() throws Exception {
        Letter letter = SeedDecisionTest.decision(wooCase(false), inventory(Beoordeling.OPENBAAR), null, DECIDED, true);
        byte[] pdf = SeedDecisionTest.pdf(letter);
        PdfCompliance.assertPdfA2aAndUa1(pdf);
        assertThat(SeedDecisionTest.pdfText(pdf)).contains("Offerte <camera's> & \"contract\"");
        byte[] docx = nl.openbaar.letter.render.LetterDocx.of(letter);
        try (var doc = new org.apache.poi.xwpf.usermodel.XWPFDocument(new java.io.ByteArrayInputStream(docx));
                var text = new org.apache.poi.xwpf.extractor.XWPFWordExtractor(doc)) {
            assertThat(text.getText()).contains("Offerte <camera's> & \"contract\"").doesNotContain("Sanne").doesNotContain("Keizersgracht");
        }
    }

    @Test
    void theAcknowledgementAndExtensionUseTheWooTerms() throws Exception {
        var composer = new nl.openbaar.letter.compose.LetterComposer(RuleBase.standard());
        var view = wooCase(false);
        var file = nl.openbaar.letter.compose.CaseFiles.of(view, null, null, null, nl.openbaar.letter.compose.DefaultTexts.catalogue(),
                SeedCases.BZK, LocalDate.of(2024, 3, 1), false, ComputingDeadline.standard());
        Letter ack = composer.acknowledgement(file);
        assertThat(ack.section("tekst").text()).contains("artikel 4.4, eerste lid, van de Woo").contains("uiterlijk op 2 april 2024")
                .contains("ten hoogste twee weken");
        Section body = ack.section("tekst");
        assertThat(body.blocks()).hasSizeGreaterThan(3);
        PdfCompliance.assertPdfA2aAndUa1(SeedDecisionTest.pdf(ack));
    }
}
