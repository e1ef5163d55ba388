package nl.openbaar.redaction.model;

import java.time.Instant;

/** One entry of a redaction's history. */
public record RedactionChange(long redactionId, String action, String actor, Instant at, String detail) {
}
