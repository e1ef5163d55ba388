package nl.openbaar.shared.logging;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.turbo.TurboFilter;
import ch.qos.logback.core.spi.FilterReply;
import java.util.concurrent.atomic.AtomicLong;
import org.slf4j.Marker;

/**
 * Drops what the document libraries say about every oddity of every file ("Using fallback font LiberationSans for
 * Helvetica", "No Unicode mapping for CID+12 in font …"): none of it tells a case handler anything, and the product
 * reports what matters in its own words (a document it cannot read, a page it could not prove clean). The messages
 * are counted, so a command can say once how many it left out; {@code OPENBAAR_DEBUG=1} lets them all through.
 * Configured in {@code logback.xml}, so it holds in the CLI, the server and the tests alike.
 */
public final class LibraryNoise extends TurboFilter {

    /** Whatever these say is about the file being read, at every level. */
    private static final String[] FILE_READERS = {"org.apache.pdfbox", "org.apache.fontbox"};
    /** These are dropped below ERROR: their errors can be real (a parser that gave up). */
    private static final String[] CHATTY = {"org.apache.tika", "org.apache.poi", "com.pff", "org.apache.james.mime4j",
        "com.github.jaiimageio", "org.verapdf"};

    private static final AtomicLong SUPPRESSED = new AtomicLong();
    private static final boolean DEBUG = System.getenv("OPENBAAR_DEBUG") != null;

    @Override
    public FilterReply decide(Marker marker, Logger logger, Level level, String format, Object[] params, Throwable t) {
        if (DEBUG || logger == null || level == null) {
            return FilterReply.NEUTRAL;
        }
        String name = logger.getName();
        if (!(startsWithAny(name, FILE_READERS) || level.toInt() < Level.ERROR_INT && startsWithAny(name, CHATTY))) {
            return FilterReply.NEUTRAL;
        }
        if (level.toInt() < Level.INFO_INT) {
            return FilterReply.DENY; // debug output is never built: PDFBox guards its costly messages with isDebugEnabled
        }
        if (format == null && t == null) {
            // isWarnEnabled() and the like: say yes, so the message itself comes here to be counted (and dropped),
            // whatever level another part of the product set on the logger
            return FilterReply.ACCEPT;
        }
        SUPPRESSED.incrementAndGet();
        return FilterReply.DENY;
    }

    private static boolean startsWithAny(String name, String[] prefixes) {
        for (String p : prefixes) {
            if (name.startsWith(p)) {
                return true;
            }
        }
        return false;
    }

    /** How many library messages of level INFO and up were left out so far in this process. */
    public static long suppressed() {
        return SUPPRESSED.get();
    }
}
