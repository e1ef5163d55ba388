package nl.openbaar.letter.render;

import java.util.List;
import nl.openbaar.letter.model.Block;
import nl.openbaar.letter.model.Letter;
import nl.openbaar.letter.model.Section;

/** A letter as plain text: for a quick look on the command line, for e-mail and for tests. */
public final class LetterText {

    private LetterText() {
    }

    public static String of(Letter letter) {
        StringBuilder t = new StringBuilder();
        t.append(letter.sender().organisation()).append("\n\n");
        letter.recipient().forEach(l -> t.append(l).append('\n'));
        if (!letter.recipient().isEmpty()) {
            t.append('\n');
        }
        for (Letter.Reference r : letter.references()) {
            t.append(r.label()).append(": ").append(r.value()).append('\n');
        }
        t.append('\n').append(letter.title()).append("\n\n");
        if (letter.salutation() != null && !letter.salutation().isBlank()) {
            t.append(letter.salutation()).append("\n\n");
        }
        for (Section s : letter.sections()) {
            section(t, s);
        }
        for (Section s : letter.annexes()) {
            t.append("\f\n");
            section(t, s);
        }
        return t.toString();
    }

    private static void section(StringBuilder t, Section s) {
        if (s.heading() != null) {
            t.append(s.level() > 2 ? "" : "\n").append(s.heading()).append('\n');
        }
        for (Block b : s.blocks()) {
            switch (b) {
                case Block.Paragraph p -> t.append(p.text()).append("\n\n");
                case Block.SubHeading h -> t.append(h.text()).append('\n');
                case Block.ItemList l -> {
                    int n = 1;
                    for (String item : l.items()) {
                        t.append(switch (l.kind()) {
                            case NUMBERED -> (n++) + ". ";
                            case BULLETED -> "- ";
                            case LABELLED -> "   ";
                        }).append(item).append('\n');
                    }
                    t.append('\n');
                }
                case Block.Table table -> {
                    t.append(String.join(" | ", table.headers())).append('\n');
                    for (List<String> row : table.rows()) {
                        t.append(String.join(" | ", row)).append('\n');
                    }
                    t.append('\n');
                }
                case Block.Signature sig -> {
                    sig.lines().forEach(l -> t.append(l).append('\n'));
                    t.append('\n');
                }
            }
        }
    }
}
