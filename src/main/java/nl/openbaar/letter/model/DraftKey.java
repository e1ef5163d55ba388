package nl.openbaar.letter.model;

import java.util.Locale;
import nl.openbaar.shared.InvalidInputException;

/**
 * Which letter of a case a draft is: the decision and the acknowledgement and extension once per case, a forwarding
 * and a request for views once per event on the timeline (a request may go to two bodies, views to three parties).
 *
 * @param eventId the event a forwarding or views letter belongs to; null for the others
 */
public record DraftKey(LetterType type, Long eventId) {

    public DraftKey {
        if (type == null) {
            throw new IllegalArgumentException("type");
        }
        if (!perEvent(type)) {
            eventId = null;
        }
    }

    public static DraftKey of(LetterType type) {
        return new DraftKey(type, null);
    }

    /** Forwarding and views letters are one per event. */
    public static boolean perEvent(LetterType type) {
        return type == LetterType.FORWARDING || type == LetterType.VIEWS;
    }

    /** "besluit", "verdaging", "doorzending-12": in URLs and the database. */
    public String code() {
        return eventId == null ? type.dutch() : type.dutch() + "-" + eventId;
    }

    public static DraftKey parse(String code) {
        if (code == null || code.isBlank() || code.length() > 60) {
            throw new InvalidInputException("brief", "onbekende brief '" + code + "'");
        }
        String c = code.strip().toLowerCase(Locale.ROOT);
        int dash = c.lastIndexOf('-');
        if (dash > 0 && c.substring(dash + 1).chars().allMatch(Character::isDigit) && dash < c.length() - 1) {
            LetterType t = LetterType.parse(c.substring(0, dash));
            if (!perEvent(t)) {
                throw new InvalidInputException("brief", "onbekende brief '" + code + "'");
            }
            return new DraftKey(t, Long.parseLong(c.substring(dash + 1)));
        }
        return new DraftKey(LetterType.parse(c), null);
    }
}
