package nl.openbaar.detection;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import nl.openbaar.detection.internal.GeneratedTrainingText;
import nl.openbaar.detection.internal.Lexicon;
import nl.openbaar.detection.internal.NameTaggerTrainer;
import nl.openbaar.shared.InvalidInputException;

/**
 * Trains the statistical name tagger from CoNLL files (their PER entities) plus generated Woo-style text,
 * and writes the model. Reproducible: the same inputs, counts and seed give the same model byte for byte.
 * Every tenth example is held out to fit the confidence (softmax temperature), not to train.
 *
 * <pre>{@code
 * ./openbaar train ner --conll training/ner/europeana-train.bio --conll training/ner/europeana-dev.bio \
 *     --generated 12000 --out src/main/resources/nl/openbaar/detection/ner/name-tagger.bin.gz
 * }</pre>
 */
public final class TrainingNameTagger {

    public static final int DEFAULT_GENERATED = 12000;
    public static final int DEFAULT_EPOCHS = 12;
    public static final long DEFAULT_SEED = 20261123L;
    /** 2^20 hash buckets: few collisions for the features of ~0.5 M tokens, a model of a few MB. */
    public static final int BITS = 20;

    /**
     * @param examples    texts trained on (CoNLL pages plus generated texts, calibration share excluded)
     * @param unreachable gold names starting on a token the tagger never scores (lower-case, not an interfix)
     */
    public record Report(int conllFiles, int conllNames, int generatedTexts, int examples, int tokens, int names,
            int unreachable, int epochs, long seed, double temperature, int weights, long bytes, double seconds) {
    }

    public Report train(List<Path> conll, int generated, int epochs, long seed, Path out) {
        if (generated < 0 || generated > 1_000_000) {
            throw new InvalidInputException("generated", "kies 0 tot 1.000.000 gegenereerde teksten");
        }
        if (epochs < 1 || epochs > 100) {
            throw new InvalidInputException("epochs", "kies 1 tot 100 rondes");
        }
        if (conll.isEmpty() && generated == 0) {
            throw new InvalidInputException("conll", "geef --conll FILE en/of --generated N");
        }
        if (out == null || Files.isDirectory(out)) {
            throw new InvalidInputException("out", "geef een bestandsnaam voor het model");
        }
        long t0 = System.nanoTime();
        List<NameTaggerTrainer.Example> all = new ArrayList<>();
        int conllNames = 0;
        for (Path p : conll) {
            for (ConllCorpus.Document d : ConllCorpus.read(p).documents()) {
                for (ConllPages.Page page : ConllPages.of(d)) {
                    List<int[]> names = new ArrayList<>();
                    for (int[] e : page.persons()) {
                        names.add(new int[] {page.start()[e[0]], page.end()[e[1] - 1]});
                    }
                    conllNames += names.size();
                    all.add(new NameTaggerTrainer.Example(page.text(), names));
                }
            }
        }
        for (GeneratedTrainingText.Text t : new GeneratedTrainingText(seed).texts(generated)) {
            all.add(new NameTaggerTrainer.Example(t.text(), t.names()));
        }
        List<NameTaggerTrainer.Example> train = new ArrayList<>();
        List<NameTaggerTrainer.Example> calibration = new ArrayList<>();
        for (int i = 0; i < all.size(); i++) {
            (i % 10 == 9 ? calibration : train).add(all.get(i));
        }
        NameTaggerTrainer.Result r = new NameTaggerTrainer(Lexicon.standard(), BITS).train(train, calibration, epochs, seed);
        int weights;
        try {
            Path parent = out.toAbsolutePath().getParent();
            Files.createDirectories(parent);
            Path tmp = Files.createTempFile(parent, ".name-tagger", ".tmp");
            try (OutputStream o = Files.newOutputStream(tmp)) {
                weights = r.tagger().write(o);
            }
            try {
                // a temporary file is private to its owner; the model is not
                Files.setPosixFilePermissions(tmp, java.nio.file.attribute.PosixFilePermissions.fromString("rw-r--r--"));
            } catch (UnsupportedOperationException e) {
                // not a POSIX file system: its default permissions stand
            }
            Files.move(tmp, out, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            return new Report(conll.size(), conllNames, generated, r.examples(), r.tokens(), r.names(), r.unreachable(), epochs,
                    seed, r.temperature(), weights, Files.size(out), (System.nanoTime() - t0) / 1e9);
        } catch (IOException e) {
            throw new InvalidInputException("out", "kan " + out + " niet schrijven: " + e.getMessage());
        }
    }
}
