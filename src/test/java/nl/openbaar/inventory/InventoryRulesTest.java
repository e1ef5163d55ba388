package nl.openbaar.inventory;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import nl.openbaar.inventory.model.Beoordeling;
import nl.openbaar.inventory.model.DocumentBeoordeling;
import nl.openbaar.inventory.model.DocumentRedactions;
import nl.openbaar.inventory.model.DocumentRedactions.Mark;
import nl.openbaar.inventory.model.InventoryDocument;
import nl.openbaar.inventory.model.InventoryLine;
import nl.openbaar.inventory.model.InventoryRules;
import nl.openbaar.inventory.model.Inventaris;
import nl.openbaar.law.Regime;
import nl.openbaar.law.RuleBase;
import org.junit.jupiter.api.Test;

/** The inventory is derived from the judgements and the boxes, and says so when they disagree. */
class InventoryRulesTest {

    private static final RuleBase LAW = RuleBase.standard();

    static InventoryDocument doc(long id, int number, String title) {
        return new InventoryDocument(id, number, title, "mail-" + number + ".eml", "email", LocalDate.of(2020, 2, 28), null, 7L, null);
    }

    static DocumentBeoordeling judged(long id, Beoordeling b, List<String> grounds, List<String> links) {
        return new DocumentBeoordeling(id, b, grounds, null, links, null, false, "jurist", Instant.EPOCH);
    }

    static Inventaris derive(List<InventoryDocument> docs, Map<Long, DocumentBeoordeling> j, Map<Long, DocumentRedactions> r) {
        return InventoryRules.derive("WOO-2026-0001", Regime.WOO, docs, j, r, LAW);
    }

    @Test
    void openbaarWithABoxAndDeelsOpenbaarWithoutOneAreErrors() {
        Inventaris inv = derive(List.of(doc(1, 1, "a"), doc(2, 2, "b")),
                Map.of(1L, judged(1, Beoordeling.OPENBAAR, List.of(), List.of()), 2L, judged(2, Beoordeling.DEELS_OPENBAAR, List.of(), List.of())),
                Map.of(1L, new DocumentRedactions(1, List.of(new Mark("5.1.2e", "Jan Jansen")))));
        assertThat(inv.consistent()).isFalse();
        assertThat(inv.problems()).extracting(Object::toString).containsExactlyInAnyOrder(
                "document 1: is beoordeeld als openbaar, maar heeft 1 lakkader",
                "document 2: is beoordeeld als deels openbaar, maar heeft geen lakkader");
    }

    @Test
    void theGroundsOfAPartlyDisclosedDocumentAreTheUnionOfItsBoxCodesInTheOrderOfTheLaw() {
        Inventaris inv = derive(List.of(doc(1, 1, "a")), Map.of(1L, judged(1, Beoordeling.DEELS_OPENBAAR, List.of(), List.of())),
                Map.of(1L, new DocumentRedactions(1, List.of(new Mark("5.2", "x"), new Mark("5.1.2.e", "Jan"), new Mark("5.1.2e", "Piet"),
                        new Mark("5.1.1e", "123456782")))));
        assertThat(inv.consistent()).isTrue();
        assertThat(inv.lines().get(0).grounds()).containsExactly("5.1.1e", "5.1.2e", "5.2");
    }

    @Test
    void declaredGroundsThatDifferFromTheBoxesAreAnError() {
        Inventaris inv = derive(List.of(doc(1, 1, "a")), Map.of(1L, judged(1, Beoordeling.DEELS_OPENBAAR, List.of("5.1.2e", "5.1.2i"), List.of())),
                Map.of(1L, new DocumentRedactions(1, List.of(new Mark("5.1.2e", "Jan")))));
        assertThat(inv.problems()).singleElement().asString().contains("5.1.2e, 5.1.2i").contains("wijken af");
    }

