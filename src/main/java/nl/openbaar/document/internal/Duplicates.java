package nl.openbaar.document.internal;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import nl.openbaar.document.model.DuplicateReason;

/**
 * Finds duplicates among a request's documents.
 *
 * <ol>
 * <li>Exact: the same bytes (sha-256), then for e-mails the same normalised message.</li>
 * <li>Near: documents whose sampled shingles (see {@link Fingerprint}) overlap enough. Candidates come from an
 * inverted index over the samples, so the work grows with the number of documents, not its square; shingles
 * that occur in very many documents (disclaimers, letterheads) are not used to find candidates, only to score
 * them. A pair is a near-duplicate when its resemblance reaches the threshold, or the smaller is contained in
 * the larger to the containment threshold (a reply quoting the whole earlier mail).</li>
 * </ol>
 * The most complete document (most text; for exact copies the top-level, earliest one) is kept, the others point
 * to it; chains (A in B, B in C) point to the final keeper.
 */
public final class Duplicates {

    /** Documents with fewer sampled shingles than this are too short to call near-duplicates. */
    static final int MIN_SAMPLES = 6;

    private Duplicates() {
    }

    /** What was decided for one document. */
    public record Mark(long id, long keptId, DuplicateReason reason, double similarity) {
    }

    /**
     * @param resemblance minimal Jaccard resemblance of two texts (0–1) to call them near-duplicates
     * @param containment minimal share of the smaller text found in the larger (0–1) to call it contained
     */
    public record Thresholds(double resemblance, double containment) {

        public static Thresholds defaults() {
            return new Thresholds(0.8, 0.8);
        }
    }

    public static List<Mark> find(List<OrganiseRow> rows, Map<Long, Fingerprint.Sample> samples, Thresholds t) {
        Map<Long, Mark> marks = new LinkedHashMap<>();
        Comparator<OrganiseRow> exactKeeper = Comparator.comparing((OrganiseRow r) -> r.parentId() != null)
                .thenComparing(r -> !r.read()).thenComparing(OrganiseRow::id);
        exact(rows, OrganiseRow::sha256, exactKeeper, DuplicateReason.SAME_BYTES, marks);
        exact(rows.stream().filter(r -> r.email() && r.read() && !marks.containsKey(r.id())).toList(), OrganiseRow::messageHash,
                exactKeeper, DuplicateReason.SAME_MESSAGE, marks);

        // near duplicates among what is left
        List<OrganiseRow> left = rows.stream().filter(r -> r.read() && !marks.containsKey(r.id()))
                .filter(r -> samples.containsKey(r.id()) && samples.get(r.id()).size() >= MIN_SAMPLES).toList();
        int n = left.size();
        long[][] s = new long[n][];
        for (int i = 0; i < n; i++) {
            s[i] = samples.get(left.get(i).id()).hashes();
        }
        Postings postings = new Postings(s);
        int dfCap = Math.max(20, (int) Math.sqrt(n));
        int[] shared = new int[n];
        int[] touched = new int[n];
        Map<Long, Mark> near = new HashMap<>();
        for (int a = 0; a < n; a++) {
            int touchedCount = 0;
            for (long h : s[a]) {
                int from = postings.first(h);
                int to = postings.end(from, h);
                if (to - from > dfCap) {
                    continue;
                }
                for (int p = from; p < to; p++) {
                    int b = postings.doc(p);
                    if (b != a && shared[b]++ == 0) {
                        touched[touchedCount++] = b;
                    }
                }
            }
            Mark best = null;
            for (int k = 0; k < touchedCount; k++) {
                int b = touched[k];
                shared[b] = 0;
                if (!moreComplete(left.get(b), s[b].length, left.get(a), s[a].length)) {
                    continue; // only the smaller of a pair is marked; the pair is seen again from its side
                }
                int ov = Fingerprint.overlap(s[a], s[b]);
                double jaccard = ov / (double) (s[a].length + s[b].length - ov);
                double contained = ov / (double) s[a].length;
                Mark m = null;
                if (jaccard >= t.resemblance()) {
                    m = new Mark(left.get(a).id(), left.get(b).id(), DuplicateReason.NEAR, round(jaccard));
                } else if (contained >= t.containment()) {
                    m = new Mark(left.get(a).id(), left.get(b).id(), DuplicateReason.CONTAINED, round(contained));
                }
                if (m != null && (best == null || m.similarity() > best.similarity())) {
                    best = m;
                }
            }
            if (best != null) {
                near.put(best.id(), best);
            }
        }
        // follow chains to the final keeper
        for (Mark m : near.values()) {
            long keeper = m.keptId();
            for (int hops = 0; near.containsKey(keeper) && hops < 1000; hops++) {
                keeper = near.get(keeper).keptId();
            }
            marks.put(m.id(), new Mark(m.id(), keeper, m.reason(), m.similarity()));
        }
        // exact copies of a near-duplicate follow their original to its keeper
        for (Mark m : new ArrayList<>(marks.values())) {
            if (m.reason().exact() && near.containsKey(m.keptId())) {
                marks.put(m.id(), new Mark(m.id(), marks.get(m.keptId()).keptId(), m.reason(), m.similarity()));
            }
        }
        return new ArrayList<>(marks.values());
    }

