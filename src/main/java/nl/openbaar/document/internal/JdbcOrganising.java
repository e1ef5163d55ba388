package nl.openbaar.document.internal;

import java.time.OffsetDateTime;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The bulk reads and writes of putting a request's documents in order: threads, duplicates, numbers. */
@Repository
public class JdbcOrganising {

    private final JdbcClient jdbc;
    private final JdbcTemplate template;

    public JdbcOrganising(JdbcClient jdbc, JdbcTemplate template) {
        this.jdbc = jdbc;
        this.template = template;
    }

    public List<OrganiseRow> rows(long requestId) {
        return jdbc.sql("""
                select id, parent_id, family_id, position_in_parent, kind, status, included, sha256, message_hash, message_id,
                    in_reply_to, mail_references, mail_subject, mail_from, mail_to, mail_cc, mail_sent, document_date, text_length,
                    duplicate_decided
                from document where request_id = ? order by id""")
                .param(requestId)
                .query((rs, n) -> {
                    Set<String> participants = new LinkedHashSet<>();
                    for (String col : List.of("mail_from", "mail_to", "mail_cc")) {
                        String v = rs.getString(col);
                        if (v != null) {
                            for (String p : v.split("\n")) {
                                participants.add(address(p));
                            }
                        }
                    }
                    String refs = rs.getString("mail_references");
                    return new OrganiseRow(rs.getLong("id"), (Long) rs.getObject("parent_id", Long.class), rs.getLong("family_id"),
                            (Integer) rs.getObject("position_in_parent", Integer.class), rs.getString("kind"), rs.getString("status"),
                            rs.getBoolean("included"), rs.getString("sha256"), rs.getString("message_hash"), rs.getString("message_id"),
                            rs.getString("in_reply_to"), refs == null || refs.isBlank() ? List.of() : Arrays.asList(refs.strip().split("\\s+")),
                            rs.getString("mail_subject"), rs.getString("mail_from"), new ArrayList<>(participants),
                            rs.getObject("mail_sent", OffsetDateTime.class), rs.getObject("document_date", LocalDate.class),
                            rs.getInt("text_length"), rs.getBoolean("duplicate_decided"));
                }).list();
    }

    public Map<Long, Fingerprint.Sample> samples(long requestId) {
        Map<Long, Fingerprint.Sample> out = new HashMap<>();
        jdbc.sql("""
                select s.document_id, s.shingles, s.signature from document_signature s join document d on d.id = s.document_id
                where d.request_id = ?""").param(requestId)
                .query(rs -> {
                    out.put(rs.getLong(1), Fingerprint.Sample.fromBytes(rs.getBytes(3), rs.getInt(2)));
                });
        return out;
    }

    public void storeThreads(Map<Long, Long> threadOf, List<OrganiseRow> rows) {
        List<Object[]> args = new ArrayList<>();
        for (OrganiseRow r : rows) {
            args.add(new Object[] {threadOf.get(r.id()), r.id()});
        }
        template.batchUpdate("update document set thread_id = ? where id = ?", args);
    }

    /** Writes the computed duplicate marks; documents the case handler decided on keep their decision. */
    public void storeDuplicates(long requestId, List<Duplicates.Mark> marks) {
        template.update("""
                update document set duplicate_of = null, duplicate_reason = null, similarity = null
                where request_id = ? and duplicate_decided = false""", requestId);
        List<Object[]> args = new ArrayList<>();
        for (Duplicates.Mark m : marks) {
            args.add(new Object[] {m.keptId(), m.reason().name(), m.similarity(), m.id()});
        }
        template.batchUpdate("""
                update document set duplicate_of = ?, duplicate_reason = ?, similarity = ?
                where id = ? and duplicate_decided = false""", args);
    }

    public void storeNumbers(long requestId, Map<Long, Integer> numbers) {
        template.update("update document set inventory_number = null where request_id = ?", requestId);
        List<Object[]> args = new ArrayList<>();
        numbers.forEach((id, n) -> args.add(new Object[] {n, id}));
        template.batchUpdate("update document set inventory_number = ? where id = ?", args);
    }

    public void decideDuplicate(long id, Long keptId, String reason) {
        jdbc.sql("update document set duplicate_of = ?, duplicate_reason = ?, similarity = null, duplicate_decided = true where id = ?")
                .params(keptId, reason, id).update();
    }

    /** The case handler's own duplicate decisions of a request that name a kept document. */
    public List<Duplicates.Mark> decidedDuplicates(long requestId) {
        return jdbc.sql("""
                select id, duplicate_of from document
                where request_id = ? and duplicate_decided = true and duplicate_of is not null order by id""")
                .param(requestId)
                .query((rs, i) -> new Duplicates.Mark(rs.getLong(1), rs.getLong(2), nl.openbaar.document.model.DuplicateReason.DECIDED, 1.0))
                .list();
    }

    public void undecideDuplicate(long id) {
        jdbc.sql("update document set duplicate_decided = false where id = ?").param(id).update();
    }

    public void include(long id, boolean included) {
        jdbc.sql("update document set included = ? where id = ? or family_id = ?").params(included, id, id).update();
    }

    static String address(String display) {
        int lt = display.lastIndexOf('<');
        int gt = display.lastIndexOf('>');
        String a = lt >= 0 && gt > lt ? display.substring(lt + 1, gt) : display;
        return a.strip().toLowerCase(Locale.ROOT);
    }
}
