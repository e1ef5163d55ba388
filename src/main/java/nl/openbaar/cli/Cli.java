package nl.openbaar.cli;

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
}
