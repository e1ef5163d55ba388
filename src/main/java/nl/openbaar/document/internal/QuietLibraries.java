package nl.openbaar.document.internal;

import org.springframework.boot.logging.LogLevel;
import org.springframework.boot.logging.LoggingSystem;

/**
 * The libraries that read documents report every oddity of every file (a substituted font, an unknown chunk in
 * an Outlook message, a streamed zip detection); those are not problems of the case, and a document that cannot
 * be read gets its own error reason. They are turned down to errors once, before the first document is read.
 */
public final class QuietLibraries {

    private static volatile boolean done;

    private QuietLibraries() {
    }

    public static void apply() {
        if (done) {
            return;
        }
        done = true;
        com.openhtmltopdf.util.XRLog.setLoggingEnabled(false);
        try {
            LoggingSystem logging = LoggingSystem.get(QuietLibraries.class.getClassLoader());
            for (String noisy : new String[] {"org.apache.pdfbox", "org.apache.fontbox", "org.apache.tika", "org.apache.poi", "com.pff",
                "org.apache.james.mime4j", "org.apache.lucene", "com.github.kagkarlsson.scheduler.jdbc"}) {
                logging.setLogLevel(noisy, LogLevel.ERROR);
            }
        } catch (RuntimeException ignored) {
            // no logging system to tune (a plain unit test): nothing to quieten
        }
    }
}
