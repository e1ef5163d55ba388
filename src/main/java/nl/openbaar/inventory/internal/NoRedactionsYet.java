package nl.openbaar.inventory.internal;

import java.util.Map;
import nl.openbaar.inventory.RedactionRegister;
import nl.openbaar.inventory.model.DocumentRedactions;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The redaction capability does not store reviewed boxes yet: until it does, no document has accepted boxes, so a
 * document judged "deels openbaar" is reported as inconsistent and nothing is published by mistake. A real
 * register bean replaces this one.
 */
@Configuration
class NoRedactionsYet {

    @Bean
    @ConditionalOnMissingBean(RedactionRegister.class)
    RedactionRegister noRedactions() {
        return kenmerk -> Map.<Long, DocumentRedactions>of();
    }
}
