package nl.openbaar.tools.cli;

import nl.openbaar.cli.Cli;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import nl.openbaar.tools.detection.ConllCorpus;
import nl.openbaar.detection.DetectingPersonalData;
import nl.openbaar.tools.detection.EvaluatingDetection;
import nl.openbaar.tools.detection.EvaluatingDetection.NerScore;
import nl.openbaar.shared.InvalidInputException;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code openbaar eval ner --conll FILE [--json]}: person-name precision, recall and F1 (exact span) of the whole
 * detector on a CoNLL-style file. With {@code --json} stdout holds exactly
 * {@code {"PER": {"precision": p, "recall": r, "f1": f}}}.
 */
@Command(name = "ner", description = "Meet precisie, recall en F1 voor persoonsnamen (PER, exacte span) op een CoNLL-bestand.")
public class EvalNerCommand implements Callable<Integer> {

    @Option(names = "--conll", required = true, paramLabel = "FILE",
            description = "CoNLL-bestand: één token per regel, tag (IOB1 of IOB2) in de laatste kolom, lege regel tussen zinnen")
    Path conll;

    @Option(names = "--json", description = "alleen {\"PER\": {\"precision\": p, \"recall\": r, \"f1\": f}} op stdout")
    boolean json;

    @Option(names = "--review", description = "tel ook namen mee die alleen ter beoordeling worden voorgesteld")
    boolean review;

    @Option(names = "--verbose", description = "toon gemiste en onterechte namen")
    boolean verbose;

    @Option(names = "--model", paramLabel = "MODEL", description = "een ander naammodel (van openbaar train ner) in plaats van het meegeleverde")
    Path model;

    @Option(names = "--rules-only", description = "zonder het statistische naammodel: alleen regels en woordenlijsten")
    boolean rulesOnly;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        ConllCorpus corpus = ConllCorpus.read(conll);
        if (model != null && rulesOnly) {
            throw new InvalidInputException("model", "kies --model of --rules-only, niet beide");
        }
        DetectingPersonalData detection = rulesOnly ? DetectingPersonalData.rulesOnly()
                : model != null ? DetectingPersonalData.withNameModel(model) : DetectingPersonalData.standard();
        NerScore s = new EvaluatingDetection(detection).ner(corpus, review);
        PrintWriter w = spec.commandLine().getOut();
        if (json) {
            Map<String, Object> per = new LinkedHashMap<>();
            per.put("precision", round(s.exactPrecision()));
            per.put("recall", round(s.exactRecall()));
            per.put("f1", round(s.exactF1()));
            Cli.printJson(w, Map.of("PER", per));
        } else {
            w.printf(Locale.ROOT, "%s: %d documenten, %d zinnen, %d tokens, %d PER-spans, %d voorspelde namen (%.1f s)%n",
                    conll, corpus.documents().size(), corpus.sentences(), s.tokens(), s.goldSpans(), s.predicted(), s.seconds());
            w.printf(Locale.ROOT, "PER exact:   precisie %.3f  recall %.3f  F1 %.3f%n", s.exactPrecision(), s.exactRecall(),
                    s.exactF1());
            w.printf(Locale.ROOT, "PER overlap: precisie %.3f  recall %.3f  F1 %.3f%n", s.overlapPrecision(),
                    s.overlapRecall(), s.overlapF1());
            if (verbose) {
                s.missed().forEach(m -> w.println("  gemist:    " + m));
                s.wrong().forEach(m -> w.println("  onterecht: " + m));
            }
        }
        w.flush();
        return 0;
    }

    private static double round(double v) {
        return Math.round(v * 10000) / 10000.0;
    }
}
