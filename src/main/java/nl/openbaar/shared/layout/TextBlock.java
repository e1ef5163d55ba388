package nl.openbaar.shared.layout;

import java.util.ArrayList;
import java.util.List;

/** Lines read as one unit: a paragraph, a table cell, a signature, a heading. */
final class TextBlock {

    final int page;
    final List<TextLine> lines = new ArrayList<>();
    double left = Double.MAX_VALUE;
    double right = -Double.MAX_VALUE;
    double top = Double.MAX_VALUE;
    double bottom = -Double.MAX_VALUE;
    /** The right edge the block's lines could have reached: where a wrapped line ends. */
    double available;
    /** A running header or footer (page numbers, a letterhead repeated on every page). */
    boolean running;
    /** The table cell the block is (part of), -1 outside tables. */
    int cell = -1;

    TextBlock(int page) {
        this.page = page;
    }

    void add(TextLine l) {
        if (lines.isEmpty()) {
            cell = l.cell;
        }
        lines.add(l);
        left = Math.min(left, l.left);
        right = Math.max(right, l.right);
        top = Math.min(top, l.top);
        bottom = Math.max(bottom, l.bottom);
    }

    TextLine lastLine() {
        return lines.get(lines.size() - 1);
    }

    TextLine firstLine() {
        return lines.get(0);
    }

    boolean overlapsVertically(TextBlock o) {
        return top < o.bottom && o.top < bottom;
    }
}
