package nl.openbaar.request.model;

import java.time.LocalDate;
import java.util.List;

/**
 * Changes to a registered request; null fields stay as they are. The day of receipt cannot be amended: every
 * term counts from it, so a wrong one is corrected by registering the request anew.
 *
 * @param regime "woo" or "wob": overrides the regime derived from the day of receipt (transitional cases)
 * @param items  when not null, replaces the numbered items
 */
public record Amendment(
        String regime,
        String name,
        String address,
        String email,
        String phone,
        String subject,
        List<String> items,
        LocalDate requestedFrom,
        LocalDate requestedTo,
        LocalDate scopedFrom,
        LocalDate scopedTo,
        String scopeReason,
        String organisation) {
}
