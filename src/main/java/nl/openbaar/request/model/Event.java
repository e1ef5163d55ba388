package nl.openbaar.request.model;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;

/**
 * A dated event on a request's timeline.
 *
 * @param date       the day it happened (for a letter: the day it was sent; for a letter received: the day of receipt)
 * @param note       free text for the case file
 * @param letter     reference of the letter it concerns (its kenmerk or file name), if any
 * @param details    what the type needs: a reason for an extension, the body a request was forwarded to …
 * @param recordedBy the user who recorded it, or "openbaar" for the software's own notes
 */
public record Event(
        long id,
        EventType type,
        LocalDate date,
        String note,
        String letter,
        Map<String, String> details,
        Instant recordedAt,
        String recordedBy) {

    /** Why an extension was needed (Woo 4.4 lid 2: "schriftelijk gemotiveerd"). */
    public static final String REASON = "reason";
    /** The later deadline agreed with the requester (yyyy-mm-dd). */
    public static final String AGREED_DATE = "agreedDate";
    /** Who was asked for a view. */
    public static final String THIRD_PARTY = "thirdParty";
    /** Days given to the third party for its view; 14 when not given. */
    public static final String VIEW_TERM_DAYS = "termDays";
    /** The legal basis of a suspension other than a view ("Awb 4:15 lid 2 b"). */
    public static final String BASIS = "basis";
    /** The court's term (yyyy-mm-dd) and penalty. */
    public static final String DECIDE_BY = "decideBy";
    public static final String PENALTY_PER_DAY = "penaltyPerDay";
    public static final String PENALTY_MAXIMUM = "penaltyMaximum";
    /** The body a request was forwarded to, and whether whole or part ("geheel" / "deels"). */
    public static final String BODY = "body";
    public static final String SCOPE = "scope";
    /** For a recomputed deadline: the old and the new date, and why. */
    public static final String OLD_DEADLINE = "oldDeadline";
    public static final String NEW_DEADLINE = "newDeadline";

    public Event {
        details = details == null ? Map.of() : Map.copyOf(details);
    }

    public String detail(String key) {
        return details.get(key);
    }
}