    private static <K> void exact(List<OrganiseRow> rows, java.util.function.Function<OrganiseRow, K> key,
            Comparator<OrganiseRow> keeper, DuplicateReason reason, Map<Long, Mark> marks) {
        Map<K, List<OrganiseRow>> groups = new HashMap<>();
        for (OrganiseRow r : rows) {
            K k = key.apply(r);
            if (k != null) {
                groups.computeIfAbsent(k, x -> new ArrayList<>()).add(r);
            }
        }
        for (List<OrganiseRow> g : groups.values()) {
            if (g.size() < 2) {
                continue;
            }
            OrganiseRow kept = g.stream().min(keeper).orElseThrow();
            for (OrganiseRow r : g) {
                if (r != kept) {
                    marks.put(r.id(), new Mark(r.id(), kept.id(), reason, 1.0));
                }
            }
        }
    }

    /** b is the one to keep over a: more text, or as much and collected earlier. */
    private static boolean moreComplete(OrganiseRow b, int bSize, OrganiseRow a, int aSize) {
        if (bSize != aSize) {
            return bSize > aSize;
        }
        if (b.textLength() != a.textLength()) {
            return b.textLength() > a.textLength();
        }
        return b.id() < a.id();
    }

    /**
     * Every (shingle, document) pair packed in one sorted long: the shingle's top 42 bits, then the document's
     * index in 22 bits. Finding a shingle's documents is a binary search; memory is 8 bytes a pair.
     */
    static final class Postings {
        private static final int DOC_BITS = 22;
        private static final long DOC_MASK = (1L << DOC_BITS) - 1;
        private final long[] packed;

        Postings(long[][] samples) {
            if (samples.length > DOC_MASK) {
                throw new IllegalArgumentException("too many documents for one duplicate run: " + samples.length);
            }
            int total = 0;
            for (long[] d : samples) {
                total += d.length;
            }
            packed = new long[total];
            int k = 0;
            for (int i = 0; i < samples.length; i++) {
                for (long h : samples[i]) {
                    packed[k++] = key(h) | i;
                }
            }
            java.util.Arrays.sort(packed);
        }

        private static long key(long hash) {
            return (hash >>> DOC_BITS) << DOC_BITS;
        }

        /** The first position of the shingle's pairs (or where they would be). */
        int first(long hash) {
            long k = key(hash);
            int lo = 0;
            int hi = packed.length;
            while (lo < hi) {
                int mid = (lo + hi) >>> 1;
                if (packed[mid] < k) {
                    lo = mid + 1;
                } else {
                    hi = mid;
                }
            }
            return lo;
        }

        int end(int from, long hash) {
            long k = key(hash);
            int to = from;
            while (to < packed.length && (packed[to] & ~DOC_MASK) == k) {
                to++;
            }
            return to;
        }

        int doc(int position) {
            return (int) (packed[position] & DOC_MASK);
        }
    }

    private static double round(double d) {
        return Math.round(d * 1000) / 1000.0;
    }
}
