package nl.openbaar.redaction.internal;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.HashSet;
import java.util.Set;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The texts kept public per case. */
@Repository
public class JdbcPublicTexts {

    private final JdbcClient jdbc;

    public JdbcPublicTexts(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public void add(long requestId, String textKey, String text, String by, Instant at) {
        jdbc.sql("""
                insert into public_text (request_id, text_key, covered_text, added_by, added_at) values (?, ?, ?, ?, ?)
                on conflict do nothing""")
                .params(requestId, textKey, text.length() > 4000 ? text.substring(0, 4000) : text, by, Timestamp.from(at)).update();
    }

    public void remove(long requestId, String textKey) {
        jdbc.sql("delete from public_text where request_id = ? and text_key = ?").params(requestId, textKey).update();
    }

    public Set<String> keys(long requestId) {
        return new HashSet<>(jdbc.sql("select text_key from public_text where request_id = ?").param(requestId).query(String.class).list());
    }
}
