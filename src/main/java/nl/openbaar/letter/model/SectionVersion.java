package nl.openbaar.letter.model;

import java.time.Instant;

/**
 * One saved text of a section of a draft.
 *
 * @param version   1, 2, 3 … per section
 * @param text      the section as the lawyer wrote it (the editable text, see {@link EditableText})
 * @param generated what Openbaar generated for the section when this was saved: when today's generated text differs,
 *                  the case moved on (a date, a count) and the lawyer should look again
 * @param origin    where it came from: "browser", "word" (an uploaded DOCX) or "herstel" (back to the generated text)
 */
public record SectionVersion(String sectionId, int version, String text, String generated, String origin, String editedBy,
        Instant editedAt) {

    public static final String BROWSER = "browser";
    public static final String WORD = "word";
    public static final String RESET = "herstel";

    /** A reset means: the generated text again, no edit in force. */
    public boolean inForce() {
        return !RESET.equals(origin);
    }
}
