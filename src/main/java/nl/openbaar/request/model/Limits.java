package nl.openbaar.request.model;

import java.util.regex.Pattern;

/**
 * How long and how many: the one place the request's fields are bounded. The web form, the JSON API and the CLI go
 * through the use cases, which check these before storing; the database columns have the same widths
 * (V1_1__requests.sql), so a value that passes is never cut off and a value that does not is refused naming its field.
 */
public final class Limits {

    public static final int NAME = 300;
    public static final int ADDRESS = 1000;
    public static final int EMAIL = 320;
    public static final int PHONE = 64;
    public static final int SUBJECT = 2000;
    public static final int SCOPE_REASON = 2000;
    public static final int ORGANISATION = 300;
    /** One numbered item of the request. */
    public static final int ITEM = 4000;
    /** Numbered items in one request: long requests run to a few dozen; more is a pasted document, not a list. */
    public static final int ITEMS = 200;
    public static final int NOTE = 4000;
    public static final int LETTER = 500;
    /** One extra datum of an event (reason, agreed date, body, …). */
    public static final int DETAIL = 1500;
    /** All extra data of one event together; stored as JSON in 4,000 characters, with room for its quoting. */
    public static final int DETAILS = 2000;
    public static final int DETAIL_COUNT = 20;

    /**
     * A kenmerk: letters, digits, '.', '_' and '-', starting and ending with a letter or digit, at most 64. No '/' (it
     * would split the case's address, /beheer/verzoeken/{kenmerk}, so the case could never be opened) and no spaces.
     */
    public static final int KENMERK_LENGTH = 64;
    public static final Pattern KENMERK = Pattern.compile("[A-Za-z0-9](?:[A-Za-z0-9._-]{0,62}[A-Za-z0-9])?");
    public static final String KENMERK_RULE = "een kenmerk bestaat uit letters, cijfers en . _ - (hoogstens 64 tekens, "
            + "begint en eindigt met een letter of cijfer)";

    private Limits() {
    }
}
