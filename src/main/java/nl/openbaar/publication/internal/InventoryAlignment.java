package nl.openbaar.publication.internal;

import java.time.LocalDate;
import java.util.List;

/**
 * Which line of the inventory each document found in a bundle is, when the pages carry no numbers. In the
 * inventory's order, but anchored on dates: where a document's first page shows a date (an e-mail's "Verzonden", a
 * memo's "Datum") and a line of the inventory has that date, the two are the same document — so one boundary that
 * was missed, or one document left out of the bundle, does not shift the numbers of every document after it.
 * The anchors are the longest run of equal dates in order (a longest common subsequence); the documents between two
 * anchors take the lines between them in order.
 */
final class InventoryAlignment {

    private InventoryAlignment() {
    }

    /** For each document found, the index of its inventory line, or -1 when there is none left for it. */
    static int[] align(List<LocalDate> found, List<LocalDate> listed) {
        int m = found.size();
        int n = listed.size();
        int[][] best = new int[m + 1][n + 1];
        for (int i = m - 1; i >= 0; i--) {
            for (int j = n - 1; j >= 0; j--) {
                best[i][j] = same(found.get(i), listed.get(j)) ? best[i + 1][j + 1] + 1 : Math.max(best[i + 1][j], best[i][j + 1]);
            }
        }
        int[] row = new int[m];
        java.util.Arrays.fill(row, -2);
        for (int i = 0, j = 0; i < m && j < n;) {
            if (same(found.get(i), listed.get(j)) && best[i][j] == best[i + 1][j + 1] + 1) {
                row[i++] = j++;
            } else if (best[i + 1][j] >= best[i][j + 1]) {
                i++;
            } else {
                j++;
            }
        }
        int next = 0;
        for (int i = 0; i < m; i++) {
            if (row[i] >= 0) {
                next = row[i] + 1;
            } else {
                int limit = nextAnchor(row, i, n);
                row[i] = next < limit ? next++ : -1;
            }
        }
        return row;
    }

    private static int nextAnchor(int[] row, int from, int n) {
        for (int i = from + 1; i < row.length; i++) {
            if (row[i] >= 0) {
                return row[i];
            }
        }
        return n;
    }

    private static boolean same(LocalDate a, LocalDate b) {
        return a != null && a.equals(b);
    }
}
