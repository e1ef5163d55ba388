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
import nl.openbaar.tools.detection.EvaluatingPublicMentions;
import nl.openbaar.tools.detection.EvaluatingPublicMentions.KindScore;
import nl.openbaar.tools.detection.EvaluatingPublicMentions.Score;
import nl.openbaar.law.Regime;
import nl.openbaar.shared.InvalidInputException;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code openbaar eval public [--dev DIR] [--heldout DIR]}: how much of what is public (office holders in their role,
 * organisations, their contact data, headings, timestamps) detection redacts, and how many private namesakes of
 * public people it leaves readable; on the development set (tuned on) and the held-out set (never tuned on), apart.
 */
@Command(name = "public", description = "Meet overlakken van publieke vermeldingen en onderlakken van naamgenoten.")
public class EvalPublicCommand implements Callable<Integer> {

    public static final Path BASE = Path.of("src", "test", "resources", "nl", "openbaar", "detection", "public-eval");

    @Option(names = "--dev", description = "ontwikkelset (standaard: ${DEFAULT-VALUE} als die bestaat)")
    Path dev = BASE.resolve("dev");

    @Option(names = "--heldout", description = "achtergehouden set, nooit op afgestemd (standaard: ${DEFAULT-VALUE} als die bestaat)")
    Path heldout = BASE.resolve("heldout");

    @Option(names = "--regime", defaultValue = "woo", description = "woo of wob")
    String regime;

    @Option(names = "--json", description = "uitvoer als JSON")
    boolean json;

    @Option(names = "--verbose", description = "toon wat misging (verzonnen testgegevens)")
    boolean verbose;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        Regime r = Regime.parse(regime, "regime");
        if (!Files.isDirectory(dev) && !Files.isDirectory(heldout)) {
            throw new InvalidInputException("dev", "geen map " + dev + " of " + heldout
                    + " (de standaardsets bestaan alleen in een checkout van de broncode)");
        }
        EvaluatingPublicMentions eval = new EvaluatingPublicMentions(DetectingPersonalData.standard());
        Map<String, Score> out = new LinkedHashMap<>();
        if (Files.isDirectory(dev)) {
            out.put("dev", eval.score(EvaluatingDetection.readLabelled(dev), r));
        }
        if (Files.isDirectory(heldout)) {
            out.put("heldout", eval.score(EvaluatingDetection.readLabelled(heldout), r));
        }
        PrintWriter w = spec.commandLine().getOut();
        if (json) {
            Cli.printJson(w, out);
        } else {
            out.forEach((name, s) -> print(w, name.equals("dev") ? "ontwikkelset (afgestemd) " + dev
                    : "achtergehouden set (nooit afgestemd) " + heldout, s));
        }
        w.flush();
        return 0;
    }

    private void print(PrintWriter w, String title, Score s) {
        w.printf(Locale.ROOT, "%s: %d documenten%n", title, s.documents());
        w.printf(Locale.ROOT, "  overlakken publieke vermeldingen:   %.3f  (%d van %d gelakt, %d voorgesteld)%n", s.overRedaction(),
                s.publicRedacted(), s.publicTotal(), s.publicProposed());
        for (KindScore k : s.kinds().values()) {
            w.printf(Locale.ROOT, "    %-8s %3d/%-3d gelakt  %.3f%n", k.kind(), k.redacted(), k.total(), k.overRedaction());
        }
        w.printf(Locale.ROOT, "  onderlakken naamgenoten:            %.3f  (%d van %d leesbaar, %d niet eens voorgesteld)%n",
                s.underRedaction(), s.namesakesReadable(), s.namesakes(), s.namesakesSilent());
        w.printf(Locale.ROOT, "  overige persoonsgegevens gelakt:    %.3f  (%d van %d)%n", s.personalRecall(), s.personalRedacted(),
                s.personalTotal());
        if (verbose) {
            s.examples().forEach(e -> w.println("    " + e));
        }
    }
}
