package nl.openbaar.letter.compose;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import nl.openbaar.letter.model.EditableText;
import nl.openbaar.letter.model.Letter;
import nl.openbaar.letter.model.Section;
import nl.openbaar.letter.model.SectionVersion;

/**
 * Puts the lawyer's edited sections into a generated letter. A section the case no longer has is left out (an
 * edit of a ground the inventory dropped); an edit whose generated text has changed since (a date, a count) stays,
 * with a warning to look again before signing.
 */
public final class DraftEdits {

    private DraftEdits() {
    }

    public static Letter apply(Letter generated, Map<String, SectionVersion> edits) {
        List<String> warnings = new ArrayList<>(generated.warnings());
        List<Section> sections = new ArrayList<>();
        for (Section s : generated.sections()) {
            SectionVersion edit = edits.get(s.id());
            if (edit == null || !edit.inForce() || !EditableText.editable(s)) {
                sections.add(s);
                continue;
            }
            sections.add(EditableText.apply(s, edit.text()));
            if (stale(s, edit)) {
                warnings.add("De tekst van '" + name(s) + "' is bewerkt door " + edit.editedBy() + " (versie " + edit.version()
                        + "), maar wat Openbaar uit de zaak genereert is sindsdien veranderd: kijk de data en aantallen na.");
            }
        }
        return new Letter(generated.type(), generated.title(), generated.sender(), generated.recipient(), generated.references(),
                generated.salutation(), sections, generated.annexes(), generated.anonymised(), warnings);
    }

    /** The case moved on since the edit: what Openbaar would write today differs from what it wrote then. */
    public static boolean stale(Section generated, SectionVersion edit) {
        return edit.inForce() && !EditableText.normalise(edit.generated()).equals(EditableText.normalise(EditableText.of(generated)));
    }

    /** A section's name for people: its heading, else the id ("inleiding", "ondertekening"). */
    public static String name(Section s) {
        return s.heading() != null ? s.heading() : switch (s.id()) {
            case "inleiding" -> "Inleiding";
            case "ondertekening" -> "Ondertekening";
            case "tekst" -> "Tekst van de brief";
            default -> s.id();
        };
    }

}
