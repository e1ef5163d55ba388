package nl.openbaar.redaction.internal;

import java.awt.geom.Rectangle2D;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import nl.openbaar.redaction.internal.ContentScanner.LineGlyph;

/**
 * Gives a box over one line of text the width of a class instead of the width of what it hides, and moves the rest
 * of the line to match: the removed run's one displacement becomes the class width, so every name of a class leaves
 * the same box and the same page behind (a box as wide as the name leaks about 11 bits of it: Bland, Iyer and
 * Levchenko, PETS 2023).
 *
 * <p>The classes are powers of two of the font size (½, 1, 2, 4, 8, 16 … em). Relative to the font size, so a class
 * means the same at any size; powers of two, so a class spans a factor of two and the names of a sentence (first name
 * and surname, 4 to 14 em in a proportional font) fall into two or three classes, whatever their letters. A finer
 * grid (√2, or every 2 em) leaks more bits; a coarser one moves text further.
 *
 * <p>A run is rounded up to its class when the moved rest of the line still fits: before the right margin (the page's
 * widest text, or its left margin mirrored) and at least a quarter em before text on the same line that does not
 * move (another column, a table cell, a box that is not in a class). Otherwise it is rounded down, which moves the rest
 * to the left and always fits. Whether the rounding up fits depends on the class, the text around the box and the
 * page, never on the name itself, so the choice tells nothing more. Justified text ends at the margin, so its boxes
 * round down; its word spacing was stretched for the name when the document was made, which no redaction can undo
 * without setting the whole line again.
 *
 * <p>Only what can be moved exactly is classed: a box whose removed glyphs are one unbroken run of upright text in
 * one text operator, on one line, under no image or vector shape, on a chain of text (glyphs placed one after the
 * other without being positioned again) whose other boxes can be classed too, and with no fixed text inside the
 * part of the line that moves. The other boxes stay as wide as what they cover.
 */
final class WidthClasses {

    private static final int MIN_EXPONENT = -1;
    private static final int MAX_EXPONENT = 8;
    /** Room, in em, kept between moved text and text on the same line that stays where it is. */
    private static final double GAP = 0.25;

    private WidthClasses() {
    }

    /**
     * Chooses the class of every box that can have one and tells the rewriter (the displacement of its run); returns
     * per box the rectangle to draw in user space, or null for a box drawn as requested.
     */
    static Rectangle2D[] apply(ContentScanner scanner, List<Rectangle2D> boxes, Rectangle2D crop, double minWidth) {
        Rectangle2D[] drawn = new Rectangle2D[boxes.size()];
        List<LineGlyph> line = scanner.lineGlyphs;
        Map<Integer, List<Integer>> byBox = new HashMap<>();
        for (int i = 0; i < line.size(); i++) {
            if (line.get(i).box() >= 0) {
                byBox.computeIfAbsent(line.get(i).box(), b -> new ArrayList<>()).add(i);
            }
        }
        BitSet candidates = new BitSet();
        Map<Integer, List<Integer>> boxesPerChain = new LinkedHashMap<>();
        BitSet blockedChains = new BitSet();
        for (Map.Entry<Integer, List<Integer>> e : byBox.entrySet()) {
            int b = e.getKey();
            boolean ok = !scanner.boxesWithMore.get(b) && classable(line, e.getValue());
            for (int i : e.getValue()) {
                int chain = line.get(i).chain();
                if (!ok) {
                    blockedChains.set(chain);
                }
            }
            int chain = line.get(e.getValue().get(0)).chain();
            if (ok) {
                candidates.set(b);
                boxesPerChain.computeIfAbsent(chain, c -> new ArrayList<>()).add(b);
            }
        }
        double margin = crop.getMaxX();
        if (scanner.textMinX <= scanner.textMaxX) {
            margin = Math.max(scanner.textMaxX, crop.getMaxX() - (scanner.textMinX - crop.getMinX()));
        }
        for (Map.Entry<Integer, List<Integer>> e : boxesPerChain.entrySet()) {
            if (!blockedChains.get(e.getKey())) {
                chain(line, byBox, e.getKey(), e.getValue(), boxes, candidates, margin, minWidth, drawn);
            }
        }
        return drawn;
    }

