package nl.openbaar.shared.layout;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Groups a page's lines into blocks and puts the blocks in reading order. A line joins the block just above
 * it when it follows at normal line spacing, overlaps it horizontally and has a similar height; a larger gap
 * starts a new paragraph or cell. The order is a recursive XY-cut: columns (a vertical cut through all blocks)
 * left to right first, then bands (a horizontal cut) top to bottom — so a side column of a letterhead, the two
 * columns of minutes and the cells of a table are each read as a whole.
 */
final class TextBlocks {

    /** Line spacing larger than this (in line heights) starts a new block. */
    private static final double MAX_LEADING = 0.6;
    private static final double CUT_TOLERANCE = 0.5;
    /** Above this many blocks on a page (a text file laid out as one long page) blocks are not compared pairwise. */
    private static final int MAX_PAIRWISE = 600;

    private TextBlocks() {
    }

    /** The page's blocks, in reading order, each with the right edge its lines could reach. */
    static List<TextBlock> of(int pageIndex, List<TextLine> lines, List<LaidOutWord> words) {
        return of(pageIndex, lines, words, List.of());
    }

    /**
     * As {@link #of(int, List, List)} on a page with ruled table cells: a block never spans two cells, and a
     * cell's lines could reach its right edge less the padding seen on its left.
     */
    static List<TextBlock> of(int pageIndex, List<TextLine> lines, List<LaidOutWord> words, List<Box> cells) {
        List<TextBlock> blocks = group(pageIndex, lines, words);
        for (TextBlock b : blocks) {
            if (b.cell >= 0) {
                Box c = cells.get(b.cell);
                double padding = Math.max(0.5, Math.min(b.left - c.x(), 0.5 * b.firstLine().height()));
                b.available = c.right() - padding;
            } else {
                b.available = available(b, blocks);
            }
        }
        List<TextBlock> ordered = new ArrayList<>(blocks.size());
        cut(blocks, ordered);
        return ordered;
    }

    private static List<TextBlock> group(int pageIndex, List<TextLine> lines, List<LaidOutWord> words) {
        List<TextLine> sorted = new ArrayList<>(lines);
        sorted.sort(Comparator.comparingDouble((TextLine l) -> l.top).thenComparingDouble(l -> l.left));
        List<TextBlock> blocks = new ArrayList<>();
        List<TextBlock> open = new ArrayList<>();
        // a table cell is one block, however its lines are spaced
        java.util.Map<Integer, TextBlock> byCell = new java.util.HashMap<>();
        for (TextLine l : sorted) {
            if (l.cell >= 0) {
                TextBlock cell = byCell.get(l.cell);
                if (cell == null) {
                    cell = new TextBlock(pageIndex);
                    blocks.add(cell);
                    byCell.put(l.cell, cell);
                }
                cell.add(l);
                continue;
            }
            // lines come top to bottom: a block whose last line ended well above this one is finished
            open.removeIf(b -> b.lastLine().bottom < l.top - 2 * l.height());
            TextBlock best = null;
            double bestOverlap = 0;
            for (TextBlock b : open) {
                double overlap = continues(b, l, words);
                if (overlap > bestOverlap) {
                    bestOverlap = overlap;
                    best = b;
                }
            }
            if (best == null) {
                best = new TextBlock(pageIndex);
                blocks.add(best);
                open.add(best);
            }
            best.add(l);
        }
        return blocks;
    }

    /**
     * How well line l continues block b (its horizontal overlap with b's last line); 0 when it does not. The space
     * between the two lines is measured where they overlap, along their slope.
     */
    private static double continues(TextBlock b, TextLine l, List<LaidOutWord> words) {
        TextLine last = b.lastLine();
        if (last.cell != l.cell) {
            return 0;
        }
        double overlap = Math.min(l.right, last.right) - Math.max(l.left, last.left);
        if (overlap <= 0) {
            return 0;
        }
        double hl = l.wordHeight(words);
        double hlast = last.wordHeight(words);
        double h = Math.min(hl, hlast);
        double ratio = hl / hlast;
        double x = Math.max(l.left, last.left) + overlap / 2;
        double dy = l.centreAt(x, words) - last.centreAt(x, words) - (hl + hlast) / 2;
        if (ratio < 0.6 || ratio > 1.6 || dy < -0.3 * h || dy > MAX_LEADING * h) {
            return 0;
        }
        return overlap;
    }

    /**
     * The right edge a line of this block could reach: the widest of the blocks that start at the same left edge
     * (the column's width), but not beyond a block beside it.
     */
    private static double available(TextBlock b, List<TextBlock> all) {
        if (all.size() > MAX_PAIRWISE) {
            return b.right;
        }
        double reach = b.right;
        double limit = Double.MAX_VALUE;
        for (TextBlock o : all) {
            if (o == b) {
                continue;
            }
            if (o.left > b.right - 0.5 && o.overlapsVertically(b)) {
                limit = Math.min(limit, o.left);
            }
        }
        for (TextBlock o : all) {
            if (o != b && Math.abs(o.left - b.left) <= 2 && o.right < limit) {
                reach = Math.max(reach, o.right);
            }
        }
        return reach;
    }

    /** Recursive XY-cut: columns first, then bands; blocks that cannot be cut are read top to bottom. */
    private static void cut(List<TextBlock> blocks, List<TextBlock> out) {
        if (blocks.size() <= 1) {
            out.addAll(blocks);
            return;
        }
        List<List<TextBlock>> columns = split(blocks, true);
        if (columns.size() > 1) {
            columns.forEach(c -> cut(c, out));
            return;
        }
        List<List<TextBlock>> bands = split(blocks, false);
        if (bands.size() > 1) {
            bands.forEach(b -> cut(b, out));
            return;
        }
        List<TextBlock> rest = new ArrayList<>(blocks);
        rest.sort(Comparator.comparingDouble((TextBlock b) -> b.top).thenComparingDouble(b -> b.left));
        out.addAll(rest);
    }

    /** Splits where no block crosses: at an x (vertical) or a y (horizontal). */
    private static List<List<TextBlock>> split(List<TextBlock> blocks, boolean vertical) {
        List<TextBlock> sorted = new ArrayList<>(blocks);
        sorted.sort(Comparator.comparingDouble(b -> vertical ? b.left : b.top));
        List<List<TextBlock>> parts = new ArrayList<>();
        List<TextBlock> current = new ArrayList<>();
        double reach = -Double.MAX_VALUE;
        for (TextBlock b : sorted) {
            double start = vertical ? b.left : b.top;
            if (!current.isEmpty() && start >= reach - CUT_TOLERANCE) {
                parts.add(current);
                current = new ArrayList<>();
            }
            current.add(b);
            reach = Math.max(reach, vertical ? b.right : b.bottom);
        }
        parts.add(current);
        return parts;
    }
}
