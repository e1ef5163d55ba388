package nl.openbaar.account.internal;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The requester_access table: one hashed status code per case. */
@Repository
public class JdbcRequesterAccess {

    private final JdbcClient jdbc;

    public JdbcRequesterAccess(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public void put(String kenmerk, String codeHash, Instant at) {
        jdbc.sql("delete from requester_access where kenmerk = ?").param(kenmerk).update();
        jdbc.sql("insert into requester_access (kenmerk, code_hash, created_at) values (?, ?, ?)")
                .params(kenmerk, codeHash, Timestamp.from(at)).update();
    }

    public Optional<String> codeHash(String kenmerk) {
        return jdbc.sql("select code_hash from requester_access where kenmerk = ?").param(kenmerk).query(String.class).optional();
    }
}
