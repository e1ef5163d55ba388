package nl.openbaar.account.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Arrays;
import java.util.Optional;
import java.util.stream.Collectors;
import nl.openbaar.account.Account;
import nl.openbaar.account.Credentials;
import nl.openbaar.account.Role;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Accounts with their password hashes. */
@Repository
public class JdbcAccounts {

    private final JdbcClient jdbc;

    public JdbcAccounts(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public boolean exists(String username) {
        return jdbc.sql("select count(*) from app_user where username = ?").param(username).query(Integer.class).single() > 0;
    }

    public void insert(Account a, String passwordHash, Instant now) {
        jdbc.sql("""
                insert into app_user (username, display_name, password_hash, roles, enabled, failed_logins, created_at)
                values (?, ?, ?, ?, ?, 0, ?)""")
                .params(a.username(), a.displayName(), passwordHash, roles(a), a.enabled(), Timestamp.from(now))
                .update();
    }

    public Optional<Credentials> find(String username) {
        return jdbc.sql("select * from app_user where username = ?").param(username).query(this::stored).optional();
    }

    public java.util.List<Account> all() {
        return jdbc.sql("select * from app_user order by username").query(this::stored).list().stream().map(Credentials::account).toList();
    }

    public void recordFailure(String username, Instant lockedUntil) {
        jdbc.sql("update app_user set failed_logins = failed_logins + 1, locked_until = ? where username = ?")
                .params(lockedUntil == null ? null : Timestamp.from(lockedUntil), username).update();
    }

    public void recordSuccess(String username) {
        jdbc.sql("update app_user set failed_logins = 0, locked_until = null where username = ?").param(username).update();
    }

    public void updateRoles(String username, java.util.Set<Role> roles) {
        jdbc.sql("update app_user set roles = ? where username = ?")
                .params(roles.stream().map(Role::name).sorted().collect(Collectors.joining(",")), username).update();
    }

    public void updateEnabled(String username, boolean enabled) {
        jdbc.sql("update app_user set enabled = ? where username = ?").params(enabled, username).update();
    }

    public void updatePassword(String username, String passwordHash) {
        jdbc.sql("update app_user set password_hash = ?, failed_logins = 0, locked_until = null where username = ?")
                .params(passwordHash, username).update();
    }

    private Credentials stored(ResultSet rs, int n) throws SQLException {
        Timestamp locked = rs.getTimestamp("locked_until");
        var roles = Arrays.stream(rs.getString("roles").split(",")).filter(s -> !s.isBlank()).map(Role::valueOf)
                .collect(Collectors.toSet());
        return new Credentials(new Account(rs.getString("username"), rs.getString("display_name"), roles, rs.getBoolean("enabled")),
                rs.getString("password_hash"), rs.getInt("failed_logins"), locked == null ? null : locked.toInstant());
    }

    private static String roles(Account a) {
        return a.roles().stream().map(Role::name).sorted().collect(Collectors.joining(","));
    }
}
