package nl.openbaar.detection.internal;

import java.util.Arrays;

/**
 * A page's text cut into tokens, kept in parallel int arrays (no object per token). A word is a run of
 * letters, with inner hyphens and apostrophes ("Jan-Willem", "d'Ancona", "in 't"); a number is a run of
 * digits; anything else that is not white space is a one-character token.
 */
public final class Tokens {

    public static final int WORD = 1;
    public static final int NUMBER = 2;
    public static final int PUNCT = 3;

    /** Shape bits. */
    public static final int CAPITALISED = 1;
    public static final int ALL_CAPS = 1 << 1;
    public static final int LINE_START = 1 << 2;
    public static final int LOWER = 1 << 3;

    public final String text;
    public int size;
    public int[] start;
    public int[] end;
    public int[] kind;
    public int[] shape;
    public int[] flags;
    public int[] line;
    /** Offsets where each line starts, plus text.length() at the end. */
    public int[] lineStarts;
    public int lines;

    private Tokens(String text, int capacity) {
        this.text = text;
        start = new int[capacity];
        end = new int[capacity];
        kind = new int[capacity];
        shape = new int[capacity];
        flags = new int[capacity];
        line = new int[capacity];
        lineStarts = new int[16];
    }

    public static Tokens of(String text, Lexicon lexicon) {
        return of(text, lexicon, null);
    }

    /** @param soft the line breaks that were wraps (see {@link #wrapAdjacent}); null when none are known */
    public static Tokens of(String text, Lexicon lexicon, java.util.BitSet soft) {
        Tokens t = new Tokens(text, Math.max(16, text.length() / 4));
        t.soft = soft;
        t.cut(lexicon);
        return t;
    }

    /** The line breaks that were wraps; null when none are known. */
    private java.util.BitSet soft;

    private void cut(Lexicon lexicon) {
        int n = text.length();
        int i = 0;
        int currentLine = 0;
        boolean lineStart = true;
        addLine(0);
        while (i < n) {
            char c = text.charAt(i);
            if (c == '\n') {
                currentLine++;
                addLine(i + 1);
                lineStart = true;
                i++;
                continue;
            }
            if (Character.isWhitespace(c) || c == '\u00a0') {
                i++;
                continue;
            }
            int s = i;
            int k;
            if (Character.isLetter(c)) {
                i = wordEnd(i, n);
                k = WORD;
            } else if (c >= '0' && c <= '9') {
                while (i < n && text.charAt(i) >= '0' && text.charAt(i) <= '9') {
                    i++;
                }
                k = NUMBER;
            } else if ((c == '\'' || c == '\u2019') && i + 1 < n && (text.charAt(i + 1) == 't' || text.charAt(i + 1) == 's')
                    && (i + 2 >= n || !Character.isLetter(text.charAt(i + 2)))) {
                i += 2; // "'t", "'s" as in "in 't Veld", "'s-Gravenhage"
                k = WORD;
            } else {
                i++;
                k = PUNCT;
            }
            add(s, i, k, currentLine, lineStart, lexicon);
            lineStart = false;
        }
        lineStarts = Arrays.copyOf(lineStarts, lines + 1);
        lineStarts[lines] = n;
    }

    private int wordEnd(int i, int n) {
        while (i < n) {
            char c = text.charAt(i);
            if (Character.isLetter(c)) {
                i++;
            } else if ((c == '-' || c == '\'' || c == '\u2019') && i + 1 < n && Character.isLetter(text.charAt(i + 1))
                    && i > 0 && Character.isLetter(text.charAt(i - 1)) && !(c == '-' && interfixFollows(i + 1, n))) {
                i++;
            } else {
                break;
            }
        }
        return i;
    }

    /** "Hoekstra-de Graaf", "Vries-van der Meer": the hyphen joins two surnames, the second with an interfix. */
    private boolean interfixFollows(int i, int n) {
        int e = i;
        while (e < n && Character.isLetter(text.charAt(e))) {
            e++;
        }
        if (e >= n || text.charAt(e) != ' ' || e - i > 3 || !Character.isLowerCase(text.charAt(i))) {
            return false;
        }
        String w = text.substring(i, e);
        return w.equals("de") || w.equals("van") || w.equals("der") || w.equals("den") || w.equals("ter") || w.equals("ten")
                || w.equals("te") || w.equals("het") || w.equals("in") || w.equals("op") || w.equals("el") || w.equals("al");
    }

    private void addLine(int offset) {
        if (lines == lineStarts.length) {
            lineStarts = Arrays.copyOf(lineStarts, lines * 2);
        }
        lineStarts[lines++] = offset;
    }

