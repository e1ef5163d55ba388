package nl.openbaar.tools.cli;

import nl.openbaar.cli.Cli;
import java.io.PrintWriter;
import java.util.Locale;
import java.util.concurrent.Callable;
import nl.openbaar.tools.detection.BenchmarkingDetection;
import nl.openbaar.shared.InvalidInputException;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code openbaar bench detection [--pages N]}: pages per second of detection on one core. */
@Command(name = "detection", description = "Meet de snelheid van de detectie (pagina's per seconde, één thread).")
public class BenchDetectionCommand implements Callable<Integer> {

    @Option(names = "--pages", defaultValue = "10000", description = "aantal gegenereerde pagina's (standaard ${DEFAULT-VALUE})")
    int pages;

    @Option(names = "--pages-per-document", defaultValue = "10")
    int pagesPerDocument;

    @Option(names = "--json")
    boolean json;

    @Option(names = "--rules-only", description = "zonder het statistische naammodel (om te zien wat het kost)")
    boolean rulesOnly;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        if (pages < 1 || pages > 10_000_000) {
            throw new InvalidInputException("pages", "kies 1 tot 10.000.000");
        }
        if (pagesPerDocument < 1) {
            throw new InvalidInputException("pages-per-document", "minstens 1");
        }
        BenchmarkingDetection.Result r = BenchmarkingDetection.run(pages, pagesPerDocument, rulesOnly);
        PrintWriter out = spec.commandLine().getOut();
        if (json) {
            Cli.printJson(out, r);
        } else {
            out.printf(Locale.ROOT, "Detectie: %d pagina's (%,d tekens, %d bevindingen) in %.2f s op één thread%n",
                    r.pages(), r.characters(), r.findings(), r.seconds());
            out.printf(Locale.ROOT, "  %.0f pagina's per seconde (wandklok); per CPU-seconde: %.0f (hele JVM, met GC en JIT),"
                    + " %.0f (alleen de meetthread)%n", r.pagesPerSecond(), r.pagesPerProcessCpuSecond(), r.pagesPerCpuSecond());
            out.printf(Locale.ROOT, "  %.1f MB tekst per CPU-seconde van de meetthread (per core), %.1f per CPU-seconde van de hele JVM,"
                    + " %.1f per seconde wandklok%n", r.megabytesPerCpuSecond(), r.megabytesPerProcessCpuSecond(),
                    r.charactersPerSecond() / 1e6);
            out.printf(Locale.ROOT, "  %s; woordenlijsten%s geladen in %.2f s%n", r.nameModel() ? "regels en naammodel"
                    : "alleen regels (zonder naammodel)", r.nameModel() ? " en naammodel" : "", r.loadSeconds());
            out.flush();
        }
        return 0;
    }
}
