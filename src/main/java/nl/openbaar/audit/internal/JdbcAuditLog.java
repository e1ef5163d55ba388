package nl.openbaar.audit.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import nl.openbaar.audit.model.AuditEntry;
import nl.openbaar.audit.model.AuditQuery;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The audit_entry table: insert and query only, never update or delete. */
@Repository
public class JdbcAuditLog {

    private static final int MAX_STATE = 8000;

    private final JdbcClient jdbc;

    public JdbcAuditLog(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public void insert(AuditEntry e) {
        jdbc.sql("""
                insert into audit_entry (happened_at, actor, action, subject_type, subject_id, kenmerk, before_state, after_state)
                values (?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(Timestamp.from(e.at()), e.actor(), e.action(), e.subjectType(), e.subjectId(), e.kenmerk(),
                        clip(e.before()), clip(e.after()))
                .update();
    }

    public List<AuditEntry> find(AuditQuery q, ZoneId zone) {
        StringBuilder sql = new StringBuilder("select * from audit_entry where 1 = 1");
        List<Object> params = new ArrayList<>();
        if (q.actor() != null) {
            sql.append(" and actor = ?");
            params.add(q.actor());
        }
        if (q.kenmerk() != null) {
            sql.append(" and kenmerk = ?");
            params.add(q.kenmerk());
        }
        if (q.action() != null) {
            sql.append(" and action like ?");
            params.add(q.action().replace("%", "") + "%");
        }
        if (q.from() != null) {
            sql.append(" and happened_at >= ?");
            params.add(Timestamp.from(q.from().atStartOfDay(zone).toInstant()));
        }
        if (q.to() != null) {
            sql.append(" and happened_at < ?");
            params.add(Timestamp.from(q.to().plusDays(1).atStartOfDay(zone).toInstant()));
        }
        sql.append(" order by happened_at desc, id desc limit ").append(q.limit());
        return jdbc.sql(sql.toString()).params(params).query(JdbcAuditLog::entry).list();
    }

    /**
     * Whether the account acted on the case (other than by the excluded actions) or was added to its team: the
     * team additions name the member as their subject ("account", username).
     */
    public boolean workedOn(String username, String kenmerk, String teamAdded, List<String> excluded) {
        StringBuilder sql = new StringBuilder("select count(*) from audit_entry where kenmerk = ? and ((actor = ?");
        List<Object> params = new ArrayList<>(List.of(kenmerk, username));
        for (String code : excluded) {
            sql.append(" and action <> ?");
            params.add(code);
        }
        sql.append(") or (action = ? and subject_type = 'account' and subject_id = ?))");
        params.add(teamAdded);
        params.add(username);
        return jdbc.sql(sql.toString()).params(params).query(Long.class).single() > 0;
    }

    private static AuditEntry entry(ResultSet rs, int n) throws SQLException {
        return new AuditEntry(rs.getLong("id"), rs.getTimestamp("happened_at").toInstant(), rs.getString("actor"),
                rs.getString("action"), rs.getString("subject_type"), rs.getString("subject_id"), rs.getString("kenmerk"),
                rs.getString("before_state"), rs.getString("after_state"));
    }

    /** A state too large for the column is cut with a visible mark rather than refused: the change itself happened. */
    private static String clip(String s) {
        return s == null || s.length() <= MAX_STATE ? s : s.substring(0, MAX_STATE - 20) + "…[ingekort]";
    }
}
