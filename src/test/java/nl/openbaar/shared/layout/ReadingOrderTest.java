package nl.openbaar.shared.layout;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class ReadingOrderTest {

    @Test
    void twoColumnsAreReadOneAfterTheOther() {
        PageLayout page = new PageSketch(1)
                .lines(50, 100, "De vergadering opende", "om tien uur met een", "korte terugblik.")
                .lines(320, 100, "Daarna sprak de", "voorzitter over de", "begroting.")
                .layout();
        String text = ReadingOrder.of(List.of(page)).text();
        assertThat(text).startsWith("De vergadering opende");
        assertThat(text.indexOf("korte terugblik.")).isLessThan(text.indexOf("Daarna sprak"));
        assertThat(text).doesNotContain("opende Daarna");
    }

    @Test
    void aWrappedLineIsSoftAndADeliberateOneIsHard() {
        // the block is 40 characters wide: "06-" ends a full line, "Groet," a short one
        PageLayout page = new PageSketch(1)
                .lines(50, 100, "U kunt mij bereiken op mijn nummer 06-", "12345678 of per e-mail. Met vriendelijke",
                        "groet,", "Jan")
                .layout();
        DocumentText d = ReadingOrder.of(List.of(page));
        String t = d.text();
        int first = t.indexOf('\n');
        assertThat(d.softBreak(first)).isTrue();
        assertThat(d.flow()).contains("06- 12345678");
        int afterGroet = t.indexOf("groet,") + "groet,".length();
        assertThat(t.charAt(afterGroet)).isEqualTo('\n');
        assertThat(d.softBreak(afterGroet)).isFalse();
    }

    @Test
    void aHyphenatedWordIsJoinedAndItsBoxesStayOnBothLines() {
        PageLayout page = new PageSketch(1)
                .lines(50, 100, "Het gesprek is gevoerd met mevrouw Berg-", "Schouten en met de gemeente-",
                        "raad van Utrecht over de begroting.")
                .layout();
        DocumentText d = ReadingOrder.of(List.of(page));
        assertThat(d.text()).contains("Berg-Schouten").contains("gemeenteraad");
        int s = d.text().indexOf("Berg-Schouten");
        List<PageArea> areas = d.areas(s, s + "Berg-Schouten".length());
        assertThat(areas).hasSize(2);
        assertThat(areas.get(0).box().y()).isLessThan(areas.get(1).box().y());
    }

    @Test
    void tableCellsAreNeverRunTogether() {
        PageSketch sketch = new PageSketch(1);
        String[][] rows = {{"Naam", "Telefoon", "Kamer"}, {"Jan Smit", "0612345678", "12"}, {"Piet Bos", "0687654321", "14"},
                {"Ali Kaya", "0611122233", "16"}};
        for (int r = 0; r < rows.length; r++) {
            sketch.at(50, 100 + 12 * r, rows[r][0]).at(110, 100 + 12 * r, rows[r][1]).at(170, 100 + 12 * r, rows[r][2]);
        }
        String text = ReadingOrder.of(List.of(sketch.layout())).text();
        assertThat(text).doesNotContain("0612345678 12").doesNotContain("Smit 0612345678");
    }

    @Test
    void aLabelStaysWithItsValue() {
        PageLayout page = new PageSketch(1)
                .at(50, 100, "Van:").at(130, 100, "Jan Smit <jan.smit@example.nl>")
                .at(50, 112, "Aan:").at(130, 112, "Piet Bos <piet.bos@example.nl>")
                .at(50, 124, "Onderwerp:").at(130, 124, "Overleg")
                .layout();
        String text = ReadingOrder.of(List.of(page)).text();
        assertThat(text).contains("Van: Jan Smit").contains("Aan: Piet Bos").contains("Onderwerp: Overleg");
    }

    @Test
    void aParagraphGoesOnOverThePageBreakAndRunningFootersMoveAside() {
        PageLayout one = new PageSketch(1)
                .lines(50, 100, "Het verslag van de vergadering van dinsdag", "loopt door tot onderaan deze pagina en dan")
                .at(50, 800, "Ministerie van Voorbeeldzaken pagina 1")
                .layout();
        PageLayout two = new PageSketch(2)
                .lines(50, 100, "verder op de volgende pagina met de", "afspraken.")
                .at(50, 800, "Ministerie van Voorbeeldzaken pagina 2")
                .layout();
        DocumentText d = ReadingOrder.of(List.of(one, two));
        assertThat(d.flow()).contains("pagina en dan verder op de volgende");
        int turn = d.text().indexOf("dan") + 3;
        assertThat(d.softBreak(turn)).isTrue();
        assertThat(d.text().indexOf("Voorbeeldzaken")).isGreaterThan(d.text().indexOf("afspraken."));
        int v = d.text().indexOf("verder");
        assertThat(d.areas(v, v + 6)).singleElement().extracting(PageArea::page).isEqualTo(2);
        assertThat(d.ranges(v, v + 6)).singleElement().isEqualTo(new PageRange(2, two.text().indexOf("verder"),
                two.text().indexOf("verder") + 6));
    }

    @Test
    void theLinesOfATurnedScanStayInOrder() {
        // turned by 1.7 degrees: over the width of the page a line drops by more than the space between two lines
        String[] lines = new String[8];
        for (int k = 0; k < lines.length; k++) {
            lines[k] = "regel" + k + " van een alinea die over de hele breedte van de pagina doorloopt tot aan de rechterkant toe";
        }
        PageLayout page = new PageSketch(1).turned(0.03).lines(30, 100, lines).layout();
        String text = ReadingOrder.of(List.of(page)).text();
        for (int k = 1; k < lines.length; k++) {
            assertThat(text.indexOf("regel" + k)).as("line %d after line %d", k, k - 1).isGreaterThan(text.indexOf("regel" + (k - 1)));
        }
        assertThat(text).doesNotContain("\n\n");
    }
}
