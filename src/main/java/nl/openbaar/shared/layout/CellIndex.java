package nl.openbaar.shared.layout;

import java.util.Arrays;
import java.util.List;

/**
 * Which table cell of a page a word lies in: the smallest cell around the word's centre. Cells sorted by their
 * top, searched in log time and checked back only as far as the tallest cell reaches, so a spreadsheet page of
 * thousands of cells costs little per word.
 */
final class CellIndex {

    private final List<Box> cells;
    private final int[] byTop;
    private final double[] tops;
    private final double tallest;

    CellIndex(List<Box> cells) {
        this.cells = cells;
        Integer[] order = new Integer[cells.size()];
        double t = 0;
        for (int i = 0; i < order.length; i++) {
            order[i] = i;
            t = Math.max(t, cells.get(i).height());
        }
        Arrays.sort(order, (a, b) -> Double.compare(cells.get(a).y(), cells.get(b).y()));
        byTop = new int[order.length];
        tops = new double[order.length];
        for (int i = 0; i < order.length; i++) {
            byTop[i] = order[i];
            tops[i] = cells.get(order[i]).y();
        }
        tallest = t;
    }

    boolean isEmpty() {
        return cells.isEmpty();
    }

    /** The index of the cell the box's centre lies in, -1 when it lies in none. */
    int of(Box b) {
        if (cells.isEmpty()) {
            return -1;
        }
        double cx = b.x() + b.width() / 2;
        double cy = b.y() + b.height() / 2;
        int lo = 0;
        int hi = tops.length;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (tops[mid] <= cy) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        int best = -1;
        double bestArea = Double.MAX_VALUE;
        for (int k = lo - 1; k >= 0 && tops[k] >= cy - tallest; k--) {
            Box c = cells.get(byTop[k]);
            if (c.contains(cx, cy) && c.area() < bestArea) {
                best = byTop[k];
                bestArea = c.area();
            }
        }
        return best;
    }

    Box cell(int i) {
        return cells.get(i);
    }
}
