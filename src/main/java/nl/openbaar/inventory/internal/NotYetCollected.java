package nl.openbaar.inventory.internal;

import java.util.List;
import java.util.Map;
import nl.openbaar.inventory.DocumentCatalogue;
import nl.openbaar.inventory.RedactionRegister;
import nl.openbaar.inventory.model.DocumentRedactions;
import nl.openbaar.inventory.model.InventoryDocument;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Until the documents and redaction capabilities provide their adapters, a request has no documents and no
 * boxes: its inventory is empty and its decision is the "no documents" variant. Any real adapter bean replaces these.
 */
@Configuration
class NotYetCollected {

    @Bean
    @ConditionalOnMissingBean(DocumentCatalogue.class)
    DocumentCatalogue noDocuments() {
        return kenmerk -> List.<InventoryDocument>of();
    }

    @Bean
    @ConditionalOnMissingBean(RedactionRegister.class)
    RedactionRegister noRedactions() {
        return kenmerk -> Map.<Long, DocumentRedactions>of();
    }
}
