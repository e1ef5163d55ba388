package nl.openbaar.verification.model;

/**
 * Something that was redacted and must not be found anywhere in the published file. Kept in memory only; reports
 * name its page and category, never the text.
 *
 * @param page     the page it was removed from (1-based)
 * @param category what kind of information it is ("naam", "telefoonnummer")
 * @param text     the removed text as the reader saw it
 * @param inImage  true when it was burned out of an image (a scan): that page is also checked by OCR
 */
public record Secret(int page, String category, String text, boolean inImage) {

    public Secret {
        if (text == null) {
            throw new IllegalArgumentException("secret without text");
        }
        category = category == null ? "onbekend" : category;
    }
}
