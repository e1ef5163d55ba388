package nl.openbaar.tools.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import nl.openbaar.cli.Cli;
import nl.openbaar.shared.InvalidInputException;
import nl.openbaar.tools.layout.EvaluatingLayout;
import nl.openbaar.tools.layout.LayoutCorpus;
import org.apache.commons.io.file.PathUtils;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code openbaar eval layout}: personal data broken by layout (wrapped, hyphenated, over columns, cells and pages,
 * in every notation and format) that survives redaction, counted per class, format and layout; public items that
 * were redacted. On a corpus with a manifest ({@code --corpus}, e.g. the held-out set in
 * {@code evaluation/layout/held-out}) or on one generated here ({@code --generate}).
 */
@Command(name = "layout", description = "Meet wat de opmaak (afbreken, kolommen, cellen, pagina's) laat ontsnappen.")
public class EvalLayoutCommand implements Callable<Integer> {

    @Option(names = "--corpus", paramLabel = "MAP", description = "een corpus met manifest.json")
    Path corpus;

    @Option(names = "--generate", paramLabel = "MAP", description = "maak eerst een corpus in deze map (met --seed, --rounds)")
    Path generate;

    @Option(names = "--seed", defaultValue = "1", description = "zaad van het gegenereerde corpus (standaard ${DEFAULT-VALUE})")
    long seed;

    @Option(names = "--rounds", defaultValue = "2", description = "documenten per bestandsvorm (1-6, standaard ${DEFAULT-VALUE})")
    int rounds;

    @Option(names = "--mails", paramLabel = "N", description = "met --generate: een zaak van N e-mails in plaats van alle bestandsvormen")
    Integer mails;

    @Option(names = "--generate-only", description = "alleen het corpus maken (bv. voor 'openbaar process --documents')")
    boolean generateOnly;

    @Option(names = "--work", paramLabel = "MAP", description = "werkmap (standaard een tijdelijke map die na afloop weg is)")
    Path work;

    @Option(names = "--json", description = "uitvoer als JSON")
    boolean json;

    @Option(names = "--verbose", description = "toon elk gemist en elk onterecht weggelakt item (verzonnen testgegevens)")
    boolean verbose;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws IOException {
        if ((corpus == null) == (generate == null)) {
            throw new InvalidInputException("corpus", "geef --corpus MAP of --generate MAP");
        }
        if (rounds < 1 || rounds > 6) {
            throw new InvalidInputException("rounds", "kies 1 tot en met 6");
        }
        Path dir = corpus;
        if (generate != null) {
            if (mails != null && (mails < 1 || mails > 100_000)) {
                throw new InvalidInputException("mails", "kies 1 tot en met 100000");
            }
            int n = mails != null ? new LayoutCorpus(seed).mails(generate, mails) : new LayoutCorpus(seed).generate(generate, rounds);
            spec.commandLine().getErr().println(n + " documenten gemaakt in " + generate);
            dir = generate;
            if (generateOnly) {
                // the manifest lists every planted value: beside the folder, so that 'process --documents' reads only documents
                Path aside = generate.toAbsolutePath().resolveSibling(generate.getFileName() + "-manifest.json");
                Files.move(generate.resolve("manifest.json"), aside, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
                spec.commandLine().getErr().println("manifest (wat er geplant is): " + aside);
                return 0;
            }
        }
        if (!Files.isDirectory(dir)) {
            throw new InvalidInputException("corpus", "geen map: " + dir);
        }
        Path scratch = work != null ? work : Files.createTempDirectory("openbaar-eval-layout");
        try {
            EvaluatingLayout.Score s = new EvaluatingLayout().evaluate(dir, scratch);
            PrintWriter w = spec.commandLine().getOut();
            if (json) {
                Cli.printJson(w, s);
            } else {
                print(w, s, dir);
            }
            return 0;
        } finally {
            if (work == null) {
                PathUtils.deleteDirectory(scratch);
            }
        }
    }

    private void print(PrintWriter w, EvaluatingLayout.Score s, Path dir) {
        w.printf(Locale.ROOT, "Opmaakcorpus %s: %d documenten, %.0f s%n", dir, s.documents(), s.seconds());
        w.printf(Locale.ROOT, "  persoonsgegevens gemist: %d van %d (%.1f%%)%n", s.secretsMissed(), s.secretsPlanted(),
                100.0 * s.secretsMissed() / Math.max(1, s.secretsPlanted()));
        w.printf(Locale.ROOT, "  openbare gegevens weggelakt: %d van %d%n", s.publicRedacted(), s.publicPlanted());
        table(w, "per soort", s.secrets());
        table(w, "per bestandsvorm", s.formats());
        table(w, "per opmaak", s.layouts());
        table(w, "openbaar, weggelakt per soort", s.publics());
        if (!s.unread().isEmpty()) {
            w.println("  niet gelezen:");
            s.unread().forEach(u -> w.println("    " + u));
        }
        if (verbose) {
            w.println("  gemist:");
            s.misses().forEach(m -> w.println("    " + m));
            w.println("  onterecht weggelakt:");
            s.overRedacted().forEach(m -> w.println("    " + m));
        }
        w.flush();
    }

    private static void table(PrintWriter w, String title, Map<String, EvaluatingLayout.Count> counts) {
        w.println("  " + title + ":");
        counts.forEach((k, c) -> w.printf(Locale.ROOT, "    %-32s %4d gemist van %4d%n", k, c.missed(), c.planted()));
    }
}
