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

    int first() {
        return words[0];
    }

    int last() {
        return words[size - 1];
    }

    /** Words [from, to) of this line as a new line. */
    TextLine slice(int from, int to, List<LaidOutWord> pageWords) {
        TextLine l = new TextLine(page);
        for (int k = from; k < to; k++) {
            l.add(words[k], pageWords.get(words[k]).box());
        }
        return l;
    }
}
