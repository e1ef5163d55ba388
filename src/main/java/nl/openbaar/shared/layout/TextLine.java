package nl.openbaar.shared.layout;

import java.util.Arrays;
import java.util.List;

/** A run of words on one baseline, left to right, with no column or cell gap inside: one line of one block. */
final class TextLine {

    final int page;
    /** Indices into the page's words, left to right. */
    int[] words;
    int size;
    double left = Double.MAX_VALUE;
    double right = -Double.MAX_VALUE;
    double top = Double.MAX_VALUE;
    double bottom = -Double.MAX_VALUE;
    /** Where {@link TextLines} keeps this line while chaining words to it. */
    int bucket;
    /** The index of the page's table cell this line lies in ({@link PageLayout#cells()}), -1 outside tables. */
    int cell = -1;

    TextLine(int page) {
        this.page = page;
        this.words = new int[8];
    }

    void add(int word, Box b) {
        if (size == words.length) {
            words = Arrays.copyOf(words, size * 2);
        }
        words[size++] = word;
        left = Math.min(left, b.x());
        right = Math.max(right, b.right());
        top = Math.min(top, b.y());
        bottom = Math.max(bottom, b.bottom());
    }

    double height() {
        return Math.max(0.5, bottom - top);
    }

    double centre() {
        return (top + bottom) / 2;
    }

    /**
     * The vertical centre of the line at x, following its slope: a scanned page is often turned a degree or two,
     * and over the width of a page that moves a line by more than the space between two lines.
     */
    double centreAt(double x, List<LaidOutWord> pageWords) {
        if (slope == null) {
            slope = fitSlope(pageWords);
        }
        double mx = (left + right) / 2;
        return centre() + slope * (x - mx) - slopeOffset;
    }

    private Double slope;
    private double slopeOffset;

    /** Least squares over the word centres, only for lines wide enough to tell, at most three degrees. */
    private double fitSlope(List<LaidOutWord> pageWords) {
        if (size < 3 || right - left < 100) {
            return 0;
        }
        double mx = 0;
        double my = 0;
        for (int k = 0; k < size; k++) {
            Box b = pageWords.get(words[k]).box();
            mx += b.x() + b.width() / 2;
            my += b.y() + b.height() / 2;
        }
        mx /= size;
        my /= size;
        double sxy = 0;
        double sxx = 0;
        for (int k = 0; k < size; k++) {
            Box b = pageWords.get(words[k]).box();
            double dx = b.x() + b.width() / 2 - mx;
            sxy += dx * (b.y() + b.height() / 2 - my);
            sxx += dx * dx;
        }
        double s = sxx == 0 ? 0 : Math.max(-0.05, Math.min(0.05, sxy / sxx));
        // centre() is the middle of the box over all words; the fitted line passes through (mx, my)
        slopeOffset = centre() - (my + s * ((left + right) / 2 - mx));
        return s;
    }

    /** The height of one line of text: the tallest word, not the box of a sloping line. */
    double wordHeight(List<LaidOutWord> pageWords) {
        double h = 0;
        for (int k = 0; k < size; k++) {
            h = Math.max(h, pageWords.get(words[k]).box().height());
        }
        return Math.max(0.5, h);
    }

    int first() {
        return words[0];
    }

    int last() {
        return words[size - 1];
    }

    /** Words [from, to) of this line as a new line. */
    TextLine slice(int from, int to, List<LaidOutWord> pageWords) {
        TextLine l = new TextLine(page);
        l.cell = cell;
        for (int k = from; k < to; k++) {
            l.add(words[k], pageWords.get(words[k]).box());
        }
        return l;
    }
}
