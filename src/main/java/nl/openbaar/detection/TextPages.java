package nl.openbaar.detection;

import java.util.ArrayList;
import java.util.List;
import nl.openbaar.shared.layout.Box;
import nl.openbaar.shared.layout.LaidOutWord;
import nl.openbaar.shared.layout.PageLayout;

/**
 * Lays plain text out on A4 pages in a fixed-pitch grid, with a box per word and exact glyph edges. For text
 * that has no page yet (an e-mail body before rendering, labelled evaluation data, benchmarks): detection
 * works on {@link PageLayout}, and this gives it one whose offsets match the text exactly.
 */
public final class TextPages {

    public static final double WIDTH = 595.28;
    public static final double HEIGHT = 841.89;
    private static final double MARGIN = 56;
    private static final double CHAR_WIDTH = 6;
    private static final double LINE_HEIGHT = 12;
    private static final double FONT_HEIGHT = 10;

    private TextPages() {
    }

    /** One page holding all of the text (however long); line breaks are kept. */
    public static PageLayout page(int number, String text) {
        List<LaidOutWord> words = new ArrayList<>();
        int line = 0;
        int col = 0;
        int i = 0;
        int n = text.length();
        while (i < n) {
            char c = text.charAt(i);
            if (c == '\n') {
                line++;
                col = 0;
                i++;
                continue;
            }
            if (Character.isWhitespace(c)) {
                col++;
                i++;
                continue;
            }
            int s = i;
            while (i < n && !Character.isWhitespace(text.charAt(i))) {
                i++;
            }
            double x = MARGIN + col * CHAR_WIDTH;
            double y = MARGIN + line * LINE_HEIGHT;
            double[] edges = new double[i - s + 1];
            for (int k = 0; k < edges.length; k++) {
                edges[k] = x + k * CHAR_WIDTH;
            }
            words.add(new LaidOutWord(text.substring(s, i), s, i, new Box(x, y, (i - s) * CHAR_WIDTH, FONT_HEIGHT), edges));
            col += i - s;
        }
        return new PageLayout(number, WIDTH, HEIGHT, text, words, false);
    }

    /**
     * The text as a renderer with a line width of {@code columns} characters lays it out: a word that does not
     * fit moves to the next line, a word longer than a line is broken at any character (as CSS
     * {@code word-wrap: break-word} does). Line breaks of the text are kept. What detection must read across.
     */
    public static PageLayout wrapped(int number, String text, int columns) {
        return wrapped(number, text, columns, false);
    }

    /**
     * As {@link #wrapped(int, String, int)}; with {@code anyCharacter} every line is filled to its width and broken
     * wherever it ends, inside a word too (CSS {@code word-break: break-all}, a spreadsheet cell, a narrow header).
     */
    public static PageLayout wrapped(int number, String text, int columns, boolean anyCharacter) {
        if (anyCharacter) {
            StringBuilder out = new StringBuilder();
            for (String line : text.split("\n", -1)) {
                for (int i = 0; i < line.length(); i += columns) {
                    String part = line.substring(i, Math.min(line.length(), i + columns));
                    out.append(part.strip()).append('\n');
                }
                if (line.isEmpty()) {
                    out.append('\n');
                }
            }
            return page(number, out.toString());
        }
        StringBuilder out = new StringBuilder();
        for (String line : text.split("\n", -1)) {
            int col = 0;
            for (String word : line.split(" ")) {
                if (word.isEmpty()) {
                    continue;
                }
                while (word.length() > columns) {
                    if (col > 0) {
                        out.append('\n');
                    }
                    out.append(word, 0, columns).append('\n');
                    word = word.substring(columns);
                    col = 0;
                }
                if (col > 0 && col + 1 + word.length() > columns) {
                    out.append('\n');
                    col = 0;
                }
                if (col > 0) {
                    out.append(' ');
                    col++;
                }
                out.append(word);
                col += word.length();
            }
            out.append('\n');
        }
        return page(number, out.toString());
    }

    /** Several texts as consecutive pages of one document. */
    public static List<PageLayout> pages(List<String> texts) {
        List<PageLayout> pages = new ArrayList<>(texts.size());
        for (int k = 0; k < texts.size(); k++) {
            pages.add(page(k + 1, texts.get(k)));
        }
        return pages;
    }
}
