package nl.openbaar;

import java.time.Clock;
import java.time.ZoneId;
import nl.openbaar.law.RuleBase;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.context.annotation.Bean;

/**
 * The Spring application: wiring for the server, the worker and the CLI commands that use the database.
 * Capabilities live in their own packages (request, deadline, document, …); this class only adds the few
 * beans that all of them share.
 */
@SpringBootApplication
public class OpenbaarApplication {

    /** Dutch law counts Dutch days: every "today" in Openbaar is a day in Amsterdam. */
    public static final ZoneId ZONE = ZoneId.of("Europe/Amsterdam");

    @Bean
    Clock clock() {
        return Clock.system(ZONE);
    }

    @Bean
    RuleBase ruleBase() {
        return RuleBase.standard();
    }
}
