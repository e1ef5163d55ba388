package nl.openbaar.shared.layout;

import java.util.ArrayList;
import java.util.List;

/**
 * Draws a page for a test: text placed at given positions in a fixed-pitch font (5 pt per character, 10 pt
 * high), words in the order they are placed — which, as in a real text layer, need not be the reading order.
 */
final class PageSketch {

    static final double CHAR = 5;
    static final double HEIGHT = 10;
    private final int number;
    private final StringBuilder text = new StringBuilder();
    private final List<LaidOutWord> words = new ArrayList<>();

    PageSketch(int number) {
        this.number = number;
    }

    private double slope;

    /** Turns what is placed next by this slope (dy per dx), as a scanner turns a page. */
    PageSketch turned(double slope) {
        this.slope = slope;
        return this;
    }

    /** Places a line of text with its left edge at x and its top at y. */
    PageSketch at(double x, double y, String line) {
        int i = 0;
        while (i < line.length()) {
            if (line.charAt(i) == ' ') {
                i++;
                continue;
            }
            int s = i;
            while (i < line.length() && line.charAt(i) != ' ') {
                i++;
            }
            String w = line.substring(s, i);
            double left = x + s * CHAR;
            double[] edges = new double[w.length() + 1];
            for (int k = 0; k < edges.length; k++) {
                edges[k] = left + k * CHAR;
            }
            if (!text.isEmpty()) {
                text.append(' ');
            }
            int start = text.length();
            text.append(w);
            double top = y + slope * (left - x);
            words.add(new LaidOutWord(w, start, text.length(), new Box(left, top, w.length() * CHAR, HEIGHT), edges));
        }
        return this;
    }

    /** Lines one below the other at normal spacing (12 pt), starting at y. */
    PageSketch lines(double x, double y, String... lines) {
        for (int k = 0; k < lines.length; k++) {
            at(x, y + 12 * k, lines[k]);
        }
        return this;
    }

    PageLayout layout() {
        return new PageLayout(number, 595, 842, text.toString(), words, false);
    }
}
