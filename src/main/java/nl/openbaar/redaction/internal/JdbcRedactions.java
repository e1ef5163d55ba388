package nl.openbaar.redaction.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import nl.openbaar.redaction.model.NewRedaction;
import nl.openbaar.redaction.model.PageBox;
import nl.openbaar.redaction.model.Redaction;
import nl.openbaar.redaction.model.RedactionArea;
import nl.openbaar.redaction.model.RedactionChange;
import nl.openbaar.redaction.model.RedactionStatus;
import nl.openbaar.shared.layout.Box;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Repository;

/** Redactions, their areas and their history, in plain SQL that runs on PostgreSQL and H2 alike. */
@Repository
public class JdbcRedactions {

    private final JdbcClient jdbc;

    public JdbcRedactions(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public long insert(long requestId, NewRedaction r, String textKey, RedactionStatus status, String proposedBy, Instant at,
            String decidedBy, Instant decidedAt) {
        KeyHolder key = new GeneratedKeyHolder();
        jdbc.sql("""
                insert into redaction (request_id, document_id, ground, category, status, covered_text, text_key, subject, score,
                    recognizer, explanation, proposed_by, proposed_at, decided_by, decided_at)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(requestId, r.documentId(), r.ground(), r.category(), status.name(), cut(r.coveredText(), 4000),
                        cut(textKey, 4000), cut(r.subject(), 400), r.score(), cut(r.recognizer(), 100), cut(r.explanation(), 1000),
                        cut(proposedBy, 100), Timestamp.from(at), cut(decidedBy, 100), decidedAt == null ? null : Timestamp.from(decidedAt))
                .update(key, "id");
        long id = key.getKeyAs(Number.class).longValue();
        for (PageBox a : r.areas()) {
            addArea(id, a);
        }
        return id;
    }

    /**
     * Stores a detection proposal unless its document already has one with the same key; returns its id when it was
     * new. Two runs at once cannot both store it: the unique constraint makes the second wait for the first and then
     * store nothing.
     */
    public Optional<Long> insertProposal(long requestId, NewRedaction r, String textKey, String proposalKey, String proposedBy,
            Instant at) {
        KeyHolder key = new GeneratedKeyHolder();
        int inserted = jdbc.sql("""
                insert into redaction (request_id, document_id, ground, category, status, covered_text, text_key, subject, score,
                    recognizer, explanation, proposed_by, proposed_at, proposal_key)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                on conflict do nothing""")
                .params(requestId, r.documentId(), r.ground(), r.category(), RedactionStatus.PROPOSED.name(), cut(r.coveredText(), 4000),
                        cut(textKey, 4000), cut(r.subject(), 400), r.score(), cut(r.recognizer(), 100), cut(r.explanation(), 1000),
                        cut(proposedBy, 100), Timestamp.from(at), proposalKey)
                .update(key, "id");
        if (inserted == 0 || key.getKeyList().isEmpty()) {
            return Optional.empty();
        }
        long id = key.getKeyAs(Number.class).longValue();
        for (PageBox a : r.areas()) {
            addArea(id, a);
        }
        return Optional.of(id);
    }

    /** The ids of a document's proposals by their key. */
    public Map<String, Long> proposalKeys(long documentId) {
        Map<String, Long> keys = new java.util.HashMap<>();
        jdbc.sql("select proposal_key, id from redaction where document_id = ? and proposal_key is not null").param(documentId)
                .query((ResultSet rs) -> {
                    keys.put(rs.getString("proposal_key"), rs.getLong("id"));
                });
        return keys;
    }

    /** Detection proposals of a document stored before proposals had a key. */
    public List<Redaction> proposalsWithoutKey(long documentId) {
        return load("where r.document_id = ? and r.proposal_key is null and r.recognizer is not null", documentId);
    }

    /** Gives a proposal stored before keys existed its key; false when another row of the document has it already. */
    public boolean adopt(long id, String proposalKey) {
        return jdbc.sql("""
                update redaction set proposal_key = ? where id = ? and proposal_key is null
                    and not exists (select 1 from redaction o where o.document_id = redaction.document_id and o.proposal_key = ?)""")
                .params(proposalKey, id, proposalKey).update() == 1;
    }

    public void addArea(long redactionId, PageBox a) {
        jdbc.sql("insert into redaction_area (redaction_id, page_number, box_x, box_y, box_width, box_height) values (?, ?, ?, ?, ?, ?)")
                .params(redactionId, a.page(), a.box().x(), a.box().y(), a.box().width(), a.box().height()).update();
    }

    public Optional<Redaction> find(long id) {
        List<Redaction> found = load("where r.id = ?", id);
        return found.isEmpty() ? Optional.empty() : Optional.of(found.get(0));
    }

    public List<Redaction> forDocument(long documentId) {
        return load("where r.document_id = ?", documentId);
    }

    public List<Redaction> forRequest(long requestId) {
        return load("where r.request_id = ?", requestId);
    }

    /** Other redactions in the request for the same subject, or (without a subject) with the same text. */
    public List<Redaction> sameOccurrence(long requestId, String subject, String textKey, long excluding) {
        if (subject != null) {
            return load("where r.request_id = ? and (r.subject = ? or r.text_key = ?) and r.id <> ?", requestId, subject,
                    textKey == null ? "\u0000" : textKey, excluding);
        }
        if (textKey == null) {
            return List.of();
        }
        return load("where r.request_id = ? and r.text_key = ? and r.id <> ?", requestId, textKey, excluding);
    }

    public void setStatus(long id, RedactionStatus status, String decidedBy, Instant at) {
        jdbc.sql("update redaction set status = ?, decided_by = ?, decided_at = ? where id = ?")
                .params(status.name(), cut(decidedBy, 100), at == null ? null : Timestamp.from(at), id).update();
    }

    public void setGround(long id, String ground) {
        jdbc.sql("update redaction set ground = ? where id = ?").params(ground, id).update();
    }

    public Optional<Long> ownerOfArea(long areaId) {
        return jdbc.sql("select redaction_id from redaction_area where id = ?").param(areaId).query(Long.class).optional();
    }

    public void moveArea(long areaId, Box box) {
        jdbc.sql("update redaction_area set box_x = ?, box_y = ?, box_width = ?, box_height = ? where id = ?")
                .params(box.x(), box.y(), box.width(), box.height(), areaId).update();
    }

    public void addChange(long redactionId, String action, String actor, Instant at, String detail) {
        jdbc.sql("insert into redaction_change (redaction_id, action, actor, changed_at, detail) values (?, ?, ?, ?, ?)")
                .params(redactionId, action, cut(actor, 100), Timestamp.from(at), cut(detail, 1000)).update();
    }

    public List<RedactionChange> changes(long redactionId) {
        return jdbc.sql("select * from redaction_change where redaction_id = ? order by id").param(redactionId)
                .query((rs, n) -> new RedactionChange(rs.getLong("redaction_id"), rs.getString("action"), rs.getString("actor"),
                        rs.getTimestamp("changed_at").toInstant(), rs.getString("detail")))
                .list();
    }

    private List<Redaction> load(String where, Object... params) {
        Map<Long, Row> rows = new LinkedHashMap<>();
        jdbc.sql("select r.* from redaction r " + where + " order by r.document_id, r.id").params(params)
                .query((ResultSet rs) -> {
                    Row row = row(rs);
                    rows.put(row.id, row);
                });
        if (rows.isEmpty()) {
            return List.of();
        }
        jdbc.sql("select a.* from redaction_area a join redaction r on r.id = a.redaction_id " + where
                        + " order by a.page_number, a.box_y, a.box_x, a.id").params(params)
                .query((ResultSet rs) -> {
                    Row row = rows.get(rs.getLong("redaction_id"));
                    if (row != null) {
                        row.areas.add(new RedactionArea(rs.getLong("id"), rs.getInt("page_number"), new Box(rs.getDouble("box_x"),
                                rs.getDouble("box_y"), rs.getDouble("box_width"), rs.getDouble("box_height"))));
                    }
                });
        List<Redaction> out = new ArrayList<>();
        for (Row r : rows.values()) {
            out.add(new Redaction(r.id, r.requestId, r.documentId, r.areas, r.ground, r.category, r.status, r.coveredText, r.subject,
                    r.score, r.recognizer, r.explanation, r.proposedBy, r.proposedAt, r.decidedBy, r.decidedAt));
        }
        return out;
    }

    private static final class Row {
        long id;
        long requestId;
        long documentId;
        String ground;
        String category;
        RedactionStatus status;
        String coveredText;
        String subject;
        Double score;
        String recognizer;
        String explanation;
        String proposedBy;
        Instant proposedAt;
        String decidedBy;
        Instant decidedAt;
        final List<RedactionArea> areas = new ArrayList<>();
    }

    private static Row row(ResultSet rs) throws SQLException {
        Row r = new Row();
        r.id = rs.getLong("id");
        r.requestId = rs.getLong("request_id");
        r.documentId = rs.getLong("document_id");
        r.ground = rs.getString("ground");
        r.category = rs.getString("category");
        r.status = RedactionStatus.valueOf(rs.getString("status"));
        r.coveredText = rs.getString("covered_text");
        r.subject = rs.getString("subject");
        double score = rs.getDouble("score");
        r.score = rs.wasNull() ? null : score;
        r.recognizer = rs.getString("recognizer");
        r.explanation = rs.getString("explanation");
        r.proposedBy = rs.getString("proposed_by");
        r.proposedAt = rs.getTimestamp("proposed_at").toInstant();
        r.decidedBy = rs.getString("decided_by");
        Timestamp decided = rs.getTimestamp("decided_at");
        r.decidedAt = decided == null ? null : decided.toInstant();
        return r;
    }

    private static String cut(String s, int max) {
        return s == null || s.length() <= max ? s : s.substring(0, max);
    }
}
