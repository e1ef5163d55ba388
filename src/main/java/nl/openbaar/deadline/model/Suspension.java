package nl.openbaar.deadline.model;

import java.time.LocalDate;

/**
 * A period in which the decision term does not run (Woo 4.4 lid 3, Wob 6 lid 3, Awb 4:15).
 *
 * @param noticeDate   the day the requester was told; the suspension starts the day after
 * @param endInclusive the day the view was received or its term expired unused; null while it runs
 * @param expectedDays while it runs: the term given to the third party, used for a provisional end date
 * @param basis        the legal basis in words, printed in the explanation
 */
public record Suspension(LocalDate noticeDate, LocalDate endInclusive, int expectedDays, String basis) {

    public boolean running() {
        return endInclusive == null;
    }
}
