package nl.openbaar.tools.detection;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import nl.openbaar.tools.detection.ConllCorpus.Entity;
import nl.openbaar.shared.InvalidInputException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ConllCorpusTest {

    @Test
    void iob2StartsAnEntityAtEveryB() {
        ConllCorpus c = ConllCorpus.parse("Jan B-PER\nSmit I-PER\nen O\nPiet B-PER\nBos I-PER\n.\tO\n");
        assertThat(c.documents()).hasSize(1);
        assertThat(c.documents().get(0).sentences().get(0).entities())
                .containsExactly(new Entity("PER", 0, 2), new Entity("PER", 3, 5));
    }

    @Test
    void iob1StartsAtAnIAfterAnotherTypeAndAtBOnlyBetweenTouchingEntities() {
        // IOB1: "I-PER I-PER B-PER" is two people side by side; "I-LOC I-PER" two entities of different types
        ConllCorpus c = ConllCorpus.parse("Jan I-PER\nSmit I-PER\nKees B-PER\nin O\nUtrecht I-LOC\nPeters I-PER\n");
        assertThat(c.documents().get(0).sentences().get(0).entities()).containsExactly(new Entity("PER", 0, 2),
                new Entity("PER", 2, 3), new Entity("LOC", 4, 5), new Entity("PER", 5, 6));
        assertThat(c.persons()).isEqualTo(3);
    }

    @Test
    void bioesIsReadAsWell() {
        ConllCorpus c = ConllCorpus.parse("Jan B-PER\nSmit E-PER\nKees S-PER\nBos S-PER\nen O\nPiet S-PER\n");
        assertThat(c.documents().get(0).sentences().get(0).entities()).containsExactly(new Entity("PER", 0, 2),
                new Entity("PER", 2, 3), new Entity("PER", 3, 4), new Entity("PER", 5, 6));
    }

    @Test
    void columnsBetweenTokenAndTagAreIgnoredAndDocstartSeparatesDocuments() {
        String conll2002 = """
                -DOCSTART- -DOCSTART- O
                De Art O
                minister N O
                Wouter N B-PER
                Bos N I-PER
                sprak V O

                Hij Pron O
                zweeg V O
                -DOCSTART- -DOCSTART- O
                Mevrouw N O
                Öztürk N B-PER
                """;
        ConllCorpus c = ConllCorpus.parse(conll2002);
        assertThat(c.documents()).hasSize(2);
        assertThat(c.documents().get(0).sentences()).hasSize(2);
        assertThat(c.documents().get(0).sentences().get(0).tokens()).containsExactly("De", "minister", "Wouter", "Bos", "sprak");
        assertThat(c.documents().get(0).sentences().get(0).entities()).containsExactly(new Entity("PER", 2, 4));
        assertThat(c.documents().get(1).sentences().get(0).entities()).containsExactly(new Entity("PER", 1, 2));
        assertThat(c.tokens()).isEqualTo(9);
        assertThat(c.sentences()).isEqualTo(3);
    }

    @Test
    void aFileWithoutBlankLinesIsOneSentenceCutIntoPagesAtFullStops() {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < 300; i++) {
            b.append("Gisteren O\nsprak O\nJan B-PER\nSmit, I-PER\nmet O\nPiet B-PER\nde I-PER\nBoer. I-PER\n");
        }
        ConllCorpus c = ConllCorpus.parse(b.toString());
        assertThat(c.sentences()).isEqualTo(1);
        List<ConllPages.Page> pages = ConllPages.of(c.documents().get(0));
        assertThat(pages.size()).isGreaterThan(4);
        int persons = 0;
        for (ConllPages.Page p : pages) {
            persons += p.persons().size();
            assertThat(p.tokens().get(p.tokens().size() - 1)).isEqualTo("Boer.");
            for (int[] e : p.persons()) {
                String name = p.text().substring(p.start()[e[0]], p.end()[e[1] - 1]);
                assertThat(name).isIn("Jan Smit,", "Piet de Boer.");
            }
        }
        assertThat(persons).isEqualTo(600);
    }

    @Test
    void textIsRebuiltAsWrittenWithTokenOffsets() {
        ConllCorpus c = ConllCorpus.parse("Volgens O\nD.J. B-PER\nSmit I-PER\n( O\nCDA B-ORG\n) O\n, O\nis O\nhet O\nklaar O\n. O\n\nJa O\n. O\n");
        ConllPages.Page p = ConllPages.of(c.documents().get(0)).get(0);
        assertThat(p.text()).isEqualTo("Volgens D.J. Smit (CDA), is het klaar.\nJa.");
        assertThat(p.text().substring(p.start()[4], p.end()[4])).isEqualTo("CDA");
        assertThat(p.persons()).hasSize(1);
        assertThat(p.persons().get(0)).containsExactly(1, 3);
    }

    @Test
    void badFilesAreInputErrorsNamingTheLine(@TempDir Path dir) throws Exception {
        assertThatThrownBy(() -> ConllCorpus.parse("Jan B-PER\nSmit\n")).isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("regel 2");
        assertThatThrownBy(() -> ConllCorpus.parse("Jan PERSOON\n")).isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("onbekende tag");
        assertThatThrownBy(() -> ConllCorpus.parse("\n\n")).isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("geen tokens");
        Path latin1 = dir.resolve("latin1.conll");
        Files.write(latin1, "Jos\u00e9 B-PER\nMar\u00eda I-PER\n".getBytes(StandardCharsets.ISO_8859_1));
        assertThat(ConllCorpus.read(latin1).documents().get(0).sentences().get(0).tokens()).containsExactly("Jos\u00e9", "Mar\u00eda");
        Path utf8 = dir.resolve("utf8.conll");
        Files.write(utf8, "Jos\u00e9 B-PER\n".getBytes(StandardCharsets.UTF_8));
        assertThat(ConllCorpus.read(utf8).documents().get(0).sentences().get(0).tokens()).containsExactly("Jos\u00e9");
        assertThatThrownBy(() -> ConllCorpus.read(dir.resolve("missing.conll"))).isInstanceOf(InvalidInputException.class);
    }
}
