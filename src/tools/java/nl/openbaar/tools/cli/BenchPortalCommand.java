package nl.openbaar.tools.cli;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import nl.openbaar.cli.Cli;
import nl.openbaar.shared.InvalidInputException;
import nl.openbaar.tools.portal.BenchmarkingPortal;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code openbaar bench portal [--pages 1000000] [--queries 2000] [--index DIR]}: portal search latency (p50/p90/p99)
 * on a generated national portal in the embedded index. {@code --index} keeps the index for a second run, which then
 * only measures ({@code --reuse}).
 */
@Command(name = "portal", description = "Meet de zoeksnelheid van het portaal (p50/p99) op een gegenereerd corpus in de ingebouwde index.")
public class BenchPortalCommand implements Callable<Integer> {

    @Option(names = "--pages", defaultValue = "1000000", description = "pagina's in het corpus (standaard ${DEFAULT-VALUE})")
    long pages;

    @Option(names = "--words-per-page", defaultValue = "250")
    int wordsPerPage;

    @Option(names = "--queries", defaultValue = "2000", description = "gemeten zoekvragen (na 500 om op te warmen)")
    int queries;

    @Option(names = "--threads", defaultValue = "2", description = "threads voor het laden")
    int threads;

    @Option(names = "--index", description = "map voor de index (standaard een tijdelijke map, na afloop verwijderd)")
    Path index;

    @Option(names = "--reuse", description = "de index in --index van een vorige run gebruiken: alleen meten")
    boolean reuse;

    @Option(names = "--seed", defaultValue = "16")
    long seed;

    @Option(names = "--json")
    boolean json;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        if (pages < 1 || pages > 50_000_000) {
            throw new InvalidInputException("pages", "kies 1 tot 50.000.000");
        }
        if (queries < 1 || queries > 1_000_000) {
            throw new InvalidInputException("queries", "kies 1 tot 1.000.000");
        }
        if (wordsPerPage < 10 || wordsPerPage > 5000) {
            throw new InvalidInputException("words-per-page", "kies 10 tot 5000");
        }
        if (threads < 1 || threads > 64) {
            throw new InvalidInputException("threads", "kies 1 tot 64");
        }
        if (reuse && index == null) {
            throw new InvalidInputException("reuse", "alleen met --index");
        }
        PrintWriter err = spec.commandLine().getErr();
        Path dir = index != null ? index : Files.createTempDirectory("openbaar-bench-portal-");
        Path marker = dir.resolve("bench-publications.txt");
        try {
            int publications;
            double loadSeconds = 0;
            if (reuse) {
                if (!Files.exists(marker)) {
                    throw new InvalidInputException("index", "geen index van een vorige run in " + dir);
                }
                publications = Integer.parseInt(Files.readString(marker).strip());
            } else {
                if (Files.exists(dir.resolve("publication"))) {
                    throw new InvalidInputException("index", dir + " bevat al een index; kies --reuse of een lege map");
                }
                err.printf(Locale.ROOT, "Corpus van %,d pagina's genereren en indexeren …%n", pages);
                err.flush();
                long t0 = System.nanoTime();
                publications = BenchmarkingPortal.load(dir, pages, wordsPerPage, threads, seed, s -> {
                    err.println(s);
                    err.flush();
                });
                loadSeconds = (System.nanoTime() - t0) / 1e9;
                Files.writeString(marker, Integer.toString(publications));
            }
            err.printf(Locale.ROOT, "%,d zoekvragen meten …%n", queries);
            err.flush();
            BenchmarkingPortal.Result r = BenchmarkingPortal.measure(dir, publications, wordsPerPage, queries, seed, loadSeconds);
            PrintWriter out = spec.commandLine().getOut();
            if (json) {
                Cli.printJson(out, r);
            } else {
                out.printf(Locale.ROOT, "Portaal zoeken: %,d pagina's in %,d bestanden van %,d publicaties, index %.1f GB%s%n", r.pages(),
                        r.files(), r.publications(), r.indexBytes() / 1e9,
                        r.loadSeconds() > 0 ? String.format(Locale.ROOT, ", geladen in %.0f s", r.loadSeconds()) : "");
                out.printf(Locale.ROOT, "  %,d zoekvragen na elkaar: p50 %.1f ms, p90 %.1f ms, p99 %.1f ms, max %.1f ms (wandklok)%n",
                        r.queries(), r.all().p50(), r.all().p90(), r.all().p99(), r.all().max());
                out.printf(Locale.ROOT, "  CPU-tijd per zoekvraag (zonder de last van anderen op de machine): p50 %.1f ms, p99 %.1f ms;"
                        + " belasting nu %.1f op %d cores%n", r.all().cpuP50(), r.all().cpuP99(),
                        java.lang.management.ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage(),
                        Runtime.getRuntime().availableProcessors());
                for (BenchmarkingPortal.Latency l : r.byKind()) {
                    out.printf(Locale.ROOT, "    %-22s %5d  p50 %6.1f  p90 %6.1f  p99 %6.1f  max %6.1f ms  cpu p50 %6.1f p99 %6.1f  (gem. %,.0f publicaties)%n",
                            l.kind(), l.queries(), l.p50(), l.p90(), l.p99(), l.max(), l.cpuP50(), l.cpuP99(), l.meanHits());
                }
                out.printf(Locale.ROOT, "  suggesties (%d): p50 %.1f ms, p99 %.1f ms%n", r.suggestions().queries(), r.suggestions().p50(),
                        r.suggestions().p99());
                out.flush();
            }
            return 0;
        } finally {
            if (index == null) {
                try (var s = Files.walk(dir)) {
                    s.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
                }
            }
        }
    }
}
