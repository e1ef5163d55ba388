package nl.openbaar.search.internal;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import nl.openbaar.search.model.Zoekslag;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Repository;

/** Recorded sweeps in the database. */
@Repository
public class JdbcSweeps {

    private final JdbcClient jdbc;

    public JdbcSweeps(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public long insert(long requestId, Zoekslag z) {
        KeyHolder key = new GeneratedKeyHolder();
        jdbc.sql("""
                insert into search_sweep (request_id, performed_at, performed_by, period_from, period_to, compounds,
                    undated_included, documents_found, selected)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(requestId, Timestamp.from(z.performedAt()), z.performedBy(), z.from(), z.to(), z.compounds(),
                        z.undatedIncluded(), z.documentsFound(), z.selected())
                .update(key, "id");
        long id = key.getKeyAs(Number.class).longValue();
        int n = 0;
        for (String t : z.terms()) {
            jdbc.sql("insert into search_sweep_term (sweep_id, position, term) values (?, ?, ?)").params(id, ++n, t).update();
        }
        n = 0;
        for (String s : z.sources()) {
            jdbc.sql("insert into search_sweep_source (sweep_id, position, source) values (?, ?, ?)").params(id, ++n, s).update();
        }
        for (Zoekslag.TermHits h : z.hits()) {
            jdbc.sql("insert into search_sweep_hits (sweep_id, term, source, documents, pages) values (?, ?, ?, ?, ?)")
                    .params(id, h.term(), h.source(), h.documents(), h.pages()).update();
        }
        for (Long d : z.documentIds()) {
            jdbc.sql("insert into search_sweep_document (sweep_id, document_id) values (?, ?)").params(id, d).update();
        }
        return id;
    }

    public List<Zoekslag> forRequest(long requestId) {
        return jdbc.sql("select s.id from search_sweep s where s.request_id = ? order by s.performed_at, s.id").param(requestId)
                .query(Long.class).list().stream().map(id -> find(id).orElseThrow()).toList();
    }

    public Optional<Zoekslag> find(long id) {
        return jdbc.sql("""
                select s.*, r.kenmerk from search_sweep s join request r on r.id = s.request_id where s.id = ?""")
                .param(id).query((rs, n) -> {
                    Instant at = rs.getTimestamp("performed_at").toInstant();
                    return new Zoekslag(id, rs.getString("kenmerk"), at, rs.getString("performed_by"),
                            terms(id), sources(id), rs.getObject("period_from", LocalDate.class), rs.getObject("period_to", LocalDate.class),
                            rs.getBoolean("compounds"), rs.getBoolean("undated_included"), hits(id), documents(id), rs.getBoolean("selected"));
                }).optional();
    }

    private List<String> terms(long id) {
        return jdbc.sql("select term from search_sweep_term where sweep_id = ? order by position").param(id).query(String.class).list();
    }

    private List<String> sources(long id) {
        return jdbc.sql("select source from search_sweep_source where sweep_id = ? order by position").param(id).query(String.class).list();
    }

    private List<Zoekslag.TermHits> hits(long id) {
        return jdbc.sql("""
                select h.term, h.source, h.documents, h.pages from search_sweep_hits h
                left join search_sweep_term t on t.sweep_id = h.sweep_id and t.term = h.term
                left join search_sweep_source s on s.sweep_id = h.sweep_id and s.source = h.source
                where h.sweep_id = ? order by t.position, s.position""").param(id)
                .query((rs, n) -> new Zoekslag.TermHits(rs.getString(1), rs.getString(2), rs.getInt(3), rs.getInt(4))).list();
    }

    private List<Long> documents(long id) {
        return jdbc.sql("select document_id from search_sweep_document where sweep_id = ? order by document_id").param(id)
                .query(Long.class).list();
    }

    /** The source labels of a request's documents. */
    public List<String> sourcesOf(long requestId) {
        return jdbc.sql("select distinct source from document where request_id = ? order by source").param(requestId)
                .query(String.class).list();
    }
}
