package nl.openbaar.tools.detection;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import nl.openbaar.detection.TrainingNameTagger;
import nl.openbaar.shared.InvalidInputException;

/**
 * The examples the shipped name model is trained on: the person names of CoNLL files plus generated Woo-style
 * texts, in a fixed order (files first, then the generated texts of the seed), so a recipe gives the same model
 * every time.
 *
 * <pre>{@code
 * ./openbaar train ner --conll training/ner/europeana-train.bio --conll training/ner/europeana-dev.bio \
 *     --generated 12000 --out src/main/resources/nl/openbaar/detection/ner/name-tagger.bin.gz
 * }</pre>
 */
public final class NameTrainingRecipe {

    public static final int DEFAULT_GENERATED = 12000;

    /** The examples and where they came from. */
    public record Examples(List<TrainingNameTagger.Example> examples, int conllFiles, int conllNames, int generatedTexts) {
    }

    private NameTrainingRecipe() {
    }

    public static Examples examples(List<Path> conll, int generated, long seed) {
        if (generated < 0 || generated > 1_000_000) {
            throw new InvalidInputException("generated", "kies 0 tot 1.000.000 gegenereerde teksten");
        }
        List<TrainingNameTagger.Example> all = new ArrayList<>();
        int conllNames = 0;
        for (Path p : conll) {
            for (ConllCorpus.Document d : ConllCorpus.read(p).documents()) {
                for (ConllPages.Page page : ConllPages.of(d)) {
                    List<int[]> names = new ArrayList<>();
                    for (int[] e : page.persons()) {
                        names.add(new int[] {page.start()[e[0]], page.end()[e[1] - 1]});
                    }
                    conllNames += names.size();
                    all.add(new TrainingNameTagger.Example(page.text(), names));
                }
            }
        }
        for (GeneratedTrainingText.Text t : new GeneratedTrainingText(seed).texts(generated)) {
            all.add(new TrainingNameTagger.Example(t.text(), t.names()));
        }
        return new Examples(all, conll.size(), conllNames, generated);
    }
}
