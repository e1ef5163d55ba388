package nl.openbaar.audit;

import java.time.Clock;
import java.util.List;
import java.util.Map;
import nl.openbaar.audit.internal.JdbcAuditLog;
import nl.openbaar.audit.model.Acted;
import nl.openbaar.audit.model.AuditAction;
import nl.openbaar.audit.model.AuditEntry;
import nl.openbaar.audit.model.AuditQuery;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.json.JsonMapper;

/**
 * Writes and reads the audit log. A change and its audit entry are written in the same transaction, so an
 * entry exists exactly when the change does. States are stored as JSON; callers pass maps or records.
 */
@Service
public class Auditing {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final JdbcAuditLog log;
    private final Clock clock;

    public Auditing(JdbcAuditLog log, Clock clock) {
        this.log = log;
        this.clock = clock;
    }

    /**
     * Records a change, in the caller's transaction when there is one.
     *
     * @param before the state before, or null when the subject was created
     * @param after  the state after, or null when it was removed
     */
    @Transactional(propagation = Propagation.REQUIRED)
    public void record(String actor, AuditAction action, Subject subject, Object before, Object after) {
        log.insert(new AuditEntry(0, clock.instant(), actor == null ? "onbekend" : actor, action.code(), subject.type(),
                subject.id(), subject.kenmerk(), json(before), json(after)));
    }

    /**
     * The one listener: every use case's {@link Acted} becomes an entry, in the use case's transaction (a use case
     * publishes it inside its own transaction, so the entry exists exactly when the change does).
     */
    @EventListener
    @Transactional(propagation = Propagation.MANDATORY)
    public void on(Acted acted) {
        record(acted.actor(), acted.action(), new Subject(acted.subjectType(), acted.subjectId(), acted.kenmerk()), acted.before(),
                acted.after());
    }

    /**
     * Whether an account ever worked on a case, by the log rather than the current team: anything it did on the case
     * except the second pair of eyes' own acts, or having been put on its team (also when it left it since).
     */
    @Transactional(readOnly = true)
    public boolean hasWorkedOn(String username, String kenmerk) {
        return log.workedOn(username, kenmerk, AuditAction.CASE_TEAM_ADDED.code(), AuditAction.secondEyesCodes());
    }

    @Transactional(readOnly = true)
    public List<AuditEntry> find(AuditQuery query) {
        return log.find(query, clock.getZone());
    }

    static String json(Object state) {
        if (state == null) {
            return null;
        }
        if (state instanceof String s) {
            return JSON.writeValueAsString(Map.of("value", s));
        }
        return JSON.writeValueAsString(state);
    }

    /** What changed: a type, its id, and the case it belongs to (null if none). */
    public record Subject(String type, String id, String kenmerk) {

        public static Subject request(String kenmerk) {
            return new Subject("verzoek", kenmerk, kenmerk);
        }

        public static Subject account(String username) {
            return new Subject("account", username, null);
        }

        public static Subject of(String type, Object id, String kenmerk) {
            return new Subject(type, String.valueOf(id), kenmerk);
        }
    }
}
