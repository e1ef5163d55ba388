package nl.openbaar.deadline.internal;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import nl.openbaar.law.EquatedDay;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The installation's own additions to the Atw calendar. */
@Repository
public class JdbcEquatedDays {

    private final JdbcClient jdbc;

    public JdbcEquatedDays(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public List<EquatedDay> all() {
        return jdbc.sql("select equated_date, source, verified from equated_day order by equated_date")
                .query((rs, n) -> new EquatedDay(rs.getObject("equated_date", LocalDate.class), rs.getBoolean("verified"),
                        rs.getString("source")))
                .list();
    }

    public boolean add(EquatedDay day, String user, Instant now) {
        int existing = jdbc.sql("select count(*) from equated_day where equated_date = ?").param(day.date()).query(Integer.class).single();
        if (existing > 0) {
            return false;
        }
        jdbc.sql("insert into equated_day (equated_date, source, verified, added_at, added_by) values (?, ?, ?, ?, ?)")
                .params(day.date(), day.source(), day.verified(), Timestamp.from(now), user)
                .update();
        return true;
    }

    public boolean remove(LocalDate day) {
        return jdbc.sql("delete from equated_day where equated_date = ?").param(day).update() > 0;
    }
}
