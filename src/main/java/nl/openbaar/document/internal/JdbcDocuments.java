package nl.openbaar.document.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import nl.openbaar.document.model.Document;
import nl.openbaar.document.model.DocumentKind;
import nl.openbaar.document.model.DocumentStatus;
import nl.openbaar.document.model.DuplicateReason;
import nl.openbaar.document.model.EmailHeaders;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Repository;

/** Documents and their pages in the database, with plain SQL that runs on PostgreSQL and H2 alike. */
@Repository
public class JdbcDocuments {

    private static final String SELECT = "select d.*, r.kenmerk from document d join request r on r.id = d.request_id ";

    private final JdbcClient jdbc;

    public JdbcDocuments(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** A new item found in a source or inside another document. */
    public record NewDocument(long requestId, Long parentId, Integer position, String fileName, String source, String sourcePath,
            String sha256, long size) {
    }

    /**
     * Registers an item unless the same place in the same source was registered before (a re-run of a
     * collection, a retried task): then the existing id comes back and {@code added} is false.
     */
    public record Registered(long id, boolean added) {
    }

    public Registered register(NewDocument d, Instant now) {
        String key = FileStore.sha256Hex(d.source() + "\u0000" + d.sourcePath());
        Optional<Long> existing = jdbc.sql("select id from document where request_id = ? and source_key = ?")
                .params(d.requestId(), key).query(Long.class).optional();
        if (existing.isPresent()) {
            return new Registered(existing.get(), false);
        }
        Long family = null;
        if (d.parentId() != null) {
            family = jdbc.sql("select coalesce(family_id, id) from document where id = ?").param(d.parentId()).query(Long.class).single();
        }
        KeyHolder keys = new GeneratedKeyHolder();
        jdbc.sql("""
                insert into document (request_id, kind, file_name, source, source_path, source_key, sha256, size_bytes,
                    parent_id, family_id, position_in_parent, status, collected_at)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(d.requestId(), DocumentKind.ofFileName(d.fileName()).name(), truncate(d.fileName(), 1000),
                        truncate(d.source(), 300), truncate(d.sourcePath(), 4000), key, d.sha256(), d.size(), d.parentId(), family,
                        d.position(), DocumentStatus.PENDING.name(), Timestamp.from(now))
                .update(keys, "id");
        long id = keys.getKeyAs(Number.class).longValue();
        if (family == null) {
            jdbc.sql("update document set family_id = ? where id = ?").params(id, id).update();
        }
        return new Registered(id, true);
    }

    public Optional<Document> find(long id) {
        return jdbc.sql(SELECT + "where d.id = ?").param(id).query(this::document).optional();
    }

    public List<Document> forRequest(long requestId) {
        return jdbc.sql(SELECT + "where d.request_id = ? order by coalesce(d.inventory_number, 2147483647), d.family_id, "
                + "coalesce(d.position_in_parent, 0), d.id").param(requestId).query(this::document).list();
    }

    public List<Document> children(long parentId) {
        return jdbc.sql(SELECT + "where d.parent_id = ? order by d.position_in_parent, d.id").param(parentId).query(this::document).list();
    }

    public List<Long> pending(long requestId) {
        return jdbc.sql("select id from document where request_id = ? and status = 'PENDING' order by id").param(requestId)
                .query(Long.class).list();
    }

    public int countPending(long requestId) {
        return jdbc.sql("select count(*) from document where request_id = ? and status = 'PENDING'").param(requestId)
                .query(Integer.class).single();
    }

    /** Counts a start of reading, committed at once, so a document that kills its worker every time is noticed. */
    public int startAttempt(long id) {
        jdbc.sql("update document set attempts = attempts + 1 where id = ?").param(id).update();
        return jdbc.sql("select attempts from document where id = ?").param(id).query(Integer.class).single();
    }

    /** How deep a document sits in its family: 0 at the top. */
    public int depth(long id) {
        int depth = 0;
        Long current = id;
        while (depth < 100) {
            Long parent = jdbc.sql("select parent_id from document where id = ?").param(current).query(Long.class).optional().orElse(null);
            if (parent == null) {
                return depth;
            }
            depth++;
            current = parent;
        }
        return depth;
    }

    /**
     * Stores what reading produced, once: only a document still PENDING is updated, so a task that runs again
     * after a crash (or on a second worker) finds it done and changes nothing.
     *
     * @return false when the document had already been read or failed
     */
    public boolean markRead(long id, ReadResult r, String layoutSha, int textLength, Instant now) {
        EmailHeaders h = r.email();
        boolean ocr = r.pages().stream().anyMatch(p -> p.ocr());
        int updated = jdbc.sql("""
                update document set status = 'READ', error_reason = null, kind = ?, media_type = ?, title = ?, document_date = ?,
                    mail_from = ?, mail_to = ?, mail_cc = ?, mail_sent = ?, mail_subject = ?, message_id = ?, in_reply_to = ?,
                    mail_references = ?, message_hash = ?, rendition_sha256 = ?, layout_sha256 = ?, page_count = ?, ocr = ?,
                    text_length = ?, read_at = ?
                where id = ? and status = 'PENDING'""")
                .params(r.kind().name(), truncate(r.mediaType(), 200), truncate(r.title(), 1000), r.date(),
                        h == null ? null : truncate(h.from(), 1000), h == null ? null : truncate(String.join("\n", h.to()), 4000),
                        h == null ? null : truncate(String.join("\n", h.cc()), 4000), h == null || h.sent() == null ? null : h.sent(),
                        h == null ? null : truncate(h.subject(), 1000), h == null ? null : truncate(h.messageId(), 1000),
                        h == null ? null : truncate(h.inReplyTo(), 1000),
                        h == null ? null : truncate(String.join(" ", h.references()), 4000), r.messageHash(), r.renditionSha256(),
                        layoutSha, r.pages().size(), ocr, textLength, Timestamp.from(now), id)
                .update();
        if (updated == 0) {
            return false;
        }
        for (var p : r.pages()) {
            jdbc.sql("insert into document_page (document_id, page_number, width, height, ocr, page_text) values (?, ?, ?, ?, ?, ?)")
                    .params(id, p.number(), p.width(), p.height(), p.ocr(), p.text()).update();
        }
        return true;
    }

    public boolean markFailed(long id, String reason, Instant now) {
        return jdbc.sql("""
                update document set status = 'FAILED', error_reason = ?, read_at = ?
                where id = ? and status = 'PENDING'""")
                .params(truncate(reason, 2000), Timestamp.from(now), id).update() > 0;
    }

    /** Puts a failed document back in line for reading (after a limit was raised, a tool installed). */
    public int retryFailed(long requestId) {
        return jdbc.sql("update document set status = 'PENDING', error_reason = null, attempts = 0 where request_id = ? and status = 'FAILED'")
                .param(requestId).update();
    }

    public List<String> pageTexts(long id) {
        return jdbc.sql("select page_text from document_page where document_id = ? order by page_number").param(id)
                .query(String.class).list();
    }

    public Optional<String> pageText(long id, int page) {
        return jdbc.sql("select page_text from document_page where document_id = ? and page_number = ?").params(id, page)
                .query(String.class).optional();
    }

    public void storeSignature(long id, int shingles, byte[] signature) {
        jdbc.sql("delete from document_signature where document_id = ?").param(id).update();
        jdbc.sql("insert into document_signature (document_id, shingles, signature) values (?, ?, ?)")
                .params(id, shingles, signature).update();
    }

    private Document document(ResultSet rs, int row) throws SQLException {
        String from = rs.getString("mail_from");
        String to = rs.getString("mail_to");
        String subject = rs.getString("mail_subject");
        String messageId = rs.getString("message_id");
        EmailHeaders email = null;
        if (from != null || to != null || subject != null || messageId != null || rs.getObject("mail_sent") != null) {
            email = new EmailHeaders(from, lines(to), lines(rs.getString("mail_cc")), rs.getObject("mail_sent", OffsetDateTime.class),
                    subject, messageId, rs.getString("in_reply_to"), words(rs.getString("mail_references")));
        }
        String dup = rs.getString("duplicate_reason");
        return new Document(
                rs.getLong("id"),
                rs.getLong("request_id"),
                rs.getString("kenmerk"),
                (Integer) rs.getObject("inventory_number", Integer.class),
                DocumentKind.valueOf(rs.getString("kind")),
                rs.getString("media_type"),
                rs.getString("title"),
                rs.getString("file_name"),
                rs.getString("source"),
                rs.getString("source_path"),
                rs.getObject("document_date", LocalDate.class),
                rs.getString("sha256"),
                rs.getLong("size_bytes"),
                (Long) rs.getObject("parent_id", Long.class),
                rs.getLong("family_id"),
                (Integer) rs.getObject("position_in_parent", Integer.class),
                (Long) rs.getObject("thread_id", Long.class),
                email,
                DocumentStatus.valueOf(rs.getString("status")),
                rs.getString("error_reason"),
                (Long) rs.getObject("duplicate_of", Long.class),
                dup == null ? null : DuplicateReason.valueOf(dup),
                (Double) rs.getObject("similarity", Double.class),
                rs.getBoolean("included"),
                rs.getInt("page_count"),
                rs.getBoolean("ocr"),
                rs.getTimestamp("collected_at").toInstant());
    }

    /** The stored file names of a document: original, rendition and layout. */
    public record Files(String original, String rendition, String layout) {
    }

    public Optional<Files> files(long id) {
        return jdbc.sql("select sha256, rendition_sha256, layout_sha256 from document where id = ?").param(id)
                .query((rs, n) -> new Files(rs.getString(1), rs.getString(2), rs.getString(3))).optional();
    }

    private static List<String> lines(String s) {
        return s == null || s.isEmpty() ? List.of() : Arrays.asList(s.split("\n"));
    }

    private static List<String> words(String s) {
        return s == null || s.isBlank() ? List.of() : Arrays.asList(s.strip().split("\\s+"));
    }

    static String truncate(String s, int max) {
        return s == null || s.length() <= max ? s : s.substring(0, max - 1) + "…";
    }
}
