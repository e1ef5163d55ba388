package nl.openbaar.audit.model;

import java.time.Instant;

/**
 * One change, as the audit log keeps it.
 *
 * @param actor       the user who made the change ("openbaar" for the software itself, "verzoeker" for the public form)
 * @param action      what happened, a stable code such as {@code request.event.recorded}
 * @param subjectType the kind of thing changed: request, account, publication, document …
 * @param subjectId   which one
 * @param kenmerk     the case it belongs to, if any, so a case's history can be listed
 * @param before      the state before (JSON), null when the thing was created
 * @param after       the state after (JSON), null when it was removed
 */
public record AuditEntry(long id, Instant at, String actor, String action, String subjectType, String subjectId,
        String kenmerk, String before, String after) {
}
