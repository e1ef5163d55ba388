package nl.openbaar.tools.detection;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import nl.openbaar.detection.TrainingNameTagger;
import nl.openbaar.detection.internal.Lexicon;
import nl.openbaar.detection.internal.NameTagger;
import nl.openbaar.detection.internal.Tokens;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The shipped model's recipe: generated Woo-style text (and CoNLL files) trained into a model, reproducibly. */
class NameTrainingRecipeTest {

    @Test
    void trainingIsReproducibleAndLearnsTheGeneratedGenres(@TempDir Path dir) throws IOException {
        TrainingNameTagger training = new TrainingNameTagger();
        Path a = dir.resolve("a.bin.gz");
        Path b = dir.resolve("b.bin.gz");
        TrainingNameTagger.Report ra = training.train(NameTrainingRecipe.examples(List.of(), 400, 7).examples(), 3, 7, a);
        training.train(NameTrainingRecipe.examples(List.of(), 400, 7).examples(), 3, 7, b);
        assertThat(Files.readAllBytes(a)).isEqualTo(Files.readAllBytes(b));
        assertThat(ra.names()).isGreaterThan(1000);
        assertThat(ra.temperature()).isPositive();
        // unseen generated texts (another seed): the small model already finds most names exactly
        NameTagger tagger;
        try (var in = Files.newInputStream(a)) {
            tagger = NameTagger.read(in);
        }
        int gold = 0;
        int exact = 0;
        for (GeneratedTrainingText.Text t : new GeneratedTrainingText(99).texts(100)) {
            List<NameTagger.Tagged> found = tagger.tag(Tokens.of(t.text(), Lexicon.standard()));
            for (int[] g : t.names()) {
                gold++;
                if (found.stream().anyMatch(f -> f.start() == g[0] && f.end() == g[1])) {
                    exact++;
                }
            }
        }
        assertThat((double) exact / gold).isGreaterThan(0.8);
    }
}
