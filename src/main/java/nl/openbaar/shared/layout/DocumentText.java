package nl.openbaar.shared.layout;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.List;

/**
 * A document's text as a person reads it, built once from its pages by {@link ReadingOrder}: columns one after
 * the other, table cells and blocks as units, a word hyphenated at a line end rejoined, running headers and
 * footers apart (after the body), and every character traced back to the word on the page it came from.
 *
 * <p>Lines end in {@code '\n'} as on the page. A line break is <em>soft</em> when the line was wrapped (the
 * next line's first word did not fit on it) or when the text flows on into the next column or onto the next
 * page; a value written across such a break (a phone number wrapped after "06-", an e-mail address wrapped at
 * any character) is one value. Blocks that are no continuation (paragraphs, table cells, a column beside this
 * one) are separated by an empty line and are never bridged.
 */
public final class DocumentText {

    private final List<PageLayout> pages;
    private final String text;
    private final BitSet soft;
    /** Pieces of words, in text order: [start, end) in text ← characters [from, from + end - start) of a word. */
    private final int[] pieceStart;
    private final int[] pieceEnd;
    private final int[] piecePage;
    private final int[] pieceWord;
    private final int[] pieceFrom;
    private final int pieces;
    private final List<TableCell> cells;
    private String flow;

    private DocumentText(Builder b) {
        this.pages = List.copyOf(b.pages);
        this.text = b.text.toString();
        this.soft = (BitSet) b.soft.clone();
        this.pieces = b.pieces;
        this.pieceStart = Arrays.copyOf(b.pieceStart, pieces);
        this.pieceEnd = Arrays.copyOf(b.pieceEnd, pieces);
        this.piecePage = Arrays.copyOf(b.piecePage, pieces);
        this.pieceWord = Arrays.copyOf(b.pieceWord, pieces);
        this.pieceFrom = Arrays.copyOf(b.pieceFrom, pieces);
        this.cells = List.copyOf(ReadingOrder.headers(pages, b.cells, text));
    }

    /** The table and spreadsheet cells in text order, each with its column's header. */
    public List<TableCell> cells() {
        return cells;
    }

    public String text() {
        return text;
    }

    public List<PageLayout> pages() {
        return pages;
    }

    public int length() {
        return text.length();
    }

    /** True when the line break at {@code offset} may be read across (a wrapped line, a column or page turn). */
    public boolean softBreak(int offset) {
        return offset >= 0 && offset < text.length() && text.charAt(offset) == '\n' && soft.get(offset);
    }

    /** The positions of all soft line breaks. */
    public BitSet softBreaks() {
        return (BitSet) soft.clone();
    }

    /**
     * The same text with every soft line break turned into a space: same length, same offsets. Values written
     * with separators ("06-\n12345678", "Kerkstraat\n12") read whole in it.
     */
    public String flow() {
        if (flow == null) {
            char[] c = text.toCharArray();
            for (int i = soft.nextSetBit(0); i >= 0; i = soft.nextSetBit(i + 1)) {
                c[i] = ' ';
            }
            flow = new String(c);
        }
        return flow;
    }

    /** The boxes covering text [start, end): one per piece of a word, on whichever pages they lie. */
    public List<PageArea> areas(int start, int end) {
        List<PageArea> out = new ArrayList<>();
        for (int k = firstPieceEndingAfter(start); k < pieces && pieceStart[k] < end; k++) {
            int s = Math.max(start, pieceStart[k]);
            int e = Math.min(end, pieceEnd[k]);
            if (e <= s) {
                continue;
            }
            PageLayout page = pages.get(piecePage[k]);
            LaidOutWord w = page.words().get(pieceWord[k]);
            int from = pieceFrom[k] + (s - pieceStart[k]);
            Box box = w.part(from, from + (e - s));
            out.add(new PageArea(page.number(), box));
        }
        return out;
    }

    /** Where text [start, end) lies in the pages' own texts: one range per run of one page's text. */
    public List<PageRange> ranges(int start, int end) {
        List<PageRange> out = new ArrayList<>();
        int curPage = -1;
        int curStart = 0;
        int curEnd = 0;
        for (int k = firstPieceEndingAfter(start); k < pieces && pieceStart[k] < end; k++) {
            int s = Math.max(start, pieceStart[k]);
            int e = Math.min(end, pieceEnd[k]);
            if (e <= s) {
                continue;
            }
            PageLayout page = pages.get(piecePage[k]);
            LaidOutWord w = page.words().get(pieceWord[k]);
            int ps = w.start() + pieceFrom[k] + (s - pieceStart[k]);
            int pe = ps + (e - s);
            if (page.number() == curPage && ps >= curEnd && blank(page.text(), curEnd, ps)) {
                curEnd = pe;
                continue;
            }
            if (curPage > 0) {
                out.add(new PageRange(curPage, curStart, curEnd));
            }
            curPage = page.number();
            curStart = ps;
            curEnd = pe;
        }
        if (curPage > 0) {
            out.add(new PageRange(curPage, curStart, curEnd));
        }
        return out;
    }

