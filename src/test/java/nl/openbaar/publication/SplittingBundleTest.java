package nl.openbaar.publication;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import nl.openbaar.publication.model.BundlePart;
import nl.openbaar.publication.model.BundleSplit;
import nl.openbaar.publication.model.FileKind;
import nl.openbaar.tools.split.BundleWriter;
import nl.openbaar.tools.split.GeneratingBundles;
import nl.openbaar.tools.split.GeneratingBundles.Bundle;
import nl.openbaar.tools.split.GeneratingBundles.Cue;
import nl.openbaar.tools.split.BundleWriter.Page;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Splitting a published bundle made of the real seeds (decision 000, an inventory, the redacted e-mails of 004):
 * by the document numbers in the page headers, by bookmarks, and without either (e-mail headers, letterheads), and
 * the decision's metadata read from its letter.
 */
class SplittingBundleTest {

    @TempDir
    Path tmp;

    private final ImportingBundle importing = new ImportingBundle(null, null, null, null);

    private static List<String> summary(BundleSplit s) {
        return s.parts().stream().map(p -> p.kind() + " " + (p.number() == null ? "" : p.number() + " ") + p.firstPage() + "-" + p.lastPage())
                .toList();
    }

    @Test
    void theSeedBundleSplitsByTheNumbersInThePageHeaders() {
        BundleSplit s = importing.split(SeedBundle.write(tmp.resolve("bundel.pdf")));
        assertThat(s.pages()).isEqualTo(13);
        assertThat(summary(s)).containsExactly("DECISION 1-6", "INVENTORY 7-7", "DOCUMENT 1 8-8", "DOCUMENT 2 9-9", "DOCUMENT 3 10-11",
                "DOCUMENT 4 12-13");
        BundlePart third = s.documents().get(2);
        assertThat(third.title()).isEqualTo("E-mail met nieuwsbericht over Clearview AI");
        assertThat(third.judgement()).isEqualTo("deels openbaar");
        assertThat(third.grounds()).isEqualTo("10.2.e, 11.1");
        assertThat(third.date()).isEqualTo(LocalDate.of(2020, 3, 9));
        assertThat(third.found()).isEqualTo("documentnummer op de pagina");
        // Document 5 is 'niet openbaar': not in the bundle, and rightly so; nothing to warn about.
        assertThat(s.warnings()).isEmpty();
    }

    @Test
    void theDecisionsMetadataIsReadFromItsLetter() {
        BundleSplit s = importing.split(SeedBundle.write(tmp.resolve("bundel.pdf")));
        var m = s.metadata();
        assertThat(m.organisation()).isEqualTo("Ministerie van Justitie en Veiligheid");
        assertThat(m.decisionDate()).isEqualTo(LocalDate.of(2021, 10, 28));
        assertThat(m.subject()).isEqualTo("het gebruik van Clearview AI");
        assertThat(m.kenmerk()).isEqualTo("3553465");
        assertThat(m.receivedDate()).isEqualTo(LocalDate.of(2021, 6, 11));
        assertThat(m.regime()).isEqualTo("wob");
        assertThat(m.decisionKind()).isEqualTo("gedeeltelijke openbaarmaking");
    }

    @Test
    void bookmarksSplitWhenThereAreNoNumbersOnThePages() throws IOException {
        List<Page> pages = new ArrayList<>(SeedBundle.pages(false));
        List<Page> marked = new ArrayList<>();
        for (int i = 0; i < pages.size(); i++) {
            String mark = switch (i) {
                case 0 -> "Besluit";
                case 6 -> "Inventarislijst";
                case 7 -> "Document 1";
                case 8 -> "Document 2";
                case 9 -> "Document 3";
                case 11 -> "Document 4";
                default -> null;
            };
            marked.add(new Page(pages.get(i).lines(), mark));
        }
        Path pdf = tmp.resolve("bladwijzers.pdf");
        BundleWriter.write(marked, pdf);
        BundleSplit s = importing.split(pdf);
        assertThat(summary(s)).containsExactly("DECISION 1-6", "INVENTORY 7-7", "DOCUMENT 1 8-8", "DOCUMENT 2 9-9", "DOCUMENT 3 10-11",
                "DOCUMENT 4 12-13");
        assertThat(s.documents()).allMatch(d -> d.found().equals("bladwijzer"));
        assertThat(s.documents().get(1).judgement()).isEqualTo("openbaar");
    }

