package nl.openbaar.tools.cli;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import nl.openbaar.cli.Cli;
import nl.openbaar.shared.InvalidInputException;
import nl.openbaar.tools.split.MeasuringSplit;
import nl.openbaar.tools.split.MeasuringSplit.Counts;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code openbaar eval split --bundles N [--documents MAX] [--seed S] [--work DIR] [--json]}. */
@Command(name = "split", description = "Maak gepubliceerde bundels met bekende documentgrenzen, splits ze zoals de import dat doet "
        + "en tel de gevonden grenzen en documenten.")
public class EvalSplitCommand implements Callable<Integer> {

    /** The seed of the held-out set: measured, never tuned on. Other seeds are for development. */
    static final long HELD_OUT_SEED = 2026120202;

    @Option(names = "--bundles", description = "aantal bundels (standaard 40)")
    int bundles = 40;

    @Option(names = "--documents", description = "hoogstens zoveel regels in de inventaris van een bundel (standaard 30)")
    int documents = 30;

    @Option(names = "--seed", description = "zaad; " + HELD_OUT_SEED + " is de achtergehouden set (standaard)")
    long seed = HELD_OUT_SEED;

    @Option(names = "--work", description = "map voor de bundels (standaard een tijdelijke map)")
    Path work;

    @Option(names = "--json")
    boolean json;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        if (bundles < 1 || bundles > 10_000) {
            throw new InvalidInputException("bundles", "kies tussen 1 en 10000 bundels");
        }
        if (documents < 2 || documents > 2_000) {
            throw new InvalidInputException("documents", "kies tussen 2 en 2000 documenten");
        }
        Path dir = work != null ? Files.createDirectories(work) : Files.createTempDirectory("openbaar-eval-split");
        MeasuringSplit.Report r = new MeasuringSplit(seed).run(bundles, documents, dir);
        PrintWriter o = spec.commandLine().getOut();
        if (json) {
            Cli.printJson(o, r);
            return 0;
        }
        o.printf(Locale.ROOT, "%d bundels, %d pagina's, zaad %d%s%n", r.all().bundles(), r.pages(), r.seed(),
                r.seed() == HELD_OUT_SEED ? " (achtergehouden set)" : " (ontwikkelset)");
        o.printf(Locale.ROOT, "%-14s %8s %10s %11s %10s %10s%n", "markering", "bundels", "heel goed", "documenten", "grenzen R", "grenzen P");
        for (Map.Entry<?, Counts> e : r.byCue().entrySet()) {
            row(o, e.getKey().toString(), e.getValue());
        }
        row(o, "alles", r.all());
        o.printf(Locale.ROOT, "%n%-14s %11s%n", "soort document", "documenten");
        r.byDocumentKind().forEach((k, c) -> o.printf(Locale.ROOT, "%-14s %5d/%-5d%n", k, c.documentsExact(), c.documents()));
        o.flush();
        return 0;
    }

    private static void row(PrintWriter o, String label, Counts c) {
        o.printf(Locale.ROOT, "%-14s %8d %4d/%-5d %5d/%-5d %10.3f %10.3f%n", label, c.bundles(), c.bundlesExact(), c.bundles(),
                c.documentsExact(), c.documents(), c.boundaryRecall(), c.boundaryPrecision());
    }
}
