package nl.openbaar.audit.model;

/**
 * What a use case did, published as an event; the audit listener writes it in the same transaction, so an
 * entry exists exactly when the change does.
 *
 * @param subjectType the kind of thing changed ("verzoek", "weglakking", …)
 * @param before      the state before, or null when created
 * @param after       the state after, or null when removed
 */
public record Acted(String actor, AuditAction action, String subjectType, String subjectId, String kenmerk, Object before,
        Object after) {

    public static Acted onRequest(String actor, AuditAction action, String kenmerk, Object before, Object after) {
        return new Acted(actor, action, "verzoek", kenmerk, kenmerk, before, after);
    }
}
