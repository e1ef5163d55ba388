package nl.openbaar.letter;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import nl.openbaar.letter.model.Block;
import nl.openbaar.letter.model.EditableText;
import nl.openbaar.letter.model.Section;
import nl.openbaar.letter.model.TextDiff;
import org.junit.jupiter.api.Test;

/** A section as text a lawyer edits and back; the comparison of two versions. */
class EditableTextTest {

    @Test
    void aSectionBecomesTextAndTheSameBlocksAgain() {
        Section s = new Section("besluit", "Besluit", List.of(new Block.Paragraph("Ik besluit als volgt."),
                new Block.ItemList(Block.ItemList.Kind.BULLETED, List.of("Openbaar: 3 documenten", "Niet openbaar: 1 document")),
                new Block.ItemList(Block.ItemList.Kind.NUMBERED, List.of("eerst", "dan")),
                new Block.SubHeading("Document 4"),
                new Block.Signature(List.of("De Minister,", "namens deze,", "A. Smits"))));
        String text = EditableText.of(s);
        assertThat(text).isEqualTo("Ik besluit als volgt.\n\n• Openbaar: 3 documenten\n• Niet openbaar: 1 document\n\n1. eerst\n2. dan"
                + "\n\n## Document 4");
        assertThat(EditableText.apply(s, text)).isEqualTo(s);
        Section edited = EditableText.apply(s, "Ik besluit  als volgt,\r\nna overleg.\r\n\r\n\r\n- een\n- twee\n\n2. geen lijst");
        assertThat(edited.blocks()).containsExactly(new Block.Paragraph("Ik besluit  als volgt, na overleg."),
                new Block.ItemList(Block.ItemList.Kind.BULLETED, List.of("een", "twee")), new Block.Paragraph("2. geen lijst"),
                new Block.Signature(List.of("De Minister,", "namens deze,", "A. Smits")));
        assertThat(edited.heading()).isEqualTo("Besluit");
    }

    @Test
    void tablesAndLawTextsAreNotEditable() {
        assertThat(EditableText.editable(new Section("bijlage-2", "Bijlage 2", List.of(new Block.Table("t", List.of("nr"), List.of(List.of("1")))))))
                .isFalse();
        assertThat(EditableText.editable(new Section("bijlage-1", "Bijlage 1", List.of(new Block.ItemList(Block.ItemList.Kind.LABELLED,
                List.of("a. de eenheid van de Kroon")))))).isFalse();
        assertThat(EditableText.editable(new Section("procedure", "Procedure", List.of(new Block.Paragraph("x"))))).isTrue();
    }

    @Test
    void versionsAreComparedWordByWord() {
        List<TextDiff.Piece> d = TextDiff.words("Ik maak document 3 niet openbaar.", "Ik maak document 3 deels openbaar, na overleg.");
        assertThat(d).containsExactly(new TextDiff.Piece(TextDiff.Kind.SAME, "Ik maak document 3"),
                new TextDiff.Piece(TextDiff.Kind.ADDED, "deels openbaar, na overleg."),
                new TextDiff.Piece(TextDiff.Kind.REMOVED, "niet openbaar."));
        assertThat(TextDiff.changed(TextDiff.words("a b", "a  b"))).isFalse();
    }
}
