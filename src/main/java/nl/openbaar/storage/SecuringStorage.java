package nl.openbaar.storage;

import java.nio.file.Path;
import java.util.Map;
import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.core.Ordered;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;

/**
 * Before any bean starts (server, worker, CLI alike): the data folder closed to others, and the embedded database's
 * server on loopback with its generated password ({@link EmbeddedDatabase}). Registered in META-INF/spring.factories;
 * runs after application.properties and the environment are read.
 */
public class SecuringStorage implements EnvironmentPostProcessor, Ordered {

    @Override
    public void postProcessEnvironment(ConfigurableEnvironment env, SpringApplication application) {
        String dataDir = env.getProperty("openbaar.data-dir");
        if (dataDir != null && !dataDir.isBlank()) {
            DataFolder.secure(Path.of(dataDir));
        }
        Map<String, Object> settings = EmbeddedDatabase.settings(env.getProperty("spring.datasource.url"),
                env.getProperty("spring.datasource.username"), env.getProperty("spring.datasource.password"));
        if (!settings.isEmpty()) {
            env.getPropertySources().addFirst(new MapPropertySource("openbaar-embedded-database", settings));
        }
    }

    @Override
    public int getOrder() {
        return Ordered.LOWEST_PRECEDENCE;
    }
}
