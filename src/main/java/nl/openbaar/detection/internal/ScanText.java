package nl.openbaar.detection.internal;

import java.util.BitSet;
import java.util.List;
import nl.openbaar.shared.layout.TableCell;

/**
 * A stretch of a document's reading-order text that detection scans in one go, with the line breaks that may be
 * read across (wrapped lines, column and page turns).
 *
 * @param soft  positions of {@code '\n'} in {@code text} that are soft
 * @param cells the table cells in {@code text} (offsets in it), with their column headers
 */
public record ScanText(String text, BitSet soft, List<TableCell> cells) {

    public ScanText {
        soft = soft == null ? new BitSet() : soft;
        cells = cells == null ? List.of() : List.copyOf(cells);
    }

    public ScanText(String text, BitSet soft) {
        this(text, soft, List.of());
    }

    public static ScanText plain(String text) {
        return new ScanText(text, new BitSet());
    }
}
