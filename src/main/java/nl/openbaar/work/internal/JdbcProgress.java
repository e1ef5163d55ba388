package nl.openbaar.work.internal;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import nl.openbaar.work.model.Progress;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Progress counters per request and kind of work. */
@Repository
public class JdbcProgress {

    private static final String SELECT = """
            select r.kenmerk, p.kind, p.total, p.done, p.failed, p.started_at, p.updated_at, p.finished_at
            from work_progress p join request r on r.id = p.request_id""";

    private final JdbcClient jdbc;

    public JdbcProgress(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public void start(long requestId, String kind, int total, Instant now) {
        int updated = jdbc.sql("""
                update work_progress set total = ?, done = 0, failed = 0, started_at = ?, updated_at = ?, finished_at = null
                where request_id = ? and kind = ?""")
                .params(total, Timestamp.from(now), Timestamp.from(now), requestId, kind).update();
        if (updated == 0) {
            jdbc.sql("""
                    insert into work_progress (request_id, kind, total, done, failed, started_at, updated_at)
                    values (?, ?, ?, 0, 0, ?, ?)""")
                    .params(requestId, kind, total, Timestamp.from(now), Timestamp.from(now)).update();
        }
    }

    public void addToTotal(long requestId, String kind, int more, Instant now) {
        jdbc.sql("update work_progress set total = total + ?, updated_at = ?, finished_at = null where request_id = ? and kind = ?")
                .params(more, Timestamp.from(now), requestId, kind).update();
    }

    public void advance(long requestId, String kind, int done, int failed, Instant now) {
        jdbc.sql("update work_progress set done = done + ?, failed = failed + ?, updated_at = ? where request_id = ? and kind = ?")
                .params(done, failed, Timestamp.from(now), requestId, kind).update();
    }

    public void finish(long requestId, String kind, Instant now) {
        jdbc.sql("update work_progress set finished_at = ?, updated_at = ? where request_id = ? and kind = ?")
                .params(Timestamp.from(now), Timestamp.from(now), requestId, kind).update();
    }

    public Optional<Progress> find(long requestId, String kind) {
        return jdbc.sql(SELECT + " where p.request_id = ? and p.kind = ?").params(requestId, kind).query(this::map).optional();
    }

    public List<Progress> forRequest(long requestId) {
        return jdbc.sql(SELECT + " where p.request_id = ? order by p.started_at").param(requestId).query(this::map).list();
    }

    public List<Progress> forKenmerk(String kenmerk) {
        return jdbc.sql(SELECT + " where r.kenmerk = ? order by p.started_at").param(kenmerk).query(this::map).list();
    }

    public List<Progress> running() {
        return jdbc.sql(SELECT + " where p.finished_at is null order by p.started_at").query(this::map).list();
    }

    private Progress map(java.sql.ResultSet rs, int row) throws java.sql.SQLException {
        Timestamp finished = rs.getTimestamp("finished_at");
        return new Progress(rs.getString("kenmerk"), rs.getString("kind"), rs.getInt("total"), rs.getInt("done"),
                rs.getInt("failed"), rs.getTimestamp("started_at").toInstant(), rs.getTimestamp("updated_at").toInstant(),
                finished == null ? null : finished.toInstant());
    }
}
