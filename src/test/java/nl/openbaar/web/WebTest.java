package nl.openbaar.web;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import nl.openbaar.account.Accounts;
import nl.openbaar.account.Role;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.context.annotation.Import;

/**
 * The web application on an in-memory H2 database and a temporary data folder, shared by the web tests (one
 * Spring context for all of them). Tests use their own requests and kenmerken, so they do not depend on order.
 */
@SpringBootTest
@AutoConfigureMockMvc
@Import(CapturingMail.class)
abstract class WebTest {

    static final String PASSWORD = "test-wachtwoord-123";
    static final Path DATA;

    static {
        try {
            DATA = Files.createTempDirectory("openbaar-webtest-");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @DynamicPropertySource
    static void properties(DynamicPropertyRegistry r) {
        r.add("openbaar.data-dir", DATA::toString);
        r.add("spring.datasource.url",
                () -> "jdbc:h2:mem:webtest;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1");
        r.add("openbaar.public-url", () -> "https://woo.example.nl");
    }

    @Autowired
    MockMvc mvc;

    @Autowired
    Accounts accounts;

    /** Creates the account once; the tests share the context and so the database. */
    void account(String username, Role... roles) {
        if (!accounts.exists(username)) {
            accounts.create(username, username, PASSWORD, Set.of(roles));
        }
    }
}
