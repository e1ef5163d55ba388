package nl.openbaar.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import nl.openbaar.detection.TrainingNameTagger;
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
            defaultValue = "" + TrainingNameTagger.DEFAULT_GENERATED)
    int generated;

    @Option(names = "--epochs", defaultValue = "" + TrainingNameTagger.DEFAULT_EPOCHS, description = "aantal rondes; standaard ${DEFAULT-VALUE}")
    int epochs;

    @Option(names = "--seed", defaultValue = "" + TrainingNameTagger.DEFAULT_SEED, description = "vaste seed (standaard ${DEFAULT-VALUE})")
    long seed;

    @Option(names = "--out", required = true, paramLabel = "MODEL", description = "uitvoerbestand, bv. name-tagger.bin.gz")
    Path out;

    @Option(names = "--json", description = "uitvoer als JSON")
    boolean json;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        TrainingNameTagger.Report r = new TrainingNameTagger().train(conll, generated, epochs, seed, out);
        PrintWriter w = spec.commandLine().getOut();
        if (json) {
            Cli.printJson(w, r);
        } else {
            w.printf(Locale.ROOT, "Naammodel %s: %,d bytes, %,d gewichten, temperatuur %.2f%n", out, r.bytes(), r.weights(),
                    r.temperature());
            w.printf(Locale.ROOT, "  getraind op %,d teksten (%,d tokens, %,d namen; %d CoNLL-bestanden met %,d namen, %,d gegenereerd)%n",
                    r.examples(), r.tokens(), r.names(), r.conllFiles(), r.conllNames(), r.generatedTexts());
            w.printf(Locale.ROOT, "  %d rondes, seed %d, %.1f s; %d namen onbereikbaar (beginnen met een kleine letter)%n",
                    r.epochs(), r.seed(), r.seconds(), r.unreachable());
        }
        w.flush();
        return 0;
    }
}
