package nl.openbaar.detection.internal;

import java.util.BitSet;

/**
 * A stretch of a document's reading-order text that detection scans in one go, with the line breaks that may be
 * read across (wrapped lines, column and page turns).
 *
 * @param soft positions of {@code '\n'} in {@code text} that are soft
 */
public record ScanText(String text, BitSet soft) {

    public ScanText {
        soft = soft == null ? new BitSet() : soft;
    }

    public static ScanText plain(String text) {
        return new ScanText(text, new BitSet());
    }
}
