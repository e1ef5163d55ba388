package nl.openbaar.tools.cli;

import nl.openbaar.cli.Cli;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import nl.openbaar.cli.Cli;
import nl.openbaar.detection.TrainingNameTagger;
import nl.openbaar.shared.InvalidInputException;
import nl.openbaar.tools.detection.NameTrainingRecipe;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code openbaar train ner --conll FILE [--conll FILE…] [--generated N] --out MODEL}: trains the statistical
 * name tagger (averaged perceptron) on the PER entities of CoNLL files plus generated Woo-style texts. The
 * shipped model is rebuilt with the command in the README's Detection section.
 */
@Command(name = "ner", description = "Train de statistische naamherkenner op CoNLL-bestanden en gegenereerde teksten.")
public class TrainNerCommand implements Callable<Integer> {

    @Option(names = "--conll", paramLabel = "FILE", description = "CoNLL-bestand met PER-entiteiten (herhaalbaar)")
    List<Path> conll = new ArrayList<>();

    @Option(names = "--generated", paramLabel = "N", description = "aantal gegenereerde teksten (mails, notities, verslagen, brieven, nieuws); standaard ${DEFAULT-VALUE}",
            defaultValue = "" + NameTrainingRecipe.DEFAULT_GENERATED)
    int generated;

    @Option(names = "--epochs", defaultValue = "" + TrainingNameTagger.DEFAULT_EPOCHS, description = "aantal rondes; standaard ${DEFAULT-VALUE}")
    int epochs;

    @Option(names = "--seed", defaultValue = "" + TrainingNameTagger.DEFAULT_SEED, description = "vaste seed (standaard ${DEFAULT-VALUE})")
    long seed;

    @Option(names = "--out", required = true, paramLabel = "MODEL", description = "uitvoerbestand, bv. name-tagger.bin.gz")
    Path out;

    @Option(names = "--json", description = "uitvoer als JSON")
    boolean json;

    /** What {@code --json} prints. */
    record Json(int conllFiles, int conllNames, int generatedTexts, int examples, int tokens, int names, int unreachable,
            int epochs, long seed, double temperature, int weights, long bytes, double seconds) {
    }

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        if (conll.isEmpty() && generated == 0) {
            throw new InvalidInputException("conll", "geef --conll FILE en/of --generated N");
        }
        NameTrainingRecipe.Examples examples = NameTrainingRecipe.examples(conll, generated, seed);
        TrainingNameTagger.Report r = new TrainingNameTagger().train(examples.examples(), epochs, seed, out);
        PrintWriter w = spec.commandLine().getOut();
        if (json) {
            Cli.printJson(w, new Json(examples.conllFiles(), examples.conllNames(), examples.generatedTexts(), r.examples(),
                    r.tokens(), r.names(), r.unreachable(), r.epochs(), r.seed(), r.temperature(), r.weights(), r.bytes(), r.seconds()));
        } else {
            w.printf(Locale.ROOT, "Naammodel %s: %,d bytes, %,d gewichten, temperatuur %.2f%n", out, r.bytes(), r.weights(),
                    r.temperature());
            w.printf(Locale.ROOT, "  getraind op %,d teksten (%,d tokens, %,d namen; %d CoNLL-bestanden met %,d namen, %,d gegenereerd)%n",
                    r.examples(), r.tokens(), r.names(), examples.conllFiles(), examples.conllNames(), examples.generatedTexts());
            w.printf(Locale.ROOT, "  %d rondes, seed %d, %.1f s; %d namen onbereikbaar (beginnen met een kleine letter)%n",
                    r.epochs(), r.seed(), r.seconds(), r.unreachable());
        }
        w.flush();
        return 0;
    }
}
