package nl.openbaar.document.internal;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Limits on what collecting takes in, with safe defaults; set them as {@code openbaar.documents.*}.
 * They protect the machine from hostile or accidental monsters (zip bombs, endless PDFs), not the user from
 * large cases: a normal 1 GB mailbox export stays well within them.
 *
 * @param maxFileBytes        one file (an original, or an archive member once unpacked)
 * @param maxArchiveBytes     all members of one archive together, unpacked
 * @param maxArchiveEntries   members of one archive
 * @param maxCompressionRatio unpacked size / packed size of one member (zip bombs reach millions)
 * @param maxNesting          archives within archives (and attachments within attachments)
 * @param maxPages            pages of one document
 * @param timePerDocument     reading one document, OCR included
 * @param ocrDpi              resolution at which scanned pages are rendered for OCR
 * @param ocrLanguage         tesseract language(s), e.g. nld or nld+eng
 */
@ConfigurationProperties(prefix = "openbaar.documents")
public record Limits(
        Long maxFileBytes,
        Long maxArchiveBytes,
        Integer maxArchiveEntries,
        Integer maxCompressionRatio,
        Integer maxNesting,
        Integer maxPages,
        Duration timePerDocument,
        Integer ocrDpi,
        String ocrLanguage) {

    public Limits {
        maxFileBytes = maxFileBytes == null ? 4L << 30 : maxFileBytes;
        maxArchiveBytes = maxArchiveBytes == null ? 16L << 30 : maxArchiveBytes;
        maxArchiveEntries = maxArchiveEntries == null ? 100_000 : maxArchiveEntries;
        maxCompressionRatio = maxCompressionRatio == null ? 200 : maxCompressionRatio;
        maxNesting = maxNesting == null ? 5 : maxNesting;
        maxPages = maxPages == null ? 5_000 : maxPages;
        timePerDocument = timePerDocument == null ? Duration.ofMinutes(10) : timePerDocument;
        ocrDpi = ocrDpi == null ? 300 : ocrDpi;
        ocrLanguage = ocrLanguage == null || ocrLanguage.isBlank() ? "nld" : ocrLanguage;
    }

    public static Limits defaults() {
        return new Limits(null, null, null, null, null, null, null, null, null);
    }

    static String humanBytes(long bytes) {
        if (bytes >= 1L << 30) {
            return String.format(java.util.Locale.ROOT, "%.1f GB", bytes / (double) (1L << 30));
        }
        if (bytes >= 1L << 20) {
            return String.format(java.util.Locale.ROOT, "%.1f MB", bytes / (double) (1L << 20));
        }
        return bytes + " bytes";
    }
}
