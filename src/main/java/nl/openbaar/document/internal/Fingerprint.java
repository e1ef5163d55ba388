package nl.openbaar.document.internal;

import java.nio.ByteBuffer;
import java.text.Normalizer;
import java.util.Arrays;
import java.util.Locale;

/**
 * A document's text reduced to a sample of its word 3-shingles, for near-duplicate and containment detection.
 *
 * <p>The sample is <em>content-defined</em>: a shingle is kept when its 64-bit hash falls in a fixed fraction of
 * the hash space, whichever document it is in. So if document A is wholly contained in B (a quoted reply, a
 * draft inside the final version), A's sample is a subset of B's sample, and the overlap of two samples
 * estimates both resemblance (Jaccard) and containment without storing whole texts. Storage is about one byte
 * per word; comparing is a merge of two sorted arrays.
 */
public final class Fingerprint {

    /** One shingle in {@value} is kept. */
    static final int RATE = 4;
    private static final int SHINGLE = 3;
    private static final int MAX_SAMPLES = 50_000;

    private Fingerprint() {
    }

    /** The sampled shingle hashes, sorted and distinct, and the number of distinct shingles they came from. */
    public record Sample(long[] hashes, int shingles) {

        public byte[] toBytes() {
            ByteBuffer b = ByteBuffer.allocate(hashes.length * 8);
            for (long h : hashes) {
                b.putLong(h);
            }
            return b.array();
        }

        public static Sample fromBytes(byte[] bytes, int shingles) {
            ByteBuffer b = ByteBuffer.wrap(bytes);
            long[] h = new long[bytes.length / 8];
            for (int i = 0; i < h.length; i++) {
                h[i] = b.getLong();
            }
            return new Sample(h, shingles);
        }

        public int size() {
            return hashes.length;
        }
    }

    public static Sample of(CharSequence text) {
        String[] words = words(text);
        if (words.length < SHINGLE) {
            return new Sample(new long[0], 0);
        }
        long[] all = new long[words.length - SHINGLE + 1];
        long[] wordHashes = new long[words.length];
        for (int i = 0; i < words.length; i++) {
            wordHashes[i] = hash(words[i]);
        }
        for (int i = 0; i + SHINGLE <= words.length; i++) {
            long h = 0x9E3779B97F4A7C15L;
            for (int k = 0; k < SHINGLE; k++) {
                h = mix(h ^ wordHashes[i + k]) * 31 + k;
            }
            all[i] = mix(h);
        }
        Arrays.sort(all);
        int distinct = 0;
        int kept = 0;
        long[] sample = new long[Math.min(all.length, MAX_SAMPLES)];
        for (int i = 0; i < all.length; i++) {
            if (i > 0 && all[i] == all[i - 1]) {
                continue;
            }
            distinct++;
            if (Long.remainderUnsigned(all[i], RATE) == 0 && kept < sample.length) {
                sample[kept++] = all[i];
            }
        }
        return new Sample(Arrays.copyOf(sample, kept), distinct);
    }

    /** Shared sampled shingles of two sorted samples. */
    public static int overlap(long[] a, long[] b) {
        int i = 0;
        int j = 0;
        int n = 0;
        while (i < a.length && j < b.length) {
            if (a[i] == b[j]) {
                n++;
                i++;
                j++;
            } else if (a[i] < b[j]) {
                i++;
            } else {
                j++;
            }
        }
        return n;
    }

    /** Lower case, accents folded, split on everything that is not a letter or digit. */
    static String[] words(CharSequence text) {
        String folded = Normalizer.normalize(text, Normalizer.Form.NFD).replaceAll("\\p{M}+", "").toLowerCase(Locale.ROOT);
        return Arrays.stream(folded.split("[^\\p{L}\\p{N}]+")).filter(w -> !w.isEmpty()).toArray(String[]::new);
    }

    private static long hash(String s) {
        long h = 0xcbf29ce484222325L;
        for (int i = 0; i < s.length(); i++) {
            h ^= s.charAt(i);
            h *= 0x100000001b3L;
        }
        return mix(h);
    }

    /** SplitMix64's finaliser: spreads every input bit over the whole word. */
    static long mix(long z) {
        z = (z ^ (z >>> 30)) * 0xbf58476d1ce4e5b9L;
        z = (z ^ (z >>> 27)) * 0x94d049bb133111ebL;
        return z ^ (z >>> 31);
    }
}
