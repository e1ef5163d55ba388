package nl.openbaar.letter.internal;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import nl.openbaar.letter.model.Zoekslag;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The search record a case handler states for the decision, one per request. */
@Repository
public class JdbcSearchRecords {

    private final JdbcClient jdbc;

    public JdbcSearchRecords(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public Optional<Zoekslag> find(long requestId) {
        return jdbc.sql("select * from search_record where request_id = ?").param(requestId)
                .query((rs, n) -> new Zoekslag(lines(rs.getString("terms")), lines(rs.getString("sources")),
                        rs.getObject("period_from", LocalDate.class), rs.getObject("period_to", LocalDate.class),
                        rs.getObject("searched_on", LocalDate.class)))
                .optional();
    }

    public void put(long requestId, Zoekslag z, String user, Instant at) {
        jdbc.sql("delete from search_record where request_id = ?").param(requestId).update();
        jdbc.sql("""
                insert into search_record (request_id, terms, sources, period_from, period_to, searched_on, recorded_by, recorded_at)
                values (?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(requestId, String.join("\n", z.terms()), z.sources().isEmpty() ? null : String.join("\n", z.sources()),
                        z.from(), z.to(), z.searchedOn(), user, Timestamp.from(at))
                .update();
    }

    private static List<String> lines(String s) {
        return s == null ? List.of() : Arrays.stream(s.split("\n")).map(String::strip).filter(l -> !l.isEmpty()).toList();
    }
}
