package nl.openbaar.deadline.model;

import java.time.LocalDate;

/**
 * A later deadline agreed with the requester. Agreed in writing before the term expired, it suspends the
 * term (Awb 4:15 lid 2 a); agreed afterwards it is a target only: the body is already late.
 */
public record AgreedDeadline(LocalDate agreedOn, LocalDate date) {
}
