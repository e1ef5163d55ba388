package nl.openbaar.detection.model;

import java.util.List;
import nl.openbaar.shared.layout.PageArea;
import nl.openbaar.shared.layout.PageRange;

/**
 * One value on a document's pages that should (or, for {@link Handling#REVIEW}, may) be redacted. A value that
 * layout broke up — wrapped over two lines, hyphenated, continued in the next column or on the next page — is
 * still one finding, with a range and boxes for every piece.
 *
 * @param ranges      where it lies in the pages' texts, in reading order: one range per piece
 * @param text        the value as a person reads it (pieces joined): internal use only (review screen,
 *                    verification gate), never published
 * @param areas       exact boxes on the pages (parts of words where the value cuts a word, e.g. an e-mail
 *                    local part), one per piece of a word
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
        List<PageRange> ranges,
        String text,
        List<PageArea> areas,
        Category category,
        double score,
        String recognizer,
        String ground,
        Handling handling,
        String subject,
        String explanation) {

    public Finding {
        ranges = List.copyOf(ranges);
        areas = List.copyOf(areas);
        if (ranges.isEmpty()) {
            throw new IllegalArgumentException("finding without a place");
        }
    }

    /** The page where it starts. */
    public int page() {
        return ranges.get(0).page();
    }

    /** True when one of its pieces overlaps text [start, end) of the given page. */
    public boolean overlaps(int page, int start, int end) {
        return ranges.stream().anyMatch(r -> r.overlaps(page, start, end));
    }

    /** True when one of its pieces holds the character at {@code offset} of the given page's text. */
    public boolean covers(int page, int offset) {
        return ranges.stream().anyMatch(r -> r.contains(page, offset));
    }

    public boolean overlaps(Finding o) {
        return o.ranges.stream().anyMatch(r -> overlaps(r.page(), r.start(), r.end()));
    }

    /** True when it lies on more than one line, column or page. */
    public boolean broken() {
        return ranges.size() > 1 || areas.stream().map(a -> a.page() + ":" + Math.round(a.box().y())).distinct().count() > 1;
    }
}