    /** The page number the text at {@code offset} comes from (the nearest word before it); 1 for an empty text. */
    public int pageAt(int offset) {
        int k = firstPieceEndingAfter(offset);
        if (k >= pieces) {
            k = pieces - 1;
        }
        return k < 0 ? (pages.isEmpty() ? 1 : pages.get(0).number()) : pages.get(piecePage[k]).number();
    }

    /**
     * The offset in this text of a character of a page's own text, or -1 when that character is not part of a
     * word (white space) or the page is unknown.
     */
    public int offsetOf(int pageNumber, int pageOffset) {
        for (int k = 0; k < pieces; k++) {
            PageLayout page = pages.get(piecePage[k]);
            if (page.number() != pageNumber) {
                continue;
            }
            LaidOutWord w = page.words().get(pieceWord[k]);
            int ps = w.start() + pieceFrom[k];
            int len = pieceEnd[k] - pieceStart[k];
            if (pageOffset >= ps && pageOffset < ps + len) {
                return pieceStart[k] + (pageOffset - ps);
            }
        }
        return -1;
    }

    private int firstPieceEndingAfter(int offset) {
        int lo = 0;
        int hi = pieces;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (pieceEnd[mid] <= offset) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }

    private static boolean blank(String s, int from, int to) {
        for (int i = from; i < to && i < s.length(); i++) {
            if (!Character.isWhitespace(s.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    /** Appends text and word pieces in reading order; used by {@link ReadingOrder}. */
    static final class Builder {
        private final List<PageLayout> pages;
        private final StringBuilder text = new StringBuilder();
        private final BitSet soft = new BitSet();
        private int[] pieceStart = new int[64];
        private int[] pieceEnd = new int[64];
        private int[] piecePage = new int[64];
        private int[] pieceWord = new int[64];
        private int[] pieceFrom = new int[64];
        private int pieces;
        private boolean glued;
        /** Written cells: page index, cell index, start, end. */
        private final List<int[]> cells = new ArrayList<>();

        Builder(List<PageLayout> pages) {
            this.pages = pages;
        }

        int length() {
            return text.length();
        }

        char last() {
            return text.isEmpty() ? '\n' : text.charAt(text.length() - 1);
        }

        /** Characters [from, to) of word {@code word} of page index {@code page}. */
        void word(int page, int word, int from, int to) {
            if (to <= from) {
                return;
            }
            if (pieces == pieceStart.length) {
                int n = pieces * 2;
                pieceStart = Arrays.copyOf(pieceStart, n);
                pieceEnd = Arrays.copyOf(pieceEnd, n);
                piecePage = Arrays.copyOf(piecePage, n);
                pieceWord = Arrays.copyOf(pieceWord, n);
                pieceFrom = Arrays.copyOf(pieceFrom, n);
            }
            String t = pages.get(page).words().get(word).text();
            pieceStart[pieces] = text.length();
            text.append(t, from, to);
            pieceEnd[pieces] = text.length();
            piecePage[pieces] = page;
            pieceWord[pieces] = word;
            pieceFrom[pieces] = from;
            pieces++;
        }

        /** The text written since {@code start} (line breaks at its end left out) is cell {@code cell} of page index {@code page}. */
        void cell(int page, int cell, int start) {
            int end = text.length();
            while (end > start && (text.charAt(end - 1) == '\n' || text.charAt(end - 1) == ' ')) {
                end--;
            }
            if (end <= start) {
                return;
            }
            int[] last = cells.isEmpty() ? null : cells.get(cells.size() - 1);
            if (last != null && last[0] == page && last[1] == cell) {
                last[3] = end; // the same cell in two blocks (a blank line inside it)
            } else {
                cells.add(new int[] {page, cell, start, end});
            }
        }

        /** The next word follows the last one directly (a hyphenated word completed on the next line). */
        void glue() {
            glued = true;
        }

        void space() {
            if (glued) {
                glued = false;
                return;
            }
            if (!text.isEmpty() && last() != ' ' && last() != '\n') {
                text.append(' ');
            }
        }

        /** A line break; {@code wrapped} when it may be read across. */
        void lineBreak(boolean wrapped) {
            if (text.isEmpty()) {
                return;
            }
            if (last() == ' ') {
                text.setLength(text.length() - 1);
            }
            if (last() == '\n') {
                return;
            }
            if (wrapped) {
                soft.set(text.length());
            }
            text.append('\n');
        }

        /** An empty line: the end of a block that is not continued. */
        void blockBreak() {
            if (text.isEmpty()) {
                return;
            }
            if (last() == ' ') {
                text.setLength(text.length() - 1);
            }
            if (last() == '\n') {
                soft.clear(text.length() - 1);
                if (text.length() >= 2 && text.charAt(text.length() - 2) == '\n') {
                    return;
                }
            } else {
                text.append('\n');
            }
            text.append('\n');
        }

        DocumentText build() {
            while (!text.isEmpty() && (last() == '\n' || last() == ' ')) {
                soft.clear(text.length() - 1);
                text.setLength(text.length() - 1);
            }
            return new DocumentText(this);
        }
    }
}
