package nl.openbaar.shared.layout;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Finds the lines of a page from its word boxes alone, whatever order the text layer or OCR gave them in.
 * Words are chained left to right to the line whose last word they continue (same baseline band, a small
 * gap), which also follows the slight slope of a scanned line. A line is then cut where a gap is a column
 * gutter or a cell boundary: very wide, or wide and lined up with the left edges of other lines — so two
 * columns or two table cells never run together. A gap after a label ("Van:", "Telefoon:") is not cut. Where the
 * page has ruled table cells ({@link PageLayout#cells()}), a line is also cut wherever its words pass from one
 * cell into the next, however narrow the gap, and each line knows its cell.
 */
final class TextLines {

    /** Wider than this (in line heights) a gap always separates. */
    private static final double GUTTER = 2.5;
    /** Wider than this a gap separates when other lines start at the same x. */
    private static final double CELL_GAP = 0.8;
    /** A word further than this from a line's last word starts a new line (the rest is left to the cutting). */
    private static final double MAX_CHAIN_GAP = 40.0;
    /** A label ("Van:") keeps its value up to this gap: the label column of a mail header, a form. */
    private static final double LABEL_GAP = 15.0;
    private static final double ALIGNED = 1.5;
    private static final double BUCKET = 4.0;

    private TextLines() {
    }

    static List<TextLine> of(int pageIndex, PageLayout page) {
        List<LaidOutWord> words = page.words();
        List<TextLine> chained = chain(pageIndex, words);
        List<TextLine> lines = split(chained, words);
        return page.cells().isEmpty() ? lines : byCell(lines, words, new CellIndex(page.cells()));
    }

    /** Cuts lines where a word lies in another cell than the one before it; every line learns its cell. */
    private static List<TextLine> byCell(List<TextLine> lines, List<LaidOutWord> words, CellIndex cells) {
        List<TextLine> out = new ArrayList<>(lines.size());
        for (TextLine l : lines) {
            int from = 0;
            int cell = cells.of(words.get(l.words[0]).box());
            for (int k = 1; k < l.size; k++) {
                int c = cells.of(words.get(l.words[k]).box());
                if (c != cell) {
                    TextLine part = from == 0 && k == l.size ? l : l.slice(from, k, words);
                    part.cell = cell;
                    out.add(part);
                    from = k;
                    cell = c;
                }
            }
            TextLine last = from == 0 ? l : l.slice(from, l.size, words);
            last.cell = cell;
            out.add(last);
        }
        return out;
    }

    private static List<TextLine> chain(int pageIndex, List<LaidOutWord> words) {
        // words in x order, sorted as primitive keys (x in 1/64 pt above the index): this runs for every page read
        long[] order = new long[words.size()];
        int n = 0;
        double minY = Double.MAX_VALUE;
        double maxY = -Double.MAX_VALUE;
        for (int i = 0; i < words.size(); i++) {
            LaidOutWord w = words.get(i);
            Box b = w.box();
            if (b.height() > 0 && !w.text().isBlank()) {
                order[n++] = (Math.round((b.x() + 100_000) * 64) << 24) | i;
                minY = Math.min(minY, b.y() - b.height());
                maxY = Math.max(maxY, b.bottom() + b.height());
            }
        }
        Arrays.sort(order, 0, n);
        List<TextLine> lines = new ArrayList<>();
        Buckets buckets = new Buckets(minY, maxY);
        for (int k = 0; k < n; k++) {
            int i = (int) (order[k] & 0xFFFFFF);
            Box b = words.get(i).box();
            TextLine best = bestLine(b, buckets, words);
            if (best == null) {
                best = new TextLine(pageIndex);
                lines.add(best);
            } else {
                buckets.remove(best);
            }
            best.add(i, b);
            buckets.add(best, b.y() + b.height() / 2);
        }
        return lines;
    }

    /** Open lines by the centre of their last word, in bands of {@link #BUCKET} points. */
    private static final class Buckets {
        private final double minY;
        private final List<TextLine>[] bands;

        @SuppressWarnings("unchecked")
        Buckets(double minY, double maxY) {
            this.minY = minY;
            int size = maxY > minY ? (int) ((maxY - minY) / BUCKET) + 2 : 1;
            this.bands = new List[size];
        }

        int key(double y) {
            return Math.max(0, Math.min(bands.length - 1, (int) ((y - minY) / BUCKET)));
        }

        List<TextLine> at(int k) {
            return bands[k];
        }

        void add(TextLine l, double centre) {
            l.bucket = key(centre);
            if (bands[l.bucket] == null) {
                bands[l.bucket] = new ArrayList<>(2);
            }
            bands[l.bucket].add(l);
        }

        void remove(TextLine l) {
            List<TextLine> band = bands[l.bucket];
            if (band != null) {
                band.remove(l);
            }
        }
    }

    /** The line whose last word this word continues: overlapping baseline band, nearest centre, small gap. */
    private static TextLine bestLine(Box b, Buckets buckets, List<LaidOutWord> words) {
        TextLine best = null;
        double bestDistance = Double.MAX_VALUE;
        double centre = b.y() + b.height() / 2;
        int from = buckets.key(centre - b.height());
        int to = buckets.key(centre + b.height());
        for (int k = from; k <= to; k++) {
            List<TextLine> band = buckets.at(k);
            if (band == null) {
                continue;
            }
            for (int j = 0; j < band.size(); j++) {
                TextLine l = band.get(j);
                Box last = words.get(l.last()).box();
                double h = Math.min(last.height(), b.height());
                double overlap = Math.min(last.bottom(), b.bottom()) - Math.max(last.y(), b.y());
                double gap = b.x() - last.right();
                if (overlap < 0.5 * h || gap < -0.5 * h || gap > MAX_CHAIN_GAP * Math.max(last.height(), b.height())) {
                    continue;
                }
                double distance = Math.abs(centre - (last.y() + last.height() / 2)) + 0.01 * Math.max(0, gap);
                if (distance < bestDistance) {
                    bestDistance = distance;
                    best = l;
                }
            }
        }
        return best;
    }

    /** Cuts lines at gutters and cell boundaries. */
    private static List<TextLine> split(List<TextLine> lines, List<LaidOutWord> words) {
        List<Double> starts = new ArrayList<>();
        for (TextLine l : lines) {
            starts.add(l.left);
            for (int k = 1; k < l.size; k++) {
                if (gapRatio(l, k, words) > CELL_GAP) {
                    starts.add(words.get(l.words[k]).box().x());
                }
            }
        }
        double[] sorted = starts.stream().mapToDouble(Double::doubleValue).sorted().toArray();
        List<TextLine> out = new ArrayList<>();
        for (TextLine l : lines) {
            int from = 0;
            for (int k = 1; k < l.size; k++) {
                double ratio = gapRatio(l, k, words);
                if (ratio <= CELL_GAP || ratio <= LABEL_GAP && endsWithLabel(words.get(l.words[k - 1]).text())) {
                    continue;
                }
                double x = words.get(l.words[k]).box().x();
                if (ratio > GUTTER || alignedWith(sorted, x) >= 3) {
                    out.add(l.slice(from, k, words));
                    from = k;
                }
            }
            out.add(from == 0 ? l : l.slice(from, l.size, words));
        }
        return out;
    }

    private static double gapRatio(TextLine l, int k, List<LaidOutWord> words) {
        Box a = words.get(l.words[k - 1]).box();
        Box b = words.get(l.words[k]).box();
        return (b.x() - a.right()) / Math.max(0.5, Math.max(a.height(), b.height()));
    }

    private static boolean endsWithLabel(String word) {
        return word.length() >= 2 && word.charAt(word.length() - 1) == ':' && Character.isLetter(word.charAt(word.length() - 2));
    }

    /** How many line or cell starts (this one included) lie within {@link #ALIGNED} of x. */
    private static int alignedWith(double[] sorted, double x) {
        int lo = lowerBound(sorted, x - ALIGNED);
        int hi = lowerBound(sorted, x + ALIGNED + 1e-9);
        return hi - lo;
    }

    private static int lowerBound(double[] a, double v) {
        int lo = 0;
        int hi = a.length;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (a[mid] < v) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }
}
