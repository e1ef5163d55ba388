package nl.openbaar.detection.model;

/**
 * A name that looks like a person's but is deliberately not redacted, because it names a public office
 * holder in that capacity ("staatssecretaris Knops"). Reported so a reviewer can see why it stays visible.
 *
 * @param reason Dutch, e.g. "staatssecretaris (allow-list: Raymond Knops)" or "na 'minister'"
 */
public record PublicMention(int page, int start, int end, String text, String reason) {
}
