package nl.openbaar.detection.internal;

/**
 * The name tagger's features for one page, shared by training and tagging so both see exactly the same thing.
 * Per-token values (word, shape, affixes, lexicon membership) are hashed once per page into primitive arrays;
 * a token's features are then 64-bit hashes of (template, value) pairs, written into a caller's array: no
 * strings and no objects per token. Labels are O, B (first word of a person's name) and I (inside it).
 */
final class TaggerFeatures {

    static final int O = 0;
    static final int B = 1;
    static final int I = 2;
    static final int LABELS = 3;
    /** Upper bound on features per token (the templates below). */
    static final int MAX = 128;

    // lexicon bits, compacted from Lexicon's flags
    private static final int[] LEX_FLAGS = {Lexicon.FIRST, Lexicon.SURNAME, Lexicon.COMMON, Lexicon.INTERFIX, Lexicon.TITLE,
        Lexicon.OFFICE, Lexicon.ORGANISATION, Lexicon.MONTH, Lexicon.NOT_A_NAME, Lexicon.HEADER, Lexicon.GREETING,
        Lexicon.JOB, Lexicon.PARTY, Lexicon.LIST_LABEL, Lexicon.NAME_SUFFIX, Lexicon.FIRST_ABBREVIATION,
        Lexicon.SURNAME_INTERFIX};
    /** The bits a neighbour contributes (the first nine above). */
    private static final int NEIGHBOUR_BITS = 11;

    private final Tokens t;
    private final String text;
    final long[] word;
    private final long[] shape;
    final int[] lex;
    /** Bit 0: sentence start (first on its line or after . ! ? :), bit 1: last token on its line. */
    private final int[] position;
    private final int[] lineFirst;

    TaggerFeatures(Tokens tokens) {
        this.t = tokens;
        this.text = tokens.text;
        int n = tokens.size;
        word = new long[n];
        shape = new long[n];
        lex = new int[n];
        position = new int[n];
        lineFirst = new int[n];
        for (int i = 0; i < n; i++) {
            int s = tokens.start[i];
            int e = tokens.end[i];
            if (tokens.kind[i] == Tokens.NUMBER) {
                word[i] = 0x5bd1e995L * (Math.min(e - s, 6) + 1);
            } else {
                long h = 0xcbf29ce484222325L;
                for (int k = s; k < e; k++) {
                    h = (h ^ TermTable.fold(text.charAt(k))) * 0x100000001b3L;
                }
                word[i] = h;
            }
            shape[i] = shape(s, e);
            int f = tokens.flags[i];
            int c = 0;
            for (int b = 0; b < LEX_FLAGS.length; b++) {
                if ((f & LEX_FLAGS[b]) != 0) {
                    c |= 1 << b;
                }
            }
            lex[i] = c;
            boolean first = i == 0 || tokens.line[i - 1] != tokens.line[i] || endsSentence(i - 1);
            boolean last = i == n - 1 || tokens.line[i + 1] != tokens.line[i];
            position[i] = (first ? 1 : 0) | (last ? 2 : 0);
            lineFirst[i] = i > 0 && tokens.line[i - 1] == tokens.line[i] ? lineFirst[i - 1] : i;
        }
    }

    private boolean endsSentence(int j) {
        if (t.kind[j] != Tokens.PUNCT) {
            return false;
        }
        char c = text.charAt(t.start[j]);
        return c == '.' && !(j > 0 && t.kind[j - 1] == Tokens.WORD && t.end[j - 1] - t.start[j - 1] <= 2
                && Character.isUpperCase(text.charAt(t.start[j - 1]))) || c == '!' || c == '?' || c == ':';
    }

    private long prefix(int s, int e, int n) {
        long h = 0xcbf29ce484222325L;
        for (int k = s, end = Math.min(e, s + n); k < end; k++) {
            h = (h ^ TermTable.fold(text.charAt(k))) * 0x100000001b3L;
        }
        return h;
    }

    private long affix(int s, int e, int n) {
        long h = 0x84222325cbf29ce4L + n;
        for (int k = Math.max(s, e - n); k < e; k++) {
            h = (h ^ TermTable.fold(text.charAt(k))) * 0x100000001b3L;
        }
        return h;
    }

    /** Character classes (X upper, x lower, d digit, the character itself otherwise), first two kept, runs folded. */
    private long shape(int s, int e) {
        long h = 17;
        char prev = 0;
        int written = 0;
        for (int k = s; k < e && written < 8; k++) {
            char c = text.charAt(k);
            char cls = Character.isUpperCase(c) ? 'X' : Character.isLetter(c) ? 'x' : Character.isDigit(c) ? 'd' : c;
            if (k - s >= 2 && cls == prev) {
                continue;
            }
            h = h * 31 + cls;
            prev = cls;
            written++;
        }
        return h * 31 + Math.min(e - s, 4);
    }