    @Test
    void withheldNeedsAGroundAlreadyPublicNeedsAWebAddressAndUnknownOrPermissiveCodesAreRefused() {
        Inventaris inv = derive(List.of(doc(1, 1, "a"), doc(2, 2, "b"), doc(3, 3, "c"), doc(4, 4, "d"), doc(5, 5, "e")),
                Map.of(1L, judged(1, Beoordeling.NIET_OPENBAAR, List.of(), List.of()),
                        2L, judged(2, Beoordeling.REEDS_OPENBAAR, List.of(), List.of()),
                        3L, judged(3, Beoordeling.REEDS_OPENBAAR, List.of(), List.of("ftp://example.org/x")),
                        4L, judged(4, Beoordeling.NIET_OPENBAAR, List.of("10.2.e"), List.of()),
                        5L, judged(5, Beoordeling.NIET_OPENBAAR, List.of("5.2.2"), List.of())),
                Map.of());
        assertThat(inv.problems()).extracting(Object::toString).containsExactlyInAnyOrder(
                "document 1: is beoordeeld als niet openbaar, maar zonder weigeringsgrond",
                "document 2: is beoordeeld als reeds openbaar, maar de vindplaats ontbreekt",
                "document 3: de vindplaats 'ftp://example.org/x' is geen webadres (http of https)",
                "document 4: onbekende weigeringsgrond '10.2.e' onder de Woo (beoordeling)",
                "document 4: is beoordeeld als niet openbaar, maar zonder weigeringsgrond",
                "document 5: 5.2.2 (Verstrekking in niet tot personen herleidbare vorm) is geen weigeringsgrond (beoordeling)",
                "document 5: is beoordeeld als niet openbaar, maar zonder weigeringsgrond");
    }

    @Test
    void anUnjudgedDocumentBlocksTheInventoryAndIsNeverListedAsPublic() {
        Inventaris inv = derive(List.of(doc(1, 1, "a")), Map.of(), Map.of());
        assertThat(inv.problems()).extracting(Object::toString).containsExactly("document 1: is nog niet beoordeeld");
        assertThat(inv.lines().get(0).beoordeling()).isEqualTo(Beoordeling.NIET_OPENBAAR);
    }

    @Test
    void anUnjudgedDuplicatePointsAtItsOriginalWithTheCodeDubbel() {
        InventoryDocument original = doc(1, 1, "Gezichtsherkenning");
        InventoryDocument copy = new InventoryDocument(2, 2, "Gezichtsherkenning", "kopie.eml", "email", LocalDate.of(2020, 2, 28), null, 7L, 1);
        Inventaris inv = derive(List.of(original, copy), Map.of(1L, judged(1, Beoordeling.OPENBAAR, List.of(), List.of())), Map.of());
        assertThat(inv.consistent()).isTrue();
        InventoryLine line = inv.lines().get(1);
        assertThat(line.beoordeling()).isEqualTo(Beoordeling.NIET_OPENBAAR);
        assertThat(line.grounds()).containsExactly("dubbel");
        assertThat(line.relatedId()).isEqualTo("0001");
        assertThat(line.toelichting()).contains("document 0001");
    }

    @Test
    void titlesLoseEveryRedactedTextAddressAndPhoneNumber() {
        InventoryDocument d = doc(1, 1, "RE: gesprek met Jan Jansen (j.jansen@minbzk.nl, 06-12345678) over Clearview");
        InventoryDocument other = doc(2, 2, "Notitie voor JAN JANSEN");
        Inventaris inv = derive(List.of(d, other), Map.of(1L, judged(1, Beoordeling.DEELS_OPENBAAR, List.of(), List.of()),
                        2L, judged(2, Beoordeling.OPENBAAR, List.of(), List.of())),
                Map.of(1L, new DocumentRedactions(1, List.of(new Mark("5.1.2e", "Jan Jansen")))));
        assertThat(inv.lines().get(0).title()).isEqualTo("RE: gesprek met [5.1.2e] ([5.1.2e], [5.1.2e]) over Clearview");
        // a name redacted in one document is removed from every title of the request
        assertThat(inv.lines().get(1).title()).isEqualTo("Notitie voor [5.1.2e]");
    }

    @Test
    void familyDefaultsToTheDocumentItselfAndIdsArePaddedLikeThePublishedFiles() {
        InventoryDocument attachment = new InventoryDocument(3, 12, "bijlage.pdf", "bijlage.pdf", "application/pdf", null, 11, null, null);
        Inventaris inv = derive(List.of(doc(1, 11, "mail"), attachment),
                Map.of(1L, judged(1, Beoordeling.OPENBAAR, List.of(), List.of()), 3L, judged(3, Beoordeling.OPENBAAR, List.of(), List.of())),
                Map.of());
        assertThat(inv.lines()).extracting(InventoryLine::id).containsExactly("0011", "0012");
        assertThat(inv.lines()).extracting(InventoryLine::family).containsExactly(11, 11);
        assertThat(inv.lines()).extracting(InventoryLine::fileType).containsExactly("email", "pdf");
        assertThat(inv.matter()).isEqualTo("WOO-2026-0001");
        assertThat(InventoryRules.matter("2021/0627 689")).isEqualTo("2021-0627-689");
    }
}
