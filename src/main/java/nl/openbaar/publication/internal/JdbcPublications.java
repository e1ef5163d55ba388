package nl.openbaar.publication.internal;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import nl.openbaar.publication.model.FileKind;
import nl.openbaar.publication.model.HistoryEntry;
import nl.openbaar.publication.InformatieCategorieen;
import nl.openbaar.publication.model.PublicationSource;
import nl.openbaar.publication.model.PublicationStatus;
import nl.openbaar.publication.model.Publicatie;
import nl.openbaar.publication.model.PublishedFile;
import nl.openbaar.publication.model.WithdrawReason;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

/** The publication tables. */
@Repository
public class JdbcPublications {

    private final JdbcClient jdbc;

    public JdbcPublications(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public long insert(Publicatie p, String checks) {
        GeneratedKeyHolder key = new GeneratedKeyHolder();
        jdbc.sql("""
                insert into publication (public_id, kenmerk, title, summary, organisation, regime, decision_date, decision_kind,
                    category, status, prepared_by, prepared_at, package_checks, source, received_date, sent_date)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(p.publicId(), p.kenmerk(), p.title(), p.summary(), p.organisation(), p.regime(), date(p.decisionDate()),
                        p.decisionKind(), p.category().code(), p.status().name(), p.preparedBy(), Timestamp.from(p.preparedAt()), checks,
                        p.source().name(), date(p.receivedDate()), date(p.sentDate()))
                .update(key, "id");
        return key.getKey().longValue();
    }

    public long insertFile(PublishedFile f) {
        GeneratedKeyHolder key = new GeneratedKeyHolder();
        jdbc.sql("""
                insert into publication_file (public_id, publication_id, kind, inventory_number, title, judgement, grounds,
                    document_date, media_type, file_name, sha256, byte_size, page_count, withdrawn, replaces_id, position,
                    document_type, source_pages)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, false, ?, ?, ?, ?)""")
                .params(f.publicId(), f.publicationId(), f.kind().name(), f.inventoryNumber(), f.title(), f.judgement(), f.grounds(),
                        date(f.documentDate()), f.mediaType(), f.fileName(), f.sha256(), f.byteSize(), f.pageCount(), f.replacesId(),
                        f.position(), f.documentType(), f.sourcePages())
                .update(key, "id");
        return key.getKey().longValue();
    }

    public Optional<Publicatie> byId(long id) {
        return jdbc.sql("select * from publication where id = ?").param(id).query(JdbcPublications::publication).optional();
    }

    public Optional<Publicatie> byPublicId(String publicId) {
        return jdbc.sql("select * from publication where public_id = ?").param(publicId).query(JdbcPublications::publication).optional();
    }

    public List<Publicatie> forRequest(String kenmerk) {
        return jdbc.sql("select * from publication where kenmerk = ? order by prepared_at desc, id desc").param(kenmerk)
                .query(JdbcPublications::publication).list();
    }

    public List<Publicatie> withStatus(PublicationStatus... statuses) {
        List<String> names = java.util.Arrays.stream(statuses).map(Enum::name).toList();
        return jdbc.sql("select * from publication where status in (:s) order by prepared_at desc, id desc").param("s", names)
                .query(JdbcPublications::publication).list();
    }

    /** Published decisions, newest first, filtered; null filters do not filter. */
    public List<Publicatie> published(String organisation, LocalDate from, LocalDate to, String subject, int limit, int offset) {
        return published(organisation, from, to, subject, null, limit, offset);
    }

    /** Published publications, newest first, filtered (also by category code); null filters do not filter. */
    public List<Publicatie> published(String organisation, LocalDate from, LocalDate to, String subject, String category, int limit,
            int offset) {
        StringBuilder sql = new StringBuilder("select * from publication where status = 'PUBLISHED'");
        List<Object> params = new ArrayList<>();
        if (category != null) {
            sql.append(" and category = ?");
            params.add(category);
        }
        if (organisation != null) {
            sql.append(" and organisation = ?");
            params.add(organisation);
        }
        if (from != null) {
            sql.append(" and decision_date >= ?");
            params.add(date(from));
        }
        if (to != null) {
            sql.append(" and decision_date <= ?");
            params.add(date(to));
        }
        if (subject != null) {
            sql.append(" and (lower(title) like ? or lower(summary) like ?)");
            String like = "%" + subject.toLowerCase(java.util.Locale.ROOT).replace("\\", "").replace("%", "").replace("_", "") + "%";
            params.add(like);
            params.add(like);
        }
        sql.append(" order by decision_date desc, published_at desc, id desc limit ").append(limit).append(" offset ").append(offset);
        return jdbc.sql(sql.toString()).params(params).query(JdbcPublications::publication).list();
    }

    public java.util.Map<String, Integer> publishedPerCategory() {
        java.util.Map<String, Integer> out = new java.util.HashMap<>();
        jdbc.sql("select category, count(*) from publication where status = 'PUBLISHED' group by category")
                .query((rs, n) -> out.put(rs.getString(1), rs.getInt(2))).list();
        return out;
    }

    public List<String> publishedOrganisations() {
        return jdbc.sql("select distinct organisation from publication where status = 'PUBLISHED' and organisation is not null order by organisation")
                .query(String.class).list();
    }

    public List<PublishedFile> files(long publicationId) {
        return jdbc.sql("select * from publication_file where publication_id = ? order by position, id").param(publicationId)
                .query(JdbcPublications::file).list();
    }

    public Optional<PublishedFile> fileByPublicId(String publicId) {
        return jdbc.sql("select * from publication_file where public_id = ?").param(publicId).query(JdbcPublications::file).optional();
    }

    public Optional<PublishedFile> fileById(long id) {
        return jdbc.sql("select * from publication_file where id = ?").param(id).query(JdbcPublications::file).optional();
    }

    /** Files that are public right now: not withdrawn, in a published publication. */
    public List<PublishedFile> publicFiles() {
        return jdbc.sql("""
                select f.* from publication_file f join publication p on p.id = f.publication_id
                where p.status = 'PUBLISHED' and f.withdrawn = false order by p.published_at, f.position, f.id""")
                .query(JdbcPublications::file).list();
    }

    /** Of the given file ids, those that are public right now. */
    public java.util.Set<String> publicAmong(java.util.Collection<String> fileIds) {
        if (fileIds.isEmpty()) {
            return java.util.Set.of();
        }
        return new java.util.HashSet<>(jdbc.sql("select f.public_id from publication_file f join publication p on p.id = f.publication_id"
                + " where p.status = 'PUBLISHED' and f.withdrawn = false and f.public_id in (:ids)")
                .param("ids", fileIds).query(String.class).list());
    }

    public void updateStatus(long id, PublicationStatus status) {
        jdbc.sql("update publication set status = ? where id = ?").params(status.name(), id).update();
    }

    public void approve(long id, String by, Instant at) {
        jdbc.sql("update publication set status = 'APPROVED', approved_by = ?, approved_at = ? where id = ?")
                .params(by, Timestamp.from(at), id).update();
    }

    public void reject(long id, String reason) {
        jdbc.sql("update publication set status = 'REJECTED', rejected_reason = ? where id = ?").params(reason, id).update();
    }

    public void published(long id, Instant at) {
        jdbc.sql("update publication set status = 'PUBLISHED', published_at = ? where id = ?").params(Timestamp.from(at), id).update();
    }

    public void withdrawFile(long fileId, WithdrawReason reason, String note, Instant at) {
        jdbc.sql("update publication_file set withdrawn = true, withdrawn_reason = ?, withdrawn_note = ?, withdrawn_at = ? where id = ?")
                .params(reason.name(), note, Timestamp.from(at), fileId).update();
    }

    public int nextPosition(long publicationId) {
        return jdbc.sql("select coalesce(max(position), 0) + 1 from publication_file where publication_id = ?").param(publicationId)
                .query(Integer.class).single();
    }

    public void addHistory(long publicationId, Long fileId, Instant at, String kind, String reason, String note) {
        jdbc.sql("insert into publication_history (publication_id, file_id, happened_at, kind, reason, note) values (?, ?, ?, ?, ?, ?)")
                .params(publicationId, fileId, Timestamp.from(at), kind, reason, note).update();
    }

    public List<HistoryEntry> history(long publicationId) {
        return jdbc.sql("""
                select h.happened_at, h.kind, f.title, h.reason, h.note from publication_history h
                left join publication_file f on f.id = h.file_id
                where h.publication_id = ? order by h.happened_at, h.id""")
                .param(publicationId)
                .query((rs, n) -> new HistoryEntry(rs.getTimestamp(1).toInstant(), rs.getString(2), rs.getString(3), rs.getString(4),
                        rs.getString(5)))
                .list();
    }

    private static Publicatie publication(ResultSet rs, int n) throws SQLException {
        return new Publicatie(rs.getLong("id"), rs.getString("public_id"), rs.getString("kenmerk"), rs.getString("title"),
                rs.getString("summary"), rs.getString("organisation"), rs.getString("regime"), localDate(rs.getDate("decision_date")),
                rs.getString("decision_kind"), InformatieCategorieen.of(rs.getString("category")),
                PublicationStatus.valueOf(rs.getString("status")), rs.getString("prepared_by"), instant(rs.getTimestamp("prepared_at")),
                rs.getString("approved_by"), instant(rs.getTimestamp("approved_at")), rs.getString("rejected_reason"),
                instant(rs.getTimestamp("published_at")), PublicationSource.valueOf(rs.getString("source")),
                localDate(rs.getDate("received_date")), localDate(rs.getDate("sent_date")));
    }

    private static PublishedFile file(ResultSet rs, int n) throws SQLException {
        String reason = rs.getString("withdrawn_reason");
        long replaces = rs.getLong("replaces_id");
        Long replacesId = rs.wasNull() ? null : replaces;
        return new PublishedFile(rs.getLong("id"), rs.getString("public_id"), rs.getLong("publication_id"),
                FileKind.valueOf(rs.getString("kind")), rs.getString("inventory_number"), rs.getString("title"), rs.getString("judgement"),
                rs.getString("grounds"), localDate(rs.getDate("document_date")), rs.getString("media_type"), rs.getString("file_name"),
                rs.getString("sha256"), rs.getLong("byte_size"), rs.getInt("page_count"), rs.getBoolean("withdrawn"),
                reason == null ? null : WithdrawReason.valueOf(reason), rs.getString("withdrawn_note"),
                instant(rs.getTimestamp("withdrawn_at")), replacesId, rs.getInt("position"), rs.getString("document_type"),
                rs.getString("source_pages"));
    }

    private static Date date(LocalDate d) {
        return d == null ? null : Date.valueOf(d);
    }

    private static LocalDate localDate(Date d) {
        return d == null ? null : d.toLocalDate();
    }

    private static Instant instant(Timestamp t) {
        return t == null ? null : t.toInstant();
    }
}
