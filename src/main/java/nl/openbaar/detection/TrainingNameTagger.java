package nl.openbaar.detection;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import nl.openbaar.detection.internal.Lexicon;
import nl.openbaar.detection.internal.NameTaggerTrainer;
import nl.openbaar.shared.InvalidInputException;

/**
 * Trains the statistical name tagger on texts with their person names marked, and writes the model.
 * Reproducible: the same examples, rounds and seed give the same model byte for byte. Every tenth example is
 * held out to fit the confidence (softmax temperature), not to train. Where the examples come from is the
 * caller's business: the development tools train the shipped model from corpora and generated text.
 */
public final class TrainingNameTagger {

    public static final int DEFAULT_EPOCHS = 12;
    public static final long DEFAULT_SEED = 20261123L;
    /** 2^20 hash buckets: few collisions for the features of ~0.5 M tokens, a model of a few MB. */
    public static final int BITS = 20;

    /** A text and the character ranges {start, end} of the person names in it. */
    public record Example(String text, List<int[]> names) {
        public Example {
            names = List.copyOf(names);
        }
    }

    /**
     * @param examples    texts trained on (calibration share excluded)
     * @param unreachable gold names starting on a token the tagger never scores (lower-case, not an interfix)
     */
    public record Report(int examples, int tokens, int names, int unreachable, int epochs, long seed, double temperature,
            int weights, long bytes, double seconds) {
    }

    public Report train(List<Example> examples, int epochs, long seed, Path out) {
        if (epochs < 1 || epochs > 100) {
            throw new InvalidInputException("epochs", "kies 1 tot 100 rondes");
        }
        if (examples.isEmpty()) {
            throw new InvalidInputException("examples", "geen teksten om op te trainen");
        }
        if (out == null || Files.isDirectory(out)) {
            throw new InvalidInputException("out", "geef een bestandsnaam voor het model");
        }
        long t0 = System.nanoTime();
        List<NameTaggerTrainer.Example> train = new ArrayList<>();
        List<NameTaggerTrainer.Example> calibration = new ArrayList<>();
        for (int i = 0; i < examples.size(); i++) {
            Example e = examples.get(i);
            (i % 10 == 9 ? calibration : train).add(new NameTaggerTrainer.Example(e.text(), e.names()));
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
            return new Report(r.examples(), r.tokens(), r.names(), r.unreachable(), epochs, seed, r.temperature(), weights,
                    Files.size(out), (System.nanoTime() - t0) / 1e9);
        } catch (IOException e) {
            throw new InvalidInputException("out", "kan " + out + " niet schrijven: " + e.getMessage());
        }
    }
}