    boolean candidate(int i, int prevLabel) {
        int k = t.kind[i];
        if (prevLabel != O) {
            return k == Tokens.WORD || k == Tokens.PUNCT && ".-(),'\u2019".indexOf(text.charAt(t.start[i])) >= 0;
        }
        return k == Tokens.WORD && ((t.shape[i] & Tokens.CAPITALISED) != 0 || (t.flags[i] & Lexicon.INTERFIX) != 0);
    }

    private static long mix(long x) {
        x ^= x >>> 33;
        x *= 0xff51afd7ed558ccdL;
        x ^= x >>> 33;
        x *= 0xc4ceb9fe1a85ec53L;
        x ^= x >>> 33;
        return x;
    }

    private static long f(int template, long value) {
        return mix(value * 0x9E3779B97F4A7C15L + template);
    }

    private static long f(int template, long a, long b) {
        return mix(mix(a * 0x9E3779B97F4A7C15L + template) + b);
    }

    private long wordAt(int j) {
        return j < 0 ? 1 : j >= t.size ? 2 : word[j];
    }

    private long shapeAt(int j) {
        return j < 0 ? 1 : j >= t.size ? 2 : shape[j];
    }

    /** Writes token i's feature hashes into out; returns how many. */
    int features(int i, int prev1, int prev2, long[] out) {
        int n = 0;
        int cap = (t.shape[i] & Tokens.CAPITALISED) != 0 ? 1 : 0;
        int caps = (t.shape[i] & Tokens.ALL_CAPS) != 0 ? 1 : 0;
        int pos = position[i];
        int l = lex[i];
        out[n++] = f(1, 0);
        out[n++] = f(2, word[i]);
        out[n++] = f(3, shape[i]);
        // affixes only for the tokens scored (a minority), not for every token of the page
        int s = t.start[i];
        int e = t.end[i];
        if (t.kind[i] == Tokens.NUMBER) {
            out[n++] = f(4, word[i]);
        } else {
            out[n++] = f(4, prefix(s, e, 3));
            out[n++] = f(5, affix(s, e, 2));
            out[n++] = f(6, affix(s, e, 3));
            out[n++] = f(7, affix(s, e, 4));
        }
        for (int b = 0; b < LEX_FLAGS.length; b++) {
            if ((l & (1 << b)) != 0) {
                out[n++] = f(8, b * 4 + cap * 2 + (pos & 1));
            }
        }
        int core = (l & 7) | cap << 3 | caps << 4 | (pos & 1) << 5;
        out[n++] = f(9, core);
        out[n++] = f(10, pos + 4 * cap);
        out[n++] = f(11, Math.min(t.end[i] - t.start[i], 10) * 2 + cap);
        // an initial: one capital touching a full stop ("D." in "D.J. Smit")
        boolean initial = t.end[i] - t.start[i] <= 2 && cap == 1 && t.isChar(i + 1, '.') && t.touching(i, i + 1);
        out[n++] = f(12, initial ? 1 : 0);
        out[n++] = f(13, wordAt(i - 1));
        out[n++] = f(14, wordAt(i - 2));
        out[n++] = f(15, wordAt(i + 1));
        out[n++] = f(16, wordAt(i + 2));
        out[n++] = f(17, wordAt(i - 1), word[i]);
        out[n++] = f(18, word[i], wordAt(i + 1));
        out[n++] = f(19, shapeAt(i - 1));
        out[n++] = f(20, shapeAt(i + 1));
        out[n++] = f(21, shapeAt(i - 1), shape[i]);
        out[n++] = f(22, shape[i], shapeAt(i + 1));
        n = neighbour(i - 1, 23, out, n);
        n = neighbour(i + 1, 24, out, n);
        n = neighbour(i - 2, 25, out, n);
        n = neighbour(i + 2, 26, out, n);
        out[n++] = f(27, prev1);
        out[n++] = f(28, prev1 * 3 + prev2);
        out[n++] = f(29, prev1, word[i]);
        out[n++] = f(30, prev1, shape[i]);
        out[n++] = f(31, prev1, core);
        out[n++] = f(32, prev1, wordAt(i - 1));
        boolean lineBreakBefore = i > 0 && t.line[i - 1] != t.line[i];
        out[n++] = f(33, (lineBreakBefore ? 1 : 0) + 2 * prev1);
        // the line's first word ("Van", "Aan", "Aanwezig") tells the genre of the line
        out[n++] = f(34, lineFirst[i] == i ? 0 : word[lineFirst[i]]);
        return n;
    }

    private int neighbour(int j, int template, long[] out, int n) {
        if (j < 0 || j >= t.size) {
            out[n++] = f(template, 99);
            return n;
        }
        int l = lex[j];
        int cap = (t.shape[j] & Tokens.CAPITALISED) != 0 ? 1 : 0;
        for (int b = 0; b < NEIGHBOUR_BITS; b++) {
            if ((l & (1 << b)) != 0) {
                out[n++] = f(template, b * 2 + cap);
            }
        }
        return n;
    }
}
