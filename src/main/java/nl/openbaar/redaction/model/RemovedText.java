package nl.openbaar.redaction.model;

/**
 * Text that redaction took out of a page, as its glyphs decoded. Only kept in memory, so that the verification
 * gate can search the published file for it; it is never written anywhere.
 */
public record RemovedText(int page, String category, String text) {
}