    /** One run of upright glyphs in one operator on one line, with kept glyphs (or nothing) on either side. */
    private static boolean classable(List<LineGlyph> line, List<Integer> indices) {
        LineGlyph first = line.get(indices.get(0));
        LineGlyph last = line.get(indices.get(indices.size() - 1));
        if (last.seq() - first.seq() + 1 != indices.size() || first.em() <= 0 || first.userPerUnit() <= 0) {
            return false;
        }
        for (int i : indices) {
            LineGlyph g = line.get(i);
            if (!g.upright() || g.node() != first.node() || g.op() != first.op() || g.chain() != first.chain()
                    || Math.abs(g.em() - first.em()) > 1e-3 || Math.abs(g.yLo() - first.yLo()) > 0.05 * first.em()) {
                return false;
            }
        }
        int before = indices.get(0) - 1;
        int after = indices.get(indices.size() - 1) + 1;
        // a removed neighbour (another box, hidden text) would share the run's one displacement
        return !(before >= 0 && line.get(before).seq() == first.seq() - 1 && !line.get(before).kept())
                && !(after < line.size() && line.get(after).seq() == last.seq() + 1 && !line.get(after).kept());
    }

    private static void chain(List<LineGlyph> line, Map<Integer, List<Integer>> byBox, int chain, List<Integer> chainBoxes,
            List<Rectangle2D> boxes, BitSet candidates, double margin, double minWidth, Rectangle2D[] drawn) {
        chainBoxes.sort((a, b) -> Integer.compare(line.get(byBox.get(a).get(0)).seq(), line.get(byBox.get(b).get(0)).seq()));
        LineGlyph head = line.get(byBox.get(chainBoxes.get(0)).get(0));
        double bandLo = head.yLo();
        double bandHi = head.yHi();
        double start = head.before();
        double chainEnd = -Double.MAX_VALUE;
        for (LineGlyph g : line) {
            if (g.chain() == chain && g.kept() && !g.space()) {
                chainEnd = Math.max(chainEnd, g.x1());
            }
        }
        // what stays where it is on this line, right of the first box: fixed text, and boxes of other chains
        double obstacle = Double.MAX_VALUE;
        for (LineGlyph g : line) {
            if (g.chain() != chain && g.kept() && !g.space() && sameLine(g.yLo(), g.yHi(), bandLo, bandHi) && g.x1() > start) {
                if (g.x0() < chainEnd) {
                    return; // fixed text inside the part that would move: leave the line as it is
                }
                obstacle = Math.min(obstacle, g.x0());
            }
        }
        for (int b = 0; b < boxes.size(); b++) {
            Rectangle2D r = boxes.get(b);
            if (!chainBoxes.contains(b) && sameLine(r.getMinY(), r.getMaxY(), bandLo, bandHi) && r.getMaxX() > start) {
                if (r.getMinX() < chainEnd) {
                    return;
                }
                obstacle = Math.min(obstacle, r.getMinX());
            }
        }
        double limit = Math.min(margin, obstacle - GAP * head.em());
        double shift = 0;
        for (int b : chainBoxes) {
            List<Integer> run = byBox.get(b);
            LineGlyph first = line.get(run.get(0));
            LineGlyph last = line.get(run.get(run.size() - 1));
            double em = first.em();
            double s = first.before() + shift;
            LineGlyph next = null;
            for (int i = run.get(run.size() - 1) + 1; i < line.size() && next == null; i++) {
                if (line.get(i).chain() == chain && line.get(i).kept()) {
                    next = line.get(i);
                }
            }
            double width = (next != null ? next.before() : last.x1()) - first.before();
            if (width <= 0) {
                continue;
            }
            double exponent = Math.log(width / em) / Math.log(2);
            int up = Math.max(MIN_EXPONENT, (int) Math.ceil(exponent - 1e-9));
            int down = (int) Math.floor(exponent + 1e-9);
            double classWidth = em * Math.pow(2, Math.min(up, MAX_EXPONENT));
            double end = next != null ? Math.max(chainEnd + shift + classWidth - width, s + classWidth) : s + classWidth;
            if (up > MAX_EXPONENT || end > limit + 1e-6) {
                classWidth = down >= MIN_EXPONENT ? em * Math.pow(2, Math.min(down, MAX_EXPONENT)) : width;
            }
            if (classWidth < minWidth) {
                classWidth = width;
            }
            first.node().runWidths.computeIfAbsent(first.op(), op -> new HashMap<>()).put(b, classWidth / first.userPerUnit());
            double lo = Double.MAX_VALUE;
            double hi = -Double.MAX_VALUE;
            for (int i : run) {
                lo = Math.min(lo, line.get(i).yLo());
                hi = Math.max(hi, line.get(i).yHi());
            }
            drawn[b] = new Rectangle2D.Double(s, lo, classWidth, hi - lo);
            shift += classWidth - width;
        }
    }

    private static boolean sameLine(double lo, double hi, double bandLo, double bandHi) {
        double overlap = Math.min(hi, bandHi) - Math.max(lo, bandLo);
        return overlap > 0 && overlap >= 0.5 * Math.min(hi - lo, bandHi - bandLo);
    }
}
