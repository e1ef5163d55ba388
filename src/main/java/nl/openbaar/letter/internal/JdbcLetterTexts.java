package nl.openbaar.letter.internal;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Letter texts changed by an administrator, and the texts of single cases; plain SQL for PostgreSQL and H2. */
@Repository
public class JdbcLetterTexts {

    /** A stored text; regime "" means both regimes. */
    public record Stored(String key, String regime, String body, String updatedBy, Instant updatedAt) {
    }

    private final JdbcClient jdbc;

    public JdbcLetterTexts(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public List<Stored> all() {
        return jdbc.sql("select * from letter_text order by text_key, regime")
                .query((rs, n) -> new Stored(rs.getString("text_key"), rs.getString("regime"), rs.getString("body"),
                        rs.getString("updated_by"), rs.getTimestamp("updated_at").toInstant())).list();
    }

    public void put(String key, String regime, String body, String user, Instant at) {
        int n = jdbc.sql("update letter_text set body = ?, updated_by = ?, updated_at = ? where text_key = ? and regime = ?")
                .params(body, user, Timestamp.from(at), key, regime).update();
        if (n == 0) {
            jdbc.sql("insert into letter_text (text_key, regime, body, updated_by, updated_at) values (?, ?, ?, ?, ?)")
                    .params(key, regime, body, user, Timestamp.from(at)).update();
        }
    }

    public boolean remove(String key, String regime) {
        return jdbc.sql("delete from letter_text where text_key = ? and regime = ?").params(key, regime).update() > 0;
    }

    public Map<String, String> forCase(long requestId) {
        Map<String, String> texts = new LinkedHashMap<>();
        jdbc.sql("select text_key, body from case_letter_text where request_id = ? order by text_key").param(requestId)
                .query(rs -> {
                    texts.put(rs.getString("text_key"), rs.getString("body"));
                });
        return texts;
    }

    public void putForCase(long requestId, String key, String body, String user, Instant at) {
        int n = jdbc.sql("update case_letter_text set body = ?, updated_by = ?, updated_at = ? where request_id = ? and text_key = ?")
                .params(body, user, Timestamp.from(at), requestId, key).update();
        if (n == 0) {
            jdbc.sql("insert into case_letter_text (request_id, text_key, body, updated_by, updated_at) values (?, ?, ?, ?, ?)")
                    .params(requestId, key, body, user, Timestamp.from(at)).update();
        }
    }

    public boolean removeForCase(long requestId, String key) {
        return jdbc.sql("delete from case_letter_text where request_id = ? and text_key = ?").params(requestId, key).update() > 0;
    }
}