    private void add(int s, int e, int k, int ln, boolean lineStart, Lexicon lexicon) {
        if (size == start.length) {
            int cap = size * 2;
            start = Arrays.copyOf(start, cap);
            end = Arrays.copyOf(end, cap);
            kind = Arrays.copyOf(kind, cap);
            shape = Arrays.copyOf(shape, cap);
            flags = Arrays.copyOf(flags, cap);
            line = Arrays.copyOf(line, cap);
        }
        start[size] = s;
        end[size] = e;
        kind[size] = k;
        line[size] = ln;
        int sh = lineStart ? LINE_START : 0;
        if (k == WORD) {
            char first = text.charAt(s);
            if (Character.isUpperCase(first)) {
                sh |= CAPITALISED;
                boolean all = e - s > 1;
                for (int j = s + 1; j < e && all; j++) {
                    char c = text.charAt(j);
                    if (Character.isLetter(c) && !Character.isUpperCase(c)) {
                        all = false;
                    }
                }
                if (all) {
                    sh |= ALL_CAPS;
                }
            } else if (Character.isLowerCase(first)) {
                sh |= LOWER;
            }
            flags[size] = lexicon.flags(text, s, e);
        }
        shape[size] = sh;
        size++;
    }

    public boolean is(int i, int kindWanted) {
        return i >= 0 && i < size && kind[i] == kindWanted;
    }

    public boolean isWord(int i) {
        return is(i, WORD);
    }

    public boolean isChar(int i, char c) {
        return i >= 0 && i < size && kind[i] == PUNCT && text.charAt(start[i]) == c;
    }

    public boolean has(int i, int flag) {
        return i >= 0 && i < size && (flags[i] & flag) != 0;
    }

    public boolean shape(int i, int bit) {
        return i >= 0 && i < size && (shape[i] & bit) != 0;
    }

    public int length(int i) {
        return end[i] - start[i];
    }

    /** True when token i equals the given lower-case word. */
    public boolean equalsWord(int i, String lower) {
        if (i < 0 || i >= size || end[i] - start[i] != lower.length()) {
            return false;
        }
        for (int j = 0; j < lower.length(); j++) {
            if (TermTable.fold(text.charAt(start[i] + j)) != lower.charAt(j)) {
                return false;
            }
        }
        return true;
    }

    public String str(int i) {
        return text.substring(start[i], end[i]);
    }

    /** True when nothing but spaces or tabs lies between tokens i and i+1 (same line, adjacent). */
    public boolean adjacent(int i, int j) {
        if (i < 0 || j >= size || line[i] != line[j]) {
            return false;
        }
        for (int p = end[i]; p < start[j]; p++) {
            char c = text.charAt(p);
            if (c != ' ' && c != '\t' && c != '\u00a0') {
                return false;
            }
        }
        return true;
    }

    /**
     * True when tokens i and j are {@link #adjacent}, or only spaces and one wrapped line break lie between them:
     * "Kerkstraat" at the end of a full line and "12" on the next are one address.
     */
    public boolean wrapAdjacent(int i, int j) {
        if (adjacent(i, j)) {
            return true;
        }
        if (soft == null || i < 0 || j >= size || line[j] - line[i] != 1) {
            return false;
        }
        for (int p = end[i]; p < start[j]; p++) {
            char c = text.charAt(p);
            if (c == '\n' ? !soft.get(p) : c != ' ' && c != '\t' && c != '\u00a0') {
                return false;
            }
        }
        return true;
    }

    /**
     * True when only spaces lie between tokens i and j, or one line break: a name wraps in running text
     * ("Mevrouw I. van den\nHeuvel"), but a blank line ends it.
     */
    public boolean nextTo(int i, int j) {
        if (i < 0 || j >= size || j != i + 1 || line[j] - line[i] > 1) {
            return false;
        }
        for (int p = end[i]; p < start[j]; p++) {
            char c = text.charAt(p);
            if (c != ' ' && c != '\t' && c != '\u00a0' && c != '\n' && c != '\r') {
                return false;
            }
        }
        return true;
    }

    /**
     * True when the two tokens touch, or only a wrapped line break lies between them: "20-" at the end of a full
     * line and "01-1943" on the next are one date.
     */
    public boolean touchingOverWrap(int i, int j) {
        if (touching(i, j)) {
            return true;
        }
        return soft != null && i >= 0 && j < size && start[j] - end[i] == 1 && soft.get(end[i]);
    }

    /** True when the two tokens touch without space ("I" and "."). */
    public boolean touching(int i, int j) {
        return i >= 0 && j < size && end[i] == start[j];
    }

    public int firstTokenOfLine(int ln) {
        int lo = 0;
        int hi = size;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (line[mid] < ln) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }

    /** Index after the last token of the line. */
    public int endTokenOfLine(int ln) {
        return firstTokenOfLine(ln + 1);
    }
}
