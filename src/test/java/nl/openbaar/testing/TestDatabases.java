package nl.openbaar.testing;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.UUID;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.h2.jdbcx.JdbcDataSource;

/**
 * The two databases every repository test runs on: H2 in PostgreSQL mode (the embedded default) and a real
 * PostgreSQL (embedded, from a Maven Central jar; started once per test JVM). Both get the production migrations.
 */
public final class TestDatabases {

    private static EmbeddedPostgres postgres;

    private TestDatabases() {
    }

    /** A fresh, migrated H2 file database in a temporary folder, with the same URL options as production. */
    public static DataSource h2() {
        try {
            Path dir = Files.createTempDirectory("openbaar-h2");
            JdbcDataSource ds = new JdbcDataSource();
            ds.setURL("jdbc:h2:file:" + dir.resolve("db") + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH");
            ds.setUser("sa");
            return migrate(ds);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A fresh, migrated database on the shared embedded PostgreSQL server. */
    public static synchronized DataSource postgres() {
        try {
            if (postgres == null) {
                postgres = EmbeddedPostgres.builder().start();
                EmbeddedPostgres server = postgres;
                Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                    try {
                        server.close();
                    } catch (IOException ignored) {
                        // the JVM is going away anyway
                    }
                }));
            }
            String name = "t" + UUID.randomUUID().toString().replace("-", "");
            try (var c = postgres.getPostgresDatabase().getConnection(); var s = c.createStatement()) {
                s.execute("create database " + name);
            }
            return migrate(postgres.getDatabase("postgres", name));
        } catch (Exception e) {
            throw new IllegalStateException("embedded PostgreSQL did not start (as root it needs util-linux's unshare)", e);
        }
    }

    /** The JDBC URL of the shared PostgreSQL server, for tests that boot the whole application on it. */
    public static synchronized String postgresUrl() {
        postgres();
        return postgres.getJdbcUrl("postgres", "postgres");
    }

    private static DataSource migrate(DataSource ds) {
        Flyway.configure().dataSource(ds).locations("classpath:db/migration").outOfOrder(true).load().migrate();
        return ds;
    }
}
