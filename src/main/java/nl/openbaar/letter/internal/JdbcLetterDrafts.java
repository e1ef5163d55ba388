package nl.openbaar.letter.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import nl.openbaar.letter.model.DraftKey;
import nl.openbaar.letter.model.LetterComment;
import nl.openbaar.letter.model.SectionVersion;
import nl.openbaar.letter.model.SentLetter;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Drafts of letters: the versions of their sections, comments and the letters as sent; plain SQL for PostgreSQL and H2. */
@Repository
public class JdbcLetterDrafts {

    private final JdbcClient jdbc;

    public JdbcLetterDrafts(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Stores the next version of a section and returns its number. */
    public int addVersion(long requestId, DraftKey key, String sectionId, String body, String generated, String origin, String user,
            Instant at) {
        Integer last = jdbc.sql("select coalesce(max(version_no), 0) from letter_section_version where request_id = ? and draft_key = ? and section_id = ?")
                .params(requestId, key.code(), sectionId).query(Integer.class).single();
        int next = last + 1;
        jdbc.sql("insert into letter_section_version (request_id, draft_key, section_id, version_no, body, generated, origin, edited_by,"
                + " edited_at) values (?, ?, ?, ?, ?, ?, ?, ?, ?)")
                .params(requestId, key.code(), sectionId, next, body, generated, origin, user, Timestamp.from(at)).update();
        return next;
    }

    /** The latest version of every section that has one, by section id. */
    public Map<String, SectionVersion> latest(long requestId, DraftKey key) {
        Map<String, SectionVersion> out = new LinkedHashMap<>();
        jdbc.sql("select v.* from letter_section_version v where v.request_id = ? and v.draft_key = ? and v.version_no ="
                + " (select max(w.version_no) from letter_section_version w where w.request_id = v.request_id"
                + " and w.draft_key = v.draft_key and w.section_id = v.section_id) order by v.section_id")
                .params(requestId, key.code()).query(JdbcLetterDrafts::version).list()
                .forEach(v -> out.put(v.sectionId(), v));
        return out;
    }

    /** Every version of a section, the first first. */
    public List<SectionVersion> versions(long requestId, DraftKey key, String sectionId) {
        return jdbc.sql("select * from letter_section_version where request_id = ? and draft_key = ? and section_id = ? order by version_no")
                .params(requestId, key.code(), sectionId).query(JdbcLetterDrafts::version).list();
    }

    public long addComment(long requestId, DraftKey key, String sectionId, String body, String author, Instant at) {
        jdbc.sql("insert into letter_comment (request_id, draft_key, section_id, body, author, created_at) values (?, ?, ?, ?, ?, ?)")
                .params(requestId, key.code(), sectionId, body, author, Timestamp.from(at)).update();
        return jdbc.sql("select max(id) from letter_comment where request_id = ? and draft_key = ?").params(requestId, key.code())
                .query(Long.class).single();
    }

    public List<LetterComment> comments(long requestId, DraftKey key) {
        return jdbc.sql("select * from letter_comment where request_id = ? and draft_key = ? order by created_at, id")
                .params(requestId, key.code())
                .query((rs, n) -> new LetterComment(rs.getLong("id"), rs.getString("section_id"), rs.getString("body"),
                        rs.getString("author"), rs.getTimestamp("created_at").toInstant())).list();
    }

    public long addSent(long requestId, DraftKey key, LocalDate sentOn, String user, Instant at, byte[] pdf) {
        jdbc.sql("insert into letter_sent (request_id, draft_key, sent_on, sent_by, sent_at, pdf) values (?, ?, ?, ?, ?, ?)")
                .params(requestId, key.code(), sentOn, user, Timestamp.from(at), pdf).update();
        return jdbc.sql("select max(id) from letter_sent where request_id = ? and draft_key = ?").params(requestId, key.code())
                .query(Long.class).single();
    }

    /** The letters sent in a case, the latest first. */
    public List<SentLetter> sent(long requestId) {
        return jdbc.sql("select id, draft_key, sent_on, sent_by, sent_at from letter_sent where request_id = ? order by sent_at desc, id desc")
                .param(requestId)
                .query((rs, n) -> new SentLetter(rs.getLong("id"), DraftKey.parse(rs.getString("draft_key")),
                        rs.getObject("sent_on", LocalDate.class), rs.getString("sent_by"), rs.getTimestamp("sent_at").toInstant()))
                .list();
    }

    public Optional<byte[]> sentPdf(long requestId, long id) {
        return jdbc.sql("select pdf from letter_sent where request_id = ? and id = ?").params(requestId, id)
                .query((rs, n) -> rs.getBytes("pdf")).optional();
    }

    private static SectionVersion version(ResultSet rs, int n) throws SQLException {
        return new SectionVersion(rs.getString("section_id"), rs.getInt("version_no"), rs.getString("body"), rs.getString("generated"),
                rs.getString("origin"), rs.getString("edited_by"), rs.getTimestamp("edited_at").toInstant());
    }
}
