package nl.openbaar.document.internal;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import nl.openbaar.shared.layout.Box;

/**
 * The cells of ruled tables on a page, from the lines a PDF draws: a spreadsheet's print, a Word table with
 * borders, a PDF table. Horizontal and vertical strokes (and the thin filled rectangles some producers draw
 * borders with) are collected in the shared coordinate system while the page's content is read; a cell is the
 * area bounded on all four sides by the nearest lines around a point: an underline or a line that does not
 * span the cell from its left to its right line is no cell border. Every cell is found, empty ones too (they
 * keep a column's cells together under its header).
 */
final class RuledCells {

    /** Thinner than this (points) a filled rectangle is a line. */
    private static final double THIN = 2.5;
    /** Lines closer than this (points) are one line; gaps up to this along a line are bridged. */
    private static final double JOIN = 1.5;
    private static final double MIN_CELL = 4;
    /** Above this many distinct lines on a page (a drawing, a chart) no cells are looked for. */
    private static final int MAX_LINES = 400;
    private static final int MAX_PROBES = 20_000;

    private final List<double[]> horizontal = new ArrayList<>();
    private final List<double[]> vertical = new ArrayList<>();
    /** The current path: its subpaths, each a list of points. */
    private final List<List<double[]>> subpaths = new ArrayList<>();
    private List<double[]> open;

    void clear() {
        horizontal.clear();
        vertical.clear();
        endPath();
    }

    boolean tooMany() {
        return horizontal.size() + vertical.size() > 20 * MAX_LINES;
    }

    // --- path construction, in display coordinates ---

    void moveTo(double x, double y) {
        open = new ArrayList<>(4);
        open.add(new double[] {x, y});
        subpaths.add(open);
    }

    void lineTo(double x, double y) {
        if (open == null) {
            moveTo(x, y);
        } else {
            open.add(new double[] {x, y});
        }
    }

    /** A curve: only its end point matters (a rounded border is no table rule, but its box may be a thin line). */
    void curveTo(double x, double y) {
        lineTo(x, y);
    }

    void closePath() {
        if (open != null && open.size() > 1) {
            double[] first = open.get(0);
            open.add(new double[] {first[0], first[1]});
        }
    }

    /** A rectangle given by its four corners (already transformed). */
    void rectangle(double[] a, double[] b, double[] c, double[] d) {
        moveTo(a[0], a[1]);
        lineTo(b[0], b[1]);
        lineTo(c[0], c[1]);
        lineTo(d[0], d[1]);
        closePath();
    }

    /** The path is painted: straight strokes become lines; a filled thin shape (a border's trapezoid) is a line too. */
    void paint(boolean stroke, boolean fill) {
        if (tooMany()) {
            endPath();
            return;
        }
        for (List<double[]> sp : subpaths) {
            if (stroke) {
                for (int i = 1; i < sp.size(); i++) {
                    segment(sp.get(i - 1)[0], sp.get(i - 1)[1], sp.get(i)[0], sp.get(i)[1]);
                }
            }
            if (fill && sp.size() >= 3) {
                double minX = Double.MAX_VALUE;
                double minY = Double.MAX_VALUE;
                double maxX = -Double.MAX_VALUE;
                double maxY = -Double.MAX_VALUE;
                for (double[] p : sp) {
                    minX = Math.min(minX, p[0]);
                    maxX = Math.max(maxX, p[0]);
                    minY = Math.min(minY, p[1]);
                    maxY = Math.max(maxY, p[1]);
                }
                thin(minX, minY, maxX, maxY);
            }
        }
        endPath();
    }

    void endPath() {
        subpaths.clear();
        open = null;
    }

    private void thin(double x0, double y0, double x1, double y1) {
        double w = x1 - x0;
        double h = y1 - y0;
        if (h <= THIN && w > h) {
            horizontal.add(new double[] {(y0 + y1) / 2, x0, x1});
        } else if (w <= THIN && h > w) {
            vertical.add(new double[] {(x0 + x1) / 2, y0, y1});
        }
    }

    private void segment(double x0, double y0, double x1, double y1) {
        if (Math.abs(y0 - y1) < 0.5 && Math.abs(x1 - x0) >= 1) {
            horizontal.add(new double[] {(y0 + y1) / 2, Math.min(x0, x1), Math.max(x0, x1)});
        } else if (Math.abs(x0 - x1) < 0.5 && Math.abs(y1 - y0) >= 1) {
            vertical.add(new double[] {(x0 + x1) / 2, Math.min(y0, y1), Math.max(y0, y1)});
        }
    }

    // --- cells ---

