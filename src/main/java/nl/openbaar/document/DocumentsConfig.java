package nl.openbaar.document;

import com.openhtmltopdf.util.XRLog;
import nl.openbaar.document.internal.Limits;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.logging.LogLevel;
import org.springframework.boot.logging.LoggingSystem;
import org.springframework.context.annotation.Configuration;

@Configuration
@EnableConfigurationProperties(Limits.class)
class DocumentsConfig {

    DocumentsConfig() {
        // The libraries that read documents report every oddity of every file (a substituted font, a streamed
        // zip detection); those are not problems of the case. A document that cannot be read gets its own
        // error reason instead.
        XRLog.setLoggingEnabled(false);
        LoggingSystem logging = LoggingSystem.get(DocumentsConfig.class.getClassLoader());
        for (String noisy : new String[] {"org.apache.pdfbox", "org.apache.fontbox", "org.apache.tika", "org.apache.poi",
            "com.pff", "org.apache.james.mime4j"}) {
            logging.setLogLevel(noisy, LogLevel.ERROR);
        }
    }
}