    @Test
    void withoutNumbersOrBookmarksEmailHeadersAndLetterheadsStartDocuments() throws IOException {
        Path pdf = tmp.resolve("kaal.pdf");
        BundleWriter.write(SeedBundle.pages(false), pdf);
        BundleSplit s = importing.split(pdf);
        // Document 1 begins with an e-mail header, document 4 with the JenV letterhead ("Directoraat-Generaal … Datum");
        // the Kamervragen and the news item carry nothing that starts a document, so they stay with document 1: the
        // split says the inventory lists more documents than it found.
        assertThat(s.parts().getFirst().kind()).isEqualTo(FileKind.DECISION);
        assertThat(s.documents()).extracting(BundlePart::firstPage).contains(8);
        // Document 5 is 'niet openbaar': it is not looked for.
        assertThat(s.warnings()).anyMatch(w -> w.contains("de inventaris noemt 4 documenten"));
    }

    @Test
    void anArchiveIdInThePageFooterThatTheInventoryListsStartsADocument() throws IOException {
        Bundle b = new GeneratingBundles(7).write(tmp.resolve("voettekst.pdf"), Cue.FOOTER_ID, 12);
        assertThat(summary(importing.split(b.file()))).containsExactlyElementsOf(truth(b));
    }

    @Test
    void documentsLeftOutOfTheBundleDoNotShiftTheNumbersOfTheOthers() throws IOException {
        List<Page> pages = List.of(new Page(List.of("Ministerie van Justitie en Veiligheid", "Datum 3 maart 2025", "Besluit op uw Woo-verzoek")),
                new Page(List.of("Inventarislijst", "1 10-01-2025 E-mail over de planning Openbaar",
                        "2 11-01-2025 Notitie over de kosten Niet openbaar 5.1.2e", "3 12-01-2025 E-mail over de kosten Deels openbaar 5.1.2e")),
                new Page(List.of("Van: [5.1.2e]", "Verzonden: 10 januari 2025 09:12", "Aan: [5.1.2e]", "Onderwerp: planning", "Tekst")),
                new Page(List.of("Van: [5.1.2e]", "Verzonden: 12 januari 2025 10:40", "Aan: [5.1.2e]", "Onderwerp: kosten", "Tekst")));
        Path pdf = tmp.resolve("zonder-2.pdf");
        BundleWriter.write(pages, pdf);
        BundleSplit s = importing.split(pdf);
        assertThat(summary(s)).containsExactly("DECISION 1-1", "INVENTORY 2-2", "DOCUMENT 1 3-3", "DOCUMENT 3 4-4");
        assertThat(s.warnings()).isEmpty();
    }

    @Test
    void aScanAmongTextPagesAndAnInventoryTitleAtThePageTopStartDocuments() throws IOException {
        List<Page> pages = List.of(new Page(List.of("Ministerie van Justitie en Veiligheid", "Datum 3 maart 2025", "Besluit op uw Woo-verzoek")),
                new Page(List.of("Inventarislijst", "1 10-01-2025 Verslag van het bestuurlijk overleg Openbaar",
                        "2 11-01-2025 Ingekomen brief van een burger Deels openbaar 5.1.2e", "3 12-01-2025 Notitie over de kosten Openbaar")),
                new Page(List.of("Verslag van het bestuurlijk overleg", "Aanwezig: de directie")), new Page(List.of("Vervolg van het verslag")),
                new Page(List.of()), new Page(List.of()), new Page(List.of("Notitie over de kosten", "De kosten vallen hoger uit.")));
        Path pdf = tmp.resolve("scan.pdf");
        BundleWriter.write(pages, pdf);
        assertThat(summary(importing.split(pdf))).containsExactly("DECISION 1-1", "INVENTORY 2-2", "DOCUMENT 1 3-4", "DOCUMENT 2 5-6",
                "DOCUMENT 3 7-7");
    }

    private static List<String> truth(Bundle b) {
        return b.parts().stream().map(p -> p.kind() + " " + (p.number() == null ? "" : p.number() + " ") + p.firstPage() + "-" + p.lastPage())
                .toList();
    }
}
