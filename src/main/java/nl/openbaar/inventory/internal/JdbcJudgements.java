package nl.openbaar.inventory.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import nl.openbaar.inventory.model.Beoordeling;
import nl.openbaar.inventory.model.DocumentBeoordeling;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Judgements per document in the database; plain SQL that runs on PostgreSQL and H2 alike. */
@Repository
public class JdbcJudgements {

    private final JdbcClient jdbc;

    public JdbcJudgements(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Inserts or replaces the judgement of one document. */
    public void save(long requestId, DocumentBeoordeling j) {
        int updated = jdbc.sql("""
                update document_judgement set judgement = ?, grounds = ?, remark = ?, links = ?, public_title = ?, suspended = ?,
                    judged_by = ?, judged_at = ?
                where request_id = ? and document_id = ?""")
                .params(j.beoordeling().name(), join(j.grounds(), ";"), j.toelichting(), join(j.links(), "|"), j.publicTitle(),
                        j.opgeschort(), j.judgedBy(), Timestamp.from(j.judgedAt()), requestId, j.documentId())
                .update();
        if (updated == 0) {
            jdbc.sql("""
                    insert into document_judgement (request_id, document_id, judgement, grounds, remark, links, public_title,
                        suspended, judged_by, judged_at)
                    values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                    .params(requestId, j.documentId(), j.beoordeling().name(), join(j.grounds(), ";"), j.toelichting(),
                            join(j.links(), "|"), j.publicTitle(), j.opgeschort(), j.judgedBy(), Timestamp.from(j.judgedAt()))
                    .update();
        }
    }

    public boolean delete(long requestId, long documentId) {
        return jdbc.sql("delete from document_judgement where request_id = ? and document_id = ?")
                .params(requestId, documentId).update() > 0;
    }

    public Map<Long, DocumentBeoordeling> forRequest(long requestId) {
        Map<Long, DocumentBeoordeling> all = new LinkedHashMap<>();
        jdbc.sql("select * from document_judgement where request_id = ? order by document_id").param(requestId)
                .query((rs, n) -> judgement(rs)).list().forEach(j -> all.put(j.documentId(), j));
        return all;
    }

    private static DocumentBeoordeling judgement(ResultSet rs) throws SQLException {
        return new DocumentBeoordeling(rs.getLong("document_id"), Beoordeling.valueOf(rs.getString("judgement")),
                split(rs.getString("grounds"), ";"), rs.getString("remark"), split(rs.getString("links"), "\\|"),
                rs.getString("public_title"), rs.getBoolean("suspended"), rs.getString("judged_by"),
                rs.getTimestamp("judged_at").toInstant());
    }

    private static String join(List<String> values, String separator) {
        return values.isEmpty() ? null : String.join(separator, values);
    }

    private static List<String> split(String value, String separator) {
        return value == null || value.isBlank() ? List.of()
                : Arrays.stream(value.split(separator)).map(String::strip).filter(s -> !s.isEmpty()).toList();
    }
}
