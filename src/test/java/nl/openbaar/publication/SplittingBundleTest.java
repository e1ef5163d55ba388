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
        assertThat(s.warnings()).anyMatch(w -> w.contains("de inventaris noemt 5 documenten"));
    }
}
