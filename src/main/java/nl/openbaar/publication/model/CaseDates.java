package nl.openbaar.publication.model;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

/**
 * The dates of the procedure behind a publication, as the portal and the open data show them.
 *
 * @param received the day the request was received (day 0 of the term)
 * @param decided  the date of the decision
 * @param sent     the day the decision was sent to the requester
 * @param deadline the day the decision was due (extension and agreed terms included), when known
 */
public record CaseDates(LocalDate received, LocalDate decided, LocalDate sent, LocalDate deadline) {

    public static final CaseDates NONE = new CaseDates(null, null, null, null);

    /** Calendar days from receipt to decision, or null when either is unknown. */
    public Long daysTaken() {
        return received == null || decided == null ? null : ChronoUnit.DAYS.between(received, decided);
    }

    /** Whether the decision came on or before the deadline; null when either is unknown. */
    public Boolean onTime() {
        return decided == null || deadline == null ? null : !decided.isAfter(deadline);
    }
}
