package nl.openbaar.audit.model;

import java.time.LocalDate;

/** A filter over the audit log; null fields do not filter. */
public record AuditQuery(String actor, String kenmerk, String action, LocalDate from, LocalDate to, int limit) {

    public AuditQuery {
        limit = limit <= 0 || limit > 1000 ? 200 : limit;
        actor = blankToNull(actor);
        kenmerk = blankToNull(kenmerk);
        action = blankToNull(action);
    }

    public static AuditQuery recent(int limit) {
        return new AuditQuery(null, null, null, null, null, limit);
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
