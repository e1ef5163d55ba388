package nl.openbaar.detection.internal;

/**
 * An open-addressing hash table from a word (case-folded) to a set of flags, keyed by a 64-bit hash of the
 * word's characters. Lookups hash a slice of the page text in place: no substring, no boxing, no allocation,
 * which is what lets detection look up every token of thousands of pages per second. With ~470,000 words the
 * chance that two 64-bit hashes collide is about 10^-8; a collision would at worst merge two words' flags.
 */
public final class TermTable {

    private static final long EMPTY = 0L;

    private long[] keys;
    private int[] values;
    private int size;
    private int mask;

    public TermTable(int expected) {
        int capacity = Integer.highestOneBit(Math.max(16, expected * 2 - 1)) << 1;
        keys = new long[capacity];
        values = new int[capacity];
        mask = capacity - 1;
    }

    /** The case-folded hash of text[start, end): the same for "Heuvel", "heuvel" and "HEUVEL". */
    public static long hash(CharSequence text, int start, int end) {
        long h = 0xcbf29ce484222325L;
        for (int i = start; i < end; i++) {
            char c = fold(text.charAt(i));
            h ^= c;
            h *= 0x100000001b3L;
        }
        h ^= h >>> 33;
        h *= 0xff51afd7ed558ccdL;
        h ^= h >>> 33;
        h *= 0xc4ceb9fe1a85ec53L;
        h ^= h >>> 33;
        return h == EMPTY ? 1 : h;
    }

    public static long hash(CharSequence text) {
        return hash(text, 0, text.length());
    }

    /** Lower case, and the typographic apostrophe as the plain one ("in ’t Veld"). */
    static char fold(char c) {
        if (c < 128) {
            return c >= 'A' && c <= 'Z' ? (char) (c + 32) : c;
        }
        if (c == '\u2019' || c == '\u2018') {
            return '\'';
        }
        return Character.toLowerCase(c);
    }

    /** Adds flags to the word's entry. */
    public void add(CharSequence word, int flags) {
        addHash(hash(word), flags);
    }

    public void addHash(long h, int flags) {
        if ((size + 1) * 2 > keys.length) {
            grow();
        }
        int i = (int) h & mask;
        while (keys[i] != EMPTY && keys[i] != h) {
            i = (i + 1) & mask;
        }
        if (keys[i] == EMPTY) {
            keys[i] = h;
            size++;
        }
        values[i] |= flags;
    }

    public int get(CharSequence text, int start, int end) {
        return getHash(hash(text, start, end));
    }

    public int get(CharSequence word) {
        return getHash(hash(word));
    }

    public int getHash(long h) {
        int i = (int) h & mask;
        while (true) {
            long k = keys[i];
            if (k == h) {
                return values[i];
            }
            if (k == EMPTY) {
                return 0;
            }
            i = (i + 1) & mask;
        }
    }

    public int size() {
        return size;
    }

    /** An independent copy (the case register adds to a copy while scans read the original). */
    public TermTable copy() {
        TermTable t = new TermTable(16);
        t.keys = keys.clone();
        t.values = values.clone();
        t.size = size;
        t.mask = mask;
        return t;
    }

    private void grow() {
        long[] oldKeys = keys;
        int[] oldValues = values;
        keys = new long[oldKeys.length * 2];
        values = new int[oldKeys.length * 2];
        mask = keys.length - 1;
        size = 0;
        for (int i = 0; i < oldKeys.length; i++) {
            if (oldKeys[i] != EMPTY) {
                addHash(oldKeys[i], oldValues[i]);
            }
        }
    }
}
