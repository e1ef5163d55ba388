package nl.openbaar.request.model;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import nl.openbaar.law.Regime;

/**
 * A request for information under the Woo or the Wob.
 *
 * @param kenmerk                   the body's reference, printed on every letter ("ons kenmerk")
 * @param letterDate                the date on the requester's letter
 * @param receivedDate              the day the body received it: day 0 of every term
 * @param bestuurlijkeAangelegenheid the administrative matter the request is about, in the requester's words
 * @param items                     the numbered items asked for, in order
 * @param requestedPeriod           the period the requester asked for, if any
 * @param scopedPeriod              the period the body set for the search, and {@code scopeReason} why
 * @param organisation              the body (or part of it) that handles the request
 */
public record Verzoek(
        long id,
        String kenmerk,
        Regime regime,
        Verzoeker verzoeker,
        LocalDate letterDate,
        LocalDate receivedDate,
        Channel channel,
        String bestuurlijkeAangelegenheid,
        List<String> items,
        Periode requestedPeriod,
        Periode scopedPeriod,
        String scopeReason,
        String organisation,
        Instant registeredAt) {

    public Verzoek {
        items = List.copyOf(items);
    }
}
