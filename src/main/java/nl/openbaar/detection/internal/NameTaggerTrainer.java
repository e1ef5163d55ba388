package nl.openbaar.detection.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * Trains the {@link NameTagger}: averaged perceptron (Collins 2002) with the lazy-averaging trick, greedy
 * decoding on the model's own previous labels (as at tagging time), examples shuffled each epoch with a fixed
 * seed so a run is reproducible. Afterwards the softmax temperature is fitted on held-out examples, so the
 * confidence the tagger reports is a fair probability rather than a raw score.
 */
public final class NameTaggerTrainer {

    /** A text and the character spans of the person names in it. */
    public record Example(String text, List<int[]> names) {
    }

    /**
     * @param tokens      tokens seen per epoch
     * @param names       gold names
     * @param unreachable gold names the tagger cannot produce (starting on a token it never scores)
     */
    public record Result(NameTagger tagger, int examples, int tokens, int names, int unreachable, double temperature) {
    }

    private final Lexicon lexicon;
    private final int bits;

    public NameTaggerTrainer(Lexicon lexicon, int bits) {
        this.lexicon = lexicon;
        this.bits = bits;
    }

    private record Prepared(Tokens tokens, TaggerFeatures fx, int[] gold) {
    }

    public Result train(List<Example> examples, List<Example> calibration, int epochs, long seed) {
        List<Prepared> data = new ArrayList<>(examples.size());
        int tokens = 0;
        int names = 0;
        int unreachable = 0;
        for (Example e : examples) {
            Prepared p = prepare(e);
            data.add(p);
            tokens += p.tokens.size;
            for (int i = 0; i < p.tokens.size; i++) {
                if (p.gold[i] == TaggerFeatures.B) {
                    names++;
                    if (!p.fx.candidate(i, TaggerFeatures.O)) {
                        unreachable++;
                    }
                }
            }
        }
        int size = (1 << bits) * TaggerFeatures.LABELS;
        float[] w = new float[size];
        double[] acc = new double[size];
        int[] stamp = new int[size];
        int c = 1;
        Random random = new Random(seed);
        long[] feats = new long[TaggerFeatures.MAX];
        double[] scores = new double[TaggerFeatures.LABELS];
        int shift = 64 - bits;
        NameTagger scorer = new NameTagger(bits, w, 1);
        for (int epoch = 0; epoch < epochs; epoch++) {
            java.util.Collections.shuffle(data, random);
            for (Prepared p : data) {
                int p1 = TaggerFeatures.O;
                int p2 = TaggerFeatures.O;
                for (int i = 0; i < p.tokens.size; i++) {
                    int guess = TaggerFeatures.O;
                    if (p.fx.candidate(i, p1)) {
                        int n = p.fx.features(i, p1, p2, feats);
                        scorer.score(feats, n, scores);
                        guess = NameTagger.best(scores, p1);
                        int target = p.gold[i];
                        if (target == TaggerFeatures.I && p1 == TaggerFeatures.O) {
                            target = TaggerFeatures.B; // the model missed the start: this token starts the name now
                        }
                        if (guess != target) {
                            for (int k = 0; k < n; k++) {
                                int base = (int) (feats[k] >>> shift) * TaggerFeatures.LABELS;
                                update(w, acc, stamp, base + target, c, 1);
                                update(w, acc, stamp, base + guess, c, -1);
                            }
                        }
                        c++;
                    }
                    p2 = p1;
                    p1 = guess;
                }
            }
        }
        float[] avg = new float[size];
        for (int k = 0; k < size; k++) {
            if (w[k] != 0 || acc[k] != 0) {
                double total = acc[k] + (double) (c - stamp[k]) * w[k];
                float v = (float) (total / c);
                avg[k] = Math.abs(v) < 1e-4f ? 0 : v;
            }
        }
        double temperature = calibrate(new NameTagger(bits, avg, 1), calibration);
        return new Result(new NameTagger(bits, avg, temperature), examples.size(), tokens, names, unreachable, temperature);
    }

    private static void update(float[] w, double[] acc, int[] stamp, int k, int c, int delta) {
        acc[k] += (double) (c - stamp[k]) * w[k];
        stamp[k] = c;
        w[k] += delta;
    }

    /** The temperature that minimises the log loss of the chosen labels' softmax on held-out examples. */
    private double calibrate(NameTagger model, List<Example> calibration) {
        List<double[]> rows = new ArrayList<>(); // s0, s1, s2, gold, prev
        long[] feats = new long[TaggerFeatures.MAX];
        for (Example e : calibration) {
            Prepared p = prepare(e);
            int p1 = TaggerFeatures.O;
            int p2 = TaggerFeatures.O;
            for (int i = 0; i < p.tokens.size; i++) {
                int guess = TaggerFeatures.O;
                if (p.fx.candidate(i, p1)) {
                    double[] s = new double[3];
                    model.score(feats, p.fx.features(i, p1, p2, feats), s);
                    guess = NameTagger.best(s, p1);
                    int target = p.gold[i] == TaggerFeatures.I && p1 == TaggerFeatures.O ? TaggerFeatures.B : p.gold[i];
                    rows.add(new double[] {s[0], s[1], s[2], target, p1});
                }
                p2 = p1;
                p1 = guess;
            }
        }
        if (rows.isEmpty()) {
            return 1;
        }
        double bestT = 1;
        double bestLoss = Double.MAX_VALUE;
        for (double t = 0.02; t < 50; t *= 1.15) {
            double loss = 0;
            for (double[] r : rows) {
                boolean iAllowed = r[4] != TaggerFeatures.O;
                double max = Math.max(r[0], Math.max(r[1], iAllowed ? r[2] : Double.NEGATIVE_INFINITY));
                double sum = Math.exp((r[0] - max) / t) + Math.exp((r[1] - max) / t) + (iAllowed ? Math.exp((r[2] - max) / t) : 0);
                int g = (int) r[3];
                loss -= (r[g] - max) / t - Math.log(sum);
            }
            if (loss < bestLoss) {
                bestLoss = loss;
                bestT = t;
            }
        }
        return bestT;
    }

    private Prepared prepare(Example e) {
        Tokens t = Tokens.of(e.text(), lexicon);
        int[] gold = new int[t.size];
        for (int[] span : e.names()) {
            int from = -1;
            int to = -1;
            for (int i = 0; i < t.size; i++) {
                if (t.start[i] < span[1] && span[0] < t.end[i]) {
                    if (from < 0) {
                        from = i;
                    }
                    to = i + 1;
                }
            }
            if (from < 0) {
                continue;
            }
            while (from < to && t.kind[from] != Tokens.WORD) {
                from++;
            }
            while (to > from && t.kind[to - 1] != Tokens.WORD && !(t.isChar(to - 1, '.') && NameTagger.isInitial(t, to - 2))) {
                to--;
            }
            for (int i = from; i < to; i++) {
                gold[i] = i == from ? TaggerFeatures.B : TaggerFeatures.I;
            }
        }
        return new Prepared(t, new TaggerFeatures(t), gold);
    }
}
