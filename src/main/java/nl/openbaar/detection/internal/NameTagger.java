package nl.openbaar.detection.internal;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;

/**
 * The statistical name tagger: an averaged perceptron over hashed token features ({@link TaggerFeatures}),
 * decoded greedily left to right with the two previous labels as features (BIO, person names only). Only
 * tokens that can be part of a name are scored (capitalised words, interfixes, and whatever follows a name
 * word); the rest is O without a look-up, which keeps the tagger cheap beside the rules. Immutable once
 * built, so one instance serves all threads.
 *
 * <p>The model file is gzip of: magic, version, hash bits, softmax temperature, then the non-zero weights as
 * (index delta, value) pairs. The shipped model is {@value #RESOURCE}, built by {@code openbaar train ner}.
 */
public final class NameTagger {

    public static final String RESOURCE = "/nl/openbaar/detection/ner/name-tagger.bin.gz";
    private static final int MAGIC = 0x4f424e52; // "OBNR"
    private static final int VERSION = 1;

    /** A name found: tokens [fromToken, toToken), characters [start, end), and the tagger's confidence (0–1). */
    public record Tagged(int fromToken, int toToken, int start, int end, double confidence) {
    }

    final int bits;
    final float[] weights;
    final double temperature;

    NameTagger(int bits, float[] weights, double temperature) {
        this.bits = bits;
        this.weights = weights;
        this.temperature = temperature;
    }

    /** The model shipped inside the jar, loaded once; null when the jar carries none. */
    public static NameTagger standard() {
        return Holder.STANDARD;
    }

    private static final class Holder {
        static final NameTagger STANDARD = load();

