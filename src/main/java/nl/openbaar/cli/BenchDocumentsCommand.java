package nl.openbaar.cli;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import nl.openbaar.OpenbaarApplication;
import nl.openbaar.document.BenchmarkingDocuments;
import org.springframework.boot.Banner;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code openbaar bench documents}: reading speed (pages per second) for text PDFs, e-mails and OCR, and the time
 * to de-duplicate a generated corpus of 100,000 documents. Runs on generated input in a throw-away data folder
 * and database, never on the installation's own.
 */
@Command(name = "documents", description = "Meet lezen (pagina's per seconde: tekst-PDF, e-mail, OCR) en ontdubbelen (100.000 documenten).")
public class BenchDocumentsCommand implements Callable<Integer> {

    @Option(names = "--pdf-pages", defaultValue = "2000", description = "pagina's tekst-PDF (standaard ${DEFAULT-VALUE})")
    int pdfPages;
    @Option(names = "--emails", defaultValue = "400", description = "e-mails (standaard ${DEFAULT-VALUE})")
    int emails;
    @Option(names = "--ocr-pages", defaultValue = "20", description = "gescande pagina's (standaard ${DEFAULT-VALUE})")
    int ocrPages;
    @Option(names = "--dedup-documents", defaultValue = "100000", description = "documenten om te ontdubbelen (standaard ${DEFAULT-VALUE})")
    int dedupDocuments;
    @Option(names = "--threads", description = "workers tegelijk (standaard: aantal processorkernen)")
    Integer threads;
    @Option(names = "--keep", description = "bewaar de map met de gegenereerde invoer")
    boolean keep;
    @Option(names = "--json")
    boolean json;
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        Path dir = Files.createTempDirectory("openbaar-bench-");
        int workers = threads == null ? Runtime.getRuntime().availableProcessors() : threads;
        PrintWriter err = spec.commandLine().getErr();
        err.println("Benchmark in " + dir + " (" + workers + " worker-threads)");
        err.flush();
        try (ConfigurableApplicationContext ctx = new SpringApplicationBuilder(OpenbaarApplication.class)
                .web(WebApplicationType.NONE).bannerMode(Banner.Mode.OFF).logStartupInfo(false)
                .run("--openbaar.data-dir=" + dir, "--openbaar.mode=bench", "--openbaar.work.threads=" + workers,
                        "--openbaar.work.polling-interval=100ms", "--logging.level.root=WARN",
                        "--spring.datasource.url=jdbc:h2:file:" + dir.resolve("db/bench")
                                + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH")) {
            BenchmarkingDocuments bench = ctx.getBean(BenchmarkingDocuments.class);
            Map<String, Object> results = new LinkedHashMap<>();
            results.put("machine", Runtime.getRuntime().availableProcessors() + " cores, Java " + Runtime.version());
            results.put("workerThreads", workers);
            for (BenchmarkingDocuments.Result r : List.of(
                    bench.textPdfs(dir.resolve("pdf"), pdfPages, line(err)),
                    bench.emails(dir.resolve("mail"), emails, line(err)),
                    bench.ocr(dir.resolve("ocr"), ocrPages, line(err)),
                    bench.deduplicate(dedupDocuments, line(err)))) {
                results.put(r.name(), r.figures());
                err.println(r.summary());
                err.flush();
            }
            if (json) {
                Cli.printJson(spec.commandLine().getOut(), results);
            } else {
                PrintWriter out = spec.commandLine().getOut();
                results.forEach((k, v) -> out.println(k + ": " + v));
                out.flush();
            }
        } finally {
            if (!keep) {
                deleteTree(dir);
            }
        }
        return 0;
    }

    private static java.util.function.Consumer<String> line(PrintWriter err) {
        return s -> {
            err.println("  " + s);
            err.flush();
        };
    }

    private static void deleteTree(Path dir) {
        try (var walk = Files.walk(dir)) {
            walk.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (java.io.IOException ignored) {
            // a left-over temp folder is harmless
        }
    }

    static String seconds(Duration d) {
        return String.format(java.util.Locale.ROOT, "%.1f s", d.toMillis() / 1000.0);
    }
}
