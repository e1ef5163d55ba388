package nl.openbaar.document.internal;

/**
 * The glyphs already shown on a page, to drop a glyph drawn again on (nearly) the same spot: fake bold and
 * shadows draw every letter twice, and a name would otherwise be read as "JJaannsseenn".
 *
 * <p>The rule is PDFBox's own duplicate-overlapping-text rule, to the bit: a glyph is a repeat when an earlier
 * kept glyph with the same text lies at x in [x - t, x + t) and y in [y - t, y + t), with t a third of the glyph's
 * width per character, compared as {@code Float}s. PDFBox keeps those positions in a tree of trees, which costs a
 * third of all text reading; here they sit in a grid of 8-point cells, so a glyph looks only at its neighbours.
 * Positions that are not finite (hostile files) are compared one by one, with the same comparison.
 */
final class DrawnGlyphs {

    private static final double CELL = 8;
    /** A glyph whose tolerance is wider than this (huge type) is compared with every earlier glyph. */
    private static final double MAX_SPAN = 3 * CELL;

    private final Grid grid = new Grid();
    /** Every kept glyph in order, for the rare query the grid cannot answer. */
    private final Cell all = new Cell();

    void clear() {
        grid.clear();
        all.size = 0;
    }

    /**
     * True when a glyph with this text was kept within the tolerance before (the glyph is then to be dropped);
     * otherwise the glyph is remembered and false returned.
     *
     * @throws IllegalArgumentException for a negative tolerance, as PDFBox's tree does (the page then fails to
     *                                  read, exactly as before)
     */
    boolean drawnBefore(String text, float x, float y, float tolerance) {
        float fromX = x - tolerance;
        float toX = x + tolerance;
        float fromY = y - tolerance;
        float toY = y + tolerance;
        if (Float.compare(fromX, toX) > 0) {
            throw new IllegalArgumentException("fromKey > toKey");
        }
        boolean seen;
        if (finite(fromX) && finite(toX) && finite(fromY) && finite(toY)
                && (double) toX - fromX <= MAX_SPAN && (double) toY - fromY <= MAX_SPAN) {
            // at most 4 x 4 cells; far out the cell index is clamped, which only merges cells (the comparison is exact)
            long cx0 = cell(fromX);
            long cx1 = cell(toX);
            long cy0 = cell(fromY);
            long cy1 = cell(toY);
            seen = false;
            for (long cx = cx0; cx <= cx1 && !seen; cx++) {
                for (long cy = cy0; cy <= cy1 && !seen; cy++) {
                    Cell c = grid.get(key(cx, cy));
                    seen = c != null && c.contains(text, fromX, toX, fromY, toY);
                }
            }
        } else {
            seen = all.contains(text, fromX, toX, fromY, toY);
        }
        if (!seen) {
            all.add(text, x, y);
            // a glyph at a position that is not finite can never match a finite range: it lives in the list only
            if (finite(x) && finite(y)) {
                grid.getOrAdd(key(cell(x), cell(y))).add(text, x, y);
            }
        }
        return seen;
    }

    private static boolean finite(float f) {
        return !Float.isNaN(f) && !Float.isInfinite(f);
    }

    private static long cell(float v) {
        return (long) Math.max(-1e12, Math.min(1e12, Math.floor(v / CELL)));
    }

    /** Cells whose keys collide share their glyphs, which only adds candidates to the exact comparison. */
    private static int key(long cx, long cy) {
        return (int) (cx * 92_821 + cy);
    }

    /**
     * Cells by key in an open-addressing table (a page has a few hundred): no boxed keys, and clearing for the next
     * page keeps the arrays.
     */
    private static final class Grid {
        private int[] keys = new int[1024];
        private Cell[] cells = new Cell[1024];
        private int size;

        Cell get(int key) {
            int mask = keys.length - 1;
            for (int i = mix(key) & mask; cells[i] != null; i = (i + 1) & mask) {
                if (keys[i] == key) {
                    return cells[i];
                }
            }
            return null;
        }

        Cell getOrAdd(int key) {
            int mask = keys.length - 1;
            int i = mix(key) & mask;
            for (; cells[i] != null; i = (i + 1) & mask) {
                if (keys[i] == key) {
                    return cells[i];
                }
            }
            Cell c = new Cell();
            keys[i] = key;
            cells[i] = c;
            if (++size * 2 > keys.length) {
                grow();
            }
            return c;
        }

        private void grow() {
            int[] oldKeys = keys;
            Cell[] oldCells = cells;
            keys = new int[oldKeys.length * 2];
            cells = new Cell[oldKeys.length * 2];
            int mask = keys.length - 1;
            for (int j = 0; j < oldKeys.length; j++) {
                if (oldCells[j] != null) {
                    int i = mix(oldKeys[j]) & mask;
                    while (cells[i] != null) {
                        i = (i + 1) & mask;
                    }
                    keys[i] = oldKeys[j];
                    cells[i] = oldCells[j];
                }
            }
        }

        void clear() {
            java.util.Arrays.fill(cells, null);
            size = 0;
        }

        private static int mix(int key) {
            int h = key * 0x9E3779B9;
            return h ^ (h >>> 16);
        }
    }

    /** Glyphs in one cell (or all of them), as parallel arrays. */
    private static final class Cell {
        String[] texts = new String[4];
        float[] xs = new float[4];
        float[] ys = new float[4];
        int size;

        void add(String text, float x, float y) {
            if (size == xs.length) {
                texts = java.util.Arrays.copyOf(texts, size * 2);
                xs = java.util.Arrays.copyOf(xs, size * 2);
                ys = java.util.Arrays.copyOf(ys, size * 2);
            }
            texts[size] = text;
            xs[size] = x;
            ys[size] = y;
            size++;
        }

        boolean contains(String text, float fromX, float toX, float fromY, float toY) {
            for (int i = 0; i < size; i++) {
                if (Float.compare(xs[i], fromX) >= 0 && Float.compare(xs[i], toX) < 0
                        && Float.compare(ys[i], fromY) >= 0 && Float.compare(ys[i], toY) < 0 && texts[i].equals(text)) {
                    return true;
                }
            }
            return false;
        }
    }
}