        private static NameTagger load() {
            try (InputStream in = NameTagger.class.getResourceAsStream(RESOURCE)) {
                return in == null ? null : read(in);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    public static NameTagger read(InputStream raw) throws IOException {
        DataInputStream in = new DataInputStream(new BufferedInputStream(new GZIPInputStream(raw, 1 << 16), 1 << 16));
        if (in.readInt() != MAGIC || in.readInt() != VERSION) {
            throw new IOException("geen naammodel van Openbaar (versie " + VERSION + ")");
        }
        int bits = in.readInt();
        if (bits < 10 || bits > 24) {
            throw new IOException("naammodel beschadigd: " + bits + " bits");
        }
        double temperature = in.readDouble();
        int count = in.readInt();
        float[] w = new float[(1 << bits) * TaggerFeatures.LABELS];
        int index = -1;
        for (int k = 0; k < count; k++) {
            index += readVarint(in);
            if (index < 0 || index >= w.length) {
                throw new IOException("naammodel beschadigd: index " + index);
            }
            w[index] = in.readFloat();
        }
        return new NameTagger(bits, w, temperature);
    }

    /** Writes the model; returns the number of non-zero weights. */
    public int write(OutputStream raw) throws IOException {
        GZIPOutputStream gz = new GZIPOutputStream(raw, 1 << 16) {
            {
                def.setLevel(java.util.zip.Deflater.BEST_COMPRESSION);
            }
        };
        DataOutputStream out = new DataOutputStream(new BufferedOutputStream(gz, 1 << 16));
        out.writeInt(MAGIC);
        out.writeInt(VERSION);
        out.writeInt(bits);
        out.writeDouble(temperature);
        int count = 0;
        for (float v : weights) {
            if (v != 0) {
                count++;
            }
        }
        out.writeInt(count);
        int last = -1;
        for (int i = 0; i < weights.length; i++) {
            if (weights[i] != 0) {
                writeVarint(out, i - last);
                out.writeFloat(weights[i]);
                last = i;
            }
        }
        out.flush();
        gz.finish();
        return count;
    }

    private static void writeVarint(DataOutputStream out, int v) throws IOException {
        while ((v & ~0x7f) != 0) {
            out.writeByte((v & 0x7f) | 0x80);
            v >>>= 7;
        }
        out.writeByte(v);
    }

    private static int readVarint(DataInputStream in) throws IOException {
        int v = 0;
        for (int shift = 0; shift < 32; shift += 7) {
            int b = in.readUnsignedByte();
            v |= (b & 0x7f) << shift;
            if ((b & 0x80) == 0) {
                return v;
            }
        }
        throw new IOException("naammodel beschadigd: varint");
    }

    void score(long[] features, int n, double[] scores) {
        double s0 = 0;
        double s1 = 0;
        double s2 = 0;
        int shift = 64 - bits;
        for (int k = 0; k < n; k++) {
            int base = (int) (features[k] >>> shift) * TaggerFeatures.LABELS;
            s0 += weights[base];
            s1 += weights[base + 1];
            s2 += weights[base + 2];
        }
        scores[0] = s0;
        scores[1] = s1;
        scores[2] = s2;
    }

    /** Person names on a page's tokens. */
    public List<Tagged> tag(Tokens tokens) {
        if (tokens.size == 0) {
            return List.of();
        }
        TaggerFeatures fx = new TaggerFeatures(tokens);
        int[] labels = new int[tokens.size];
        double[] prob = new double[tokens.size];
        decode(fx, tokens, labels, prob);
        return spans(tokens, labels, prob);
    }

    /** Greedy decoding; prob[i] is the softmax probability of the chosen label (1 for unscored tokens). */
    void decode(TaggerFeatures fx, Tokens tokens, int[] labels, double[] prob) {
        long[] feats = new long[TaggerFeatures.MAX];
        double[] scores = new double[TaggerFeatures.LABELS];
        int p1 = TaggerFeatures.O;
        int p2 = TaggerFeatures.O;
        for (int i = 0; i < tokens.size; i++) {
            int label = TaggerFeatures.O;
            double p = 1;
            if (fx.candidate(i, p1)) {
                int n = fx.features(i, p1, p2, feats);
                score(feats, n, scores);
                label = best(scores, p1);
                p = probability(scores, label, p1);
            }
            labels[i] = label;
            prob[i] = p;
            p2 = p1;
            p1 = label;
        }
    }

    /** The best label; I only after B or I. */
    static int best(double[] s, int prev) {
        int label = s[1] > s[0] ? 1 : 0;
        if (prev != TaggerFeatures.O && s[2] > s[label]) {
            label = 2;
        }
        return label;
    }

    private double probability(double[] s, int label, int prev) {
        double max = Math.max(s[0], Math.max(s[1], prev != TaggerFeatures.O ? s[2] : Double.NEGATIVE_INFINITY));
        double sum = 0;
        for (int k = 0; k < 3; k++) {
            if (k == 2 && prev == TaggerFeatures.O) {
                continue;
            }
            sum += Math.exp((s[k] - max) / temperature);
        }
        return Math.exp((s[label] - max) / temperature) / sum;
    }

    /** Labelled tokens as spans, without punctuation at the edges (a full stop after an initial stays). */
    static List<Tagged> spans(Tokens t, int[] labels, double[] prob) {
        List<Tagged> out = new ArrayList<>();
        int i = 0;
        while (i < t.size) {
            if (labels[i] == TaggerFeatures.O) {
                i++;
                continue;
            }
            int from = i;
            int to = i + 1;
            while (to < t.size && labels[to] == TaggerFeatures.I) {
                to++;
            }
            i = to;
            while (from < to && t.kind[from] != Tokens.WORD) {
                from++;
            }
            // no punctuation at the edges, and no lower-case word at the end ("Z. M. tot", "Faber van Asiel"); only
            // a display name may end in its interfix ("Heuvel, Ingrid van den")
            while (to > from && (t.kind[to - 1] != Tokens.WORD && !(t.isChar(to - 1, '.') && isInitial(t, to - 2))
                    || t.kind[to - 1] == Tokens.WORD && (t.shape[to - 1] & Tokens.LOWER) != 0
                            && ((t.flags[to - 1] & Lexicon.INTERFIX) == 0 || !hasComma(t, from, to))
                    || to - 1 > from && isPossessive(t, to - 1))) {
                to--;
            }
            if (to <= from || !hasNameWord(t, from, to)) {
                continue; // initials alone ("A. V.", "Z. M.") are abbreviations more often than names
            }
            double conf = 1;
            for (int k = from; k < to; k++) {
                conf = Math.min(conf, prob[k]);
            }
            out.add(new Tagged(from, to, t.start[from], t.end[to - 1], conf));
        }
        return out;
    }

    /** "'s" written apart after a name ("Rutte 's"): the possessive is not part of the name. */
    private static boolean isPossessive(Tokens t, int j) {
        char c = t.text.charAt(t.start[j]);
        return (c == '\'' || c == '\u2019') && t.end[j] - t.start[j] == 2 && t.text.charAt(t.start[j] + 1) == 's';
    }

    private static boolean hasComma(Tokens t, int from, int to) {
        for (int k = from; k < to; k++) {
            if (t.isChar(k, ',')) {
                return true;
            }
        }
        return false;
    }

    /** True when a word of the span is more than an initial. */
    static boolean hasNameWord(Tokens t, int from, int to) {
        for (int k = from; k < to; k++) {
            if (t.kind[k] == Tokens.WORD && (t.flags[k] & Lexicon.INTERFIX) == 0 && !isInitial(t, k)
                    && t.end[k] - t.start[k] >= 2) {
                return true;
            }
        }
        return false;
    }

    /** "D" of "D.", "Th" of "Th.": a capitalised word of one or two letters, or a listed abbreviation ("Joh"). */
    static boolean isInitial(Tokens t, int j) {
        return j >= 0 && t.kind[j] == Tokens.WORD && (t.shape[j] & Tokens.CAPITALISED) != 0
                && (t.end[j] - t.start[j] <= 2 || (t.flags[j] & Lexicon.FIRST_ABBREVIATION) != 0) && t.touching(j, j + 1);
    }
}
