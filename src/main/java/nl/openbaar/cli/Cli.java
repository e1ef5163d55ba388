package nl.openbaar.cli;

import nl.openbaar.account.Account;
import nl.openbaar.account.Accounts;
import nl.openbaar.account.Actor;
import nl.openbaar.shared.InvalidInputException;

import java.io.PrintWriter;
import nl.openbaar.OpenbaarApplication;
import org.springframework.boot.Banner;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * What commands share: the application context (started once, without the web server, only when a command
 * needs the database) and JSON output.
 */
public final class Cli {

    static final JsonMapper JSON = JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build();

    private static ConfigurableApplicationContext context;

    private Cli() {
    }

    /** The services of the configured database; the first call migrates it if needed. */
    public static synchronized ConfigurableApplicationContext context() {
        if (context == null) {
            context = new SpringApplicationBuilder(OpenbaarApplication.class)
                    .web(WebApplicationType.NONE)
                    .bannerMode(Banner.Mode.OFF)
                    .logStartupInfo(false)
                    .properties("openbaar.mode=cli", "logging.level.root=WARN", "logging.level.nl.openbaar=INFO",
                            "spring.main.lazy-initialization=true")
                    .run();
        }
        return context;
    }

    public static <T> T bean(Class<T> type) {
        return context().getBean(type);
    }

    static synchronized void close() {
        if (context != null) {
            context.close();
            context = null;
        }
    }

    public static void printJson(PrintWriter out, Object value) {
        out.println(JSON.writeValueAsString(value));
        out.flush();
    }

    /** Who runs a command without {@code --user}: the operator at the shell. */
    public static final String OPERATOR = "cli";

    /**
     * The acting account for a write command: without {@code --user} (or with "cli") the operator at the shell, who
     * has the data folder anyway and is audited as "cli"; with it, that account and its roles, held to the same
     * policy as on the web and the API.
     */
    public static Actor actor(String user) {
        if (user == null || user.equals(OPERATOR)) {
            return Actor.system(OPERATOR);
        }
        return account(user);
    }

    /** A named account, enabled, as the acting account: for the steps that always need a person (four eyes, review). */
    public static Actor account(String user) {
        Account a = bean(Accounts.class).find(user)
                .orElseThrow(() -> new InvalidInputException("user", "geen account '" + user + "' (maak het met openbaar account add)"));
        if (!a.enabled()) {
            throw new InvalidInputException("user", user + " is uitgeschakeld");
        }
        return Actor.of(a);
    }
}
