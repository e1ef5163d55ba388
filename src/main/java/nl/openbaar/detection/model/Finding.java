package nl.openbaar.detection.model;

import java.util.List;
import nl.openbaar.shared.layout.Box;

/**
 * One span of a page that should (or, for {@link Handling#REVIEW}, may) be redacted.
 *
 * @param page        1-based page number, as {@code PageLayout.number()}
 * @param start       offset of the first character in the page's text
 * @param end         offset after the last character
 * @param text        the text of the span: internal use only (review screen, verification gate), never published
 * @param boxes       exact boxes on the page (parts of words where the span cuts a word, e.g. an e-mail local part)
 * @param category    what it is
 * @param score       confidence 0..1 (Presidio-style: pattern, validation and context combined)
 * @param recognizer  the recognizer that found it, e.g. "email", "name.signature"
 * @param ground      proposed ground code for the case's regime ("5.1.2e", "10.2.e"), from the rule base
 * @param handling    whether it may be accepted unattended
 * @param subject     a key for "the same person or datum" across a case ("person:lotte verbeek",
 *                    "phone:+31612345678"), so a reviewer's decision can be applied to all occurrences
 * @param explanation why it was found, in Dutch, for the reviewer ("voornaam + achternaam; na 'Met vriendelijke groet'")
 */
public record Finding(
        int page,
        int start,
        int end,
        String text,
        List<Box> boxes,
        Category category,
        double score,
        String recognizer,
        String ground,
        Handling handling,
        String subject,
        String explanation) {

    public Finding {
        boxes = List.copyOf(boxes);
        if (start < 0 || end < start) {
            throw new IllegalArgumentException("bad span " + start + ".." + end);
        }
    }

    public boolean overlaps(Finding o) {
        return page == o.page && start < o.end && o.start < end;
    }
}
