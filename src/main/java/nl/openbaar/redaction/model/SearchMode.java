package nl.openbaar.redaction.model;

import java.util.Locale;
import nl.openbaar.shared.InvalidInputException;

/** How search-and-redact reads what the reviewer typed. */
public enum SearchMode {
    /** A whole word, case aside ("Facilitair" finds "facilitair", not "facilitaire"). */
    WORD,
    /** Words in this order with any spacing or line break between them, whole words. */
    PHRASE,
    /** A regular expression (Java syntax), such as a case number "WOO-\d{4}-\d{4}" or a mailbox "[a-z.-]+@minbzk\.nl". */
    PATTERN;

    public static SearchMode parse(String s) {
        if (s == null || s.isBlank()) {
            return PHRASE;
        }
        return switch (s.strip().toLowerCase(Locale.ROOT)) {
            case "word", "woord" -> WORD;
            case "phrase", "zin", "woorden" -> PHRASE;
            case "pattern", "patroon", "regex" -> PATTERN;
            default -> throw new InvalidInputException("mode", "zoek op 'woord', 'zin' of 'patroon', niet '" + s + "'");
        };
    }
}
