package nl.openbaar.tools.cli;

import nl.openbaar.cli.Cli;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import nl.openbaar.detection.DetectingPersonalData;
import nl.openbaar.tools.detection.EvaluatingDetection;
import nl.openbaar.tools.detection.EvaluatingDetection.LabelScore;
import nl.openbaar.tools.detection.EvaluatingDetection.NerScore;
import nl.openbaar.tools.detection.EvaluatingDetection.WooScore;
import nl.openbaar.law.Regime;
import nl.openbaar.shared.InvalidInputException;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code openbaar eval detection [--woo DIR] [--ner FILE.bio]}: recall and precision of detection on the
 * labelled Woo-style set (by default the one in the source tree's test resources) and person-name
 * precision/recall/F1 on a BIO-tagged corpus such as Europeana Newspapers NER.
 */
@Command(name = "detection", description = "Meet de kwaliteit van de detectie van persoonsgegevens.")
public class EvalDetectionCommand implements Callable<Integer> {

    public static final Path DEFAULT_WOO = Path.of("src", "test", "resources", "nl", "openbaar", "detection", "woo-eval");

    @Option(names = "--woo", description = "map met gelabelde .txt-documenten (standaard: ${DEFAULT-VALUE} als die bestaat)")
    Path woo;

    @Option(names = "--ner", description = "BIO-bestand ('token TAG' per regel), bv. Europeana Newspapers NER")
    Path ner;

    @Option(names = "--regime", defaultValue = "woo", description = "woo of wob")
    String regime;

    @Option(names = "--json", description = "uitvoer als JSON")
    boolean json;

    @Option(names = "--verbose", description = "toon gemiste en onterecht gevonden spans (verzonnen testgegevens)")
    boolean verbose;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        Regime r = Regime.parse(regime, "regime");
        Path wooDir = woo != null ? woo : Files.isDirectory(DEFAULT_WOO) ? DEFAULT_WOO : null;
        if (wooDir == null && ner == null) {
            throw new InvalidInputException("woo", "geef --woo DIR en/of --ner FILE (de standaardset " + DEFAULT_WOO
                    + " bestaat alleen in een checkout van de broncode)");
        }
        if (ner != null && !Files.isRegularFile(ner)) {
            throw new InvalidInputException("ner", "geen bestand: " + ner);
        }
        EvaluatingDetection eval = new EvaluatingDetection(DetectingPersonalData.standard());
        Map<String, Object> out = new LinkedHashMap<>();
        PrintWriter w = spec.commandLine().getOut();
        if (wooDir != null) {
            WooScore s = eval.woo(EvaluatingDetection.readLabelled(wooDir), r);
            out.put("woo", s);
            if (!json) {
                printWoo(w, s, wooDir);
            }
        }
        if (ner != null) {
            NerScore s = eval.ner(ner);
            out.put("ner", s);
            if (!json) {
                printNer(w, s, ner);
            }
        }
        if (json) {
            Cli.printJson(w, out);
        }
        w.flush();
        return 0;
    }

    private void printWoo(PrintWriter w, WooScore s, Path dir) {
        w.printf(Locale.ROOT, "Woo-set %s: %d documenten, %d voorgestelde lakkingen%n", dir, s.documents(), s.findings());
        w.printf(Locale.ROOT, "  recall (alle persoonsgegevens, volledig bedekt): %.3f%n", s.recall());
        w.printf(Locale.ROOT, "  precisie (voorstel raakt een gelabelde span):     %.3f%n", s.precision());
        w.printf(Locale.ROOT, "  publieke functionarissen zichtbaar gebleven:      %.3f%n", s.publicKept());
        w.printf(Locale.ROOT, "  beleidsopvattingen ter beoordeling voorgesteld:   %.3f%n", s.opinionRecall());
        w.println("  per categorie (gevonden/totaal):");
        for (LabelScore l : s.labels().values()) {
            w.printf(Locale.ROOT, "    %-8s %3d/%-3d  recall %.3f%n", l.label(), l.found(), l.gold(), l.recall());
        }
        if (verbose) {
            s.labels().values().forEach(l -> l.missed().forEach(m -> w.println("  gemist " + l.label() + ": " + m)));
            s.falsePositives().forEach(f -> w.println("  onterecht: " + f));
            s.publicRedacted().forEach(f -> w.println("  publiek maar gelakt: " + f));
        }
    }

    private static void printNer(PrintWriter w, NerScore s, Path file) {
        w.printf(Locale.ROOT, "NER-corpus %s: %d tokens, %d PER-spans, %d voorspelde namen (%.1f s)%n", file, s.tokens(),
                s.goldSpans(), s.predicted(), s.seconds());
        w.printf(Locale.ROOT, "  PER exact:   precisie %.3f  recall %.3f  F1 %.3f%n", s.exactPrecision(), s.exactRecall(), s.exactF1());
        w.printf(Locale.ROOT, "  PER overlap: precisie %.3f  recall %.3f  F1 %.3f%n", s.overlapPrecision(), s.overlapRecall(),
                s.overlapF1());
    }
}
