package nl.openbaar.document;

import nl.openbaar.document.internal.Limits;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Configuration;

@Configuration
@EnableConfigurationProperties(Limits.class)
class DocumentsConfig {
}