    /** A line at one position with the stretches it covers, merged. */
    private record Line(double at, double[] from, double[] to) {
        boolean covers(double a, double b) {
            for (int i = 0; i < from.length; i++) {
                if (from[i] <= a + JOIN && to[i] >= b - JOIN) {
                    return true;
                }
            }
            return false;
        }
    }

    /** The page's cells: probed between every pair of neighbouring lines, each cell once. */
    List<Box> cells(double pageWidth, double pageHeight) {
        if (horizontal.isEmpty() || vertical.isEmpty() || tooMany()) {
            return List.of();
        }
        Line[] hs = merge(horizontal);
        Line[] vs = merge(vertical);
        if (hs.length < 2 || vs.length < 2 || hs.length + vs.length > MAX_LINES
                || (long) hs.length * vs.length > MAX_PROBES) {
            return List.of();
        }
        List<Box> out = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (int i = 0; i + 1 < hs.length; i++) {
            double cy = (hs[i].at + hs[i + 1].at) / 2;
            if (hs[i + 1].at - hs[i].at < MIN_CELL) {
                continue;
            }
            for (int j = 0; j + 1 < vs.length; j++) {
                if (vs[j + 1].at - vs[j].at < MIN_CELL) {
                    continue;
                }
                Box cell = around((vs[j].at + vs[j + 1].at) / 2, cy, hs, vs);
                if (cell != null && cell.height() <= 0.5 * pageHeight && cell.width() < 0.98 * pageWidth
                        && seen.add(Math.round(cell.x() * 4) + ":" + Math.round(cell.y() * 4) + ":" + Math.round(cell.right() * 4)
                                + ":" + Math.round(cell.bottom() * 4))) {
                    out.add(cell);
                }
            }
        }
        return out;
    }

    /** The cell around a point: the nearest lines left and right that pass it, then above and below that span both. */
    private static Box around(double x, double y, Line[] hs, Line[] vs) {
        double left = Double.NaN;
        double right = Double.NaN;
        for (Line v : vs) {
            if (!v.covers(y, y)) {
                continue;
            }
            if (v.at < x) {
                left = v.at;
            } else if (v.at > x) {
                right = v.at;
                break;
            }
        }
        if (Double.isNaN(left) || Double.isNaN(right)) {
            return null;
        }
        double top = Double.NaN;
        double bottom = Double.NaN;
        for (Line h : hs) {
            if (!h.covers(left, right)) {
                continue;
            }
            if (h.at < y) {
                top = h.at;
            } else if (h.at > y) {
                bottom = h.at;
                break;
            }
        }
        if (Double.isNaN(top) || Double.isNaN(bottom) || bottom - top < MIN_CELL || right - left < MIN_CELL) {
            return null;
        }
        // the verticals must reach from the top line to the bottom one, or this is no closed cell
        int closed = 0;
        for (Line v : vs) {
            if ((Math.abs(v.at - left) < 0.01 || Math.abs(v.at - right) < 0.01) && v.covers(top, bottom)) {
                closed++;
            }
        }
        if (closed < 2) {
            return null;
        }
        return new Box(left, top, right - left, bottom - top);
    }

    /** Lines at (nearly) one position become one, with their stretches merged; sorted by position. */
    private static Line[] merge(List<double[]> segments) {
        double[][] s = segments.toArray(double[][]::new);
        Arrays.sort(s, Comparator.comparingDouble((double[] a) -> a[0]));
        List<Line> out = new ArrayList<>();
        int i = 0;
        while (i < s.length) {
            int j = i;
            double sum = 0;
            while (j < s.length && s[j][0] - s[i][0] <= JOIN) {
                sum += s[j][0];
                j++;
            }
            double[][] group = Arrays.copyOfRange(s, i, j);
            Arrays.sort(group, Comparator.comparingDouble((double[] a) -> a[1]));
            List<double[]> runs = new ArrayList<>();
            double from = group[0][1];
            double to = group[0][2];
            for (int k = 1; k < group.length; k++) {
                if (group[k][1] <= to + JOIN) {
                    to = Math.max(to, group[k][2]);
                } else {
                    runs.add(new double[] {from, to});
                    from = group[k][1];
                    to = group[k][2];
                }
            }
            runs.add(new double[] {from, to});
            double[] f = new double[runs.size()];
            double[] t = new double[runs.size()];
            for (int k = 0; k < runs.size(); k++) {
                f[k] = runs.get(k)[0];
                t[k] = runs.get(k)[1];
            }
            out.add(new Line(sum / (j - i), f, t));
            i = j;
        }
        return out.toArray(Line[]::new);
    }
}
