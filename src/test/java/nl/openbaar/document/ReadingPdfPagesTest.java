package nl.openbaar.document;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import nl.openbaar.shared.InvalidInputException;
import nl.openbaar.shared.layout.LaidOutWord;
import nl.openbaar.shared.layout.PageLayout;
import nl.openbaar.testing.TestPdf;
import org.apache.pdfbox.pdmodel.PDPage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The public way to read a PDF's pages reads them as collecting does: the text layer with word boxes in the shared
 * coordinates where it is usable, OCR where a page is a scan, a clear reason for a file that is no PDF.
 */
class ReadingPdfPagesTest {

    @TempDir
    Path dir;

    private final ReadingPdfPages reading = new ReadingPdfPages();

    @Test
    void readsTheTextLayerWithWordBoxesFromTheTopLeftOfThePage() throws Exception {
        Path pdf = dir.resolve("brief.pdf");
        try (TestPdf t = new TestPdf()) {
            PDPage p = t.page();
            t.font(p, "F1", TestPdf.HELVETICA).content(p, """
                    BT /F1 12 Tf 72 700 Td (Kun jij navragen bij Lotte Verbeek van inkoop?) Tj ET
                    BT /F1 12 Tf 72.3 700.2 Td (Kun jij navragen bij Lotte Verbeek van inkoop?) Tj ET
                    BT /F1 12 Tf 72 680 Td (Staatssecretaris Knops) Tj ET
                    """);
            t.save(pdf);
        }

        List<PageLayout> pages = reading.read(pdf);

        assertThat(pages).singleElement().satisfies(page -> {
            assertThat(page.text()).isEqualTo("Kun jij navragen bij Lotte Verbeek van inkoop?\nStaatssecretaris Knops");
            LaidOutWord lotte = page.words().stream().filter(w -> w.text().equals("Lotte")).findFirst().orElseThrow();
            // A4 is 842 points high: a baseline 700 points up lies 142 points down, the box reaches above it
            assertThat(lotte.box().bottom()).isBetween(142.0, 146.0);
            assertThat(lotte.box().y()).isBetween(130.0, 134.0);
            assertThat(lotte.glyphEdges()).hasSize(6);
            assertThat(page.text().substring(lotte.start(), lotte.end())).isEqualTo("Lotte");
        });
    }

    @Test
    void readsAScannedPageWithOcr() throws Exception {
        Path scan = Path.of("src/test/resources/samples/clearview-bzk/verzoek-2021-10-21-gescand.pdf");

        List<PageLayout> pages = reading.read(scan);

        assertThat(pages).singleElement().satisfies(page -> {
            assertThat(page.text()).containsIgnoringCase("Clearview");
            assertThat(page.words()).allSatisfy(w -> assertThat(w.glyphEdges()).isNull());
        });
    }

    @Test
    void aFileThatIsNoPdfGivesAClearReason() throws Exception {
        Path bad = Files.writeString(dir.resolve("kapot.pdf"), "%PDF-1.7\nthis is not really a PDF");
        assertThatThrownBy(() -> reading.read(bad)).isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("PDF");
    }
}
