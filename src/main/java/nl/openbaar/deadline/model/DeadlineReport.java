package nl.openbaar.deadline.model;

import java.time.LocalDate;
import java.util.List;
import nl.openbaar.law.Regime;

/**
 * The deadlines of one request, each explained.
 *
 * @param firstTermEnd        end of the first term: receipt + 4 weeks + suspended days, before the Atw
 * @param extensionLastDay    the last day on which an extension can be sent (first term end, Atw applied)
 * @param legalDeadline       the statutory deadline, extension and Atw included
 * @param agreedDeadline      a later date agreed with the requester, or null
 * @param deadline            the date the decision is due: the legal deadline, or the agreed one where that
 *                            suspended the term
 * @param suspendedDays       calendar days during which the term did not run
 * @param provisional         true while a suspension runs: the deadline assumes it ends as expected
 * @param daysLeft            days from the report date to the deadline (negative when overdue); null once decided
 * @param appealPossibleFrom  first day of an appeal for not deciding, after a default notice
 * @param objectionTermEnd    last day for an objection, once the decision was sent
 * @param disclosureDate      earliest day to disclose when a third party is expected to object
 * @param steps               the computation in words; joined they form the explanation
 */
public record DeadlineReport(
        Regime regime,
        LocalDate received,
        LocalDate firstTermEnd,
        LocalDate extensionLastDay,
        boolean extended,
        LocalDate legalDeadline,
        LocalDate agreedDeadline,
        LocalDate deadline,
        int suspendedDays,
        boolean provisional,
        DeadlineStatus status,
        Long daysLeft,
        LocalDate appealPossibleFrom,
        Penalty penalty,
        LocalDate objectionTermEnd,
        LocalDate disclosureDate,
        List<String> steps,
        List<String> warnings) {

    public DeadlineReport {
        steps = List.copyOf(steps);
        warnings = List.copyOf(warnings);
    }

    /** "ontvangen 11-06-2021; 4 weken → 09-07-2021; verdaagd met 4 weken → 06-08-2021" */
    public String explanation() {
        return String.join("; ", steps);
    }
}
