package nl.openbaar.account.internal;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The case_team table. */
@Repository
public class JdbcCaseTeams {

    private final JdbcClient jdbc;

    public JdbcCaseTeams(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public List<String> members(String kenmerk) {
        return jdbc.sql("select username from case_team where kenmerk = ? order by added_at, username").param(kenmerk)
                .query(String.class).list();
    }

    public List<String> casesOf(String username) {
        return jdbc.sql("select kenmerk from case_team where username = ? order by kenmerk").param(username)
                .query(String.class).list();
    }

    public boolean isMember(String kenmerk, String username) {
        return jdbc.sql("select count(*) from case_team where kenmerk = ? and username = ?").params(kenmerk, username)
                .query(Integer.class).single() > 0;
    }

    public void add(String kenmerk, String username, Instant at, String by) {
        jdbc.sql("insert into case_team (kenmerk, username, added_at, added_by) values (?, ?, ?, ?)")
                .params(kenmerk, username, Timestamp.from(at), by).update();
    }

    public int remove(String kenmerk, String username) {
        return jdbc.sql("delete from case_team where kenmerk = ? and username = ?").params(kenmerk, username).update();
    }
}
