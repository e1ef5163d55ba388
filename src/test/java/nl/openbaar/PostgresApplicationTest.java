package nl.openbaar;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import nl.openbaar.request.FindingRequests;
import nl.openbaar.request.RegisteringRequest;
import nl.openbaar.request.model.NewRequest;
import nl.openbaar.request.model.Verzoeker;
import nl.openbaar.testing.TestDatabases;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** The whole application configured for production: a PostgreSQL server instead of the embedded H2. */
@SpringBootTest
class PostgresApplicationTest {

    @TempDir
    static Path data;

    @DynamicPropertySource
    static void postgres(DynamicPropertyRegistry registry) {
        registry.add("openbaar.data-dir", data::toString);
        registry.add("spring.datasource.url", TestDatabases::postgresUrl);
        registry.add("spring.datasource.username", () -> "postgres");
        registry.add("spring.datasource.password", () -> "");
    }

    @Autowired
    JdbcClient jdbc;
    @Autowired
    RegisteringRequest registering;
    @Autowired
    FindingRequests finding;

    @Test
    void migratesAndStoresOnPostgresql() {
        assertThat(jdbc.sql("select version()").query(String.class).single()).startsWith("PostgreSQL");
        String kenmerk = registering.register(new NewRequest(null, null, new Verzoeker("P. Pieters", null, null, null), null,
                LocalDate.of(2024, 11, 27), "email", "kerst", List.of("a"), null, null, null, null), "test").verzoek().kenmerk();
        assertThat(finding.get(kenmerk).deadlines().deadline()).isEqualTo(LocalDate.of(2024, 12, 30));
        assertThat(jdbc.sql("select count(*) from flyway_schema_history where success").query(Integer.class).single()).isPositive();
    }
}
