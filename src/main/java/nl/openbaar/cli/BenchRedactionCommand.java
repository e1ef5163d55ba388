package nl.openbaar.cli;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Callable;
import nl.openbaar.pipeline.BenchmarkingRedaction;
import nl.openbaar.shared.InvalidInputException;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code openbaar bench redaction [--pages 1000] [--boxes-per-page 3] [--verify] [--keep DIR] [--json]}. */
@Command(name = "redaction", description = "Meet het weglakken van een gegenereerde PDF, naast MuPDF (mutool) op dezelfde vlakken.")
public class BenchRedactionCommand implements Callable<Integer> {

    @Option(names = "--pages", defaultValue = "1000")
    int pages;

    @Option(names = "--boxes-per-page", defaultValue = "3")
    int boxesPerPage;

    @Option(names = "--verify", description = "meet ook de controle (pdftotext, qpdf, pdfinfo, weergave)")
    boolean verify;

    @Option(names = "--keep", description = "map waarin de gegenereerde en weggelakte bestanden blijven staan")
    Path keep;

    @Option(names = "--json")
    boolean json;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        if (pages < 1 || boxesPerPage < 0 || boxesPerPage > 10) {
            throw new InvalidInputException("pages", "minstens 1 pagina en 0 tot 10 vlakken per pagina");
        }
        Path work = keep != null ? keep : Files.createTempDirectory("openbaar-bench");
        BenchmarkingRedaction bench = new BenchmarkingRedaction();
        BenchmarkingRedaction.Result r = bench.run(work, pages, boxesPerPage, verify);
        if (keep == null) {
            try (var files = Files.list(work)) {
                for (Path f : files.toList()) {
                    Files.deleteIfExists(f);
                }
            }
            Files.deleteIfExists(work);
        }
        PrintWriter out = spec.commandLine().getOut();
        if (json) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("pages", r.pages());
            m.put("boxes", r.boxes());
            m.put("openbaarPagesPerCpuSecond", round(r.openbaar().pagesPerSecondCpu()));
            m.put("openbaarPagesPerSecond", round(r.openbaar().pagesPerSecondWall()));
            m.put("mutoolPagesPerCpuSecond", round(r.mutool().pagesPerSecondCpu()));
            m.put("mutoolPagesPerSecond", round(r.mutool().pagesPerSecondWall()));
            m.put("ratioPerCore", round(r.ratio()));
            m.put("pipelinePagesPerCpuSecond", round(r.pipeline().rate().pagesPerSecondCpu()));
            m.put("pipelineBoxes", r.pipeline().boxes());
            m.put("pipelineRatioPerCore", round(r.pipelineRatio()));
            m.put("pipelineReadCpuSeconds", round2(r.pipeline().readCpu()));
            m.put("pipelineDetectCpuSeconds", round2(r.pipeline().detectCpu()));
            m.put("pipelineRedactCpuSeconds", round2(r.pipeline().redactCpu()));
            m.put("warmUpPages", r.warmUpPages());
            m.put("roundsMedianOf", r.rounds());
            if (verify) {
                m.put("verificationPagesPerSecond", round(r.verification().pagesPerSecondWall()));
                m.put("verified", r.verified());
            }
            Cli.printJson(out, m);
        } else {
            out.printf("%d pagina's, %d vlakken%n", r.pages(), r.boxes());
            out.printf("Openbaar: %7.1f pagina's/s per kern (CPU %.2f s), %7.1f pagina's/s wandklok (%.2f s)%n",
                    r.openbaar().pagesPerSecondCpu(), r.openbaar().cpuSeconds(), r.openbaar().pagesPerSecondWall(), r.openbaar().wallSeconds());
            out.printf("mutool:   %7.1f pagina's/s per kern (CPU %.2f s), %7.1f pagina's/s wandklok (%.2f s)%s%n",
                    r.mutool().pagesPerSecondCpu(), r.mutool().cpuSeconds(), r.mutool().pagesPerSecondWall(), r.mutool().wallSeconds(),
                    r.mutoolRemovedNames() ? "" : "  (let op: mutool liet namen staan)");
            out.printf("Verhouding per kern: %.2f x mutool%n", r.ratio());
            out.printf("Lezen + detectie + weglakken: %7.1f pagina's/s per kern (CPU %.2f s, %d vlakken gevonden) = %.2f x mutool%n",
                    r.pipeline().rate().pagesPerSecondCpu(), r.pipeline().rate().cpuSeconds(), r.pipeline().boxes(), r.pipelineRatio());
            out.printf("  waarvan lezen %.2f s, detectie %.2f s, weglakken %.2f s CPU%n", r.pipeline().readCpu(), r.pipeline().detectCpu(),
                    r.pipeline().redactCpu());
            out.printf("CPU-tijd van het hele proces (ook JIT en GC), mediaan van %d metingen per engine, na opwarmen: elke stap%n"
                    + "  liep eerst op %d pagina's, zoals in een server die al draait (mutool is C en heeft geen opwarming nodig).%n",
                    r.rounds(), r.warmUpPages());
            if (verify) {
                out.printf("Controle: %.1f pagina's/s wandklok (%.2f s), %s%n", r.verification().pagesPerSecondWall(),
                        r.verification().wallSeconds(), r.verified() ? "geslaagd" : "AFGEKEURD");
                r.verificationFindings().forEach(f -> out.println("  " + f));
            }
            if (keep != null) {
                out.println("Bestanden: " + keep);
            }
            out.flush();
        }
        return 0;
    }

    private static double round2(double v) {
        return Math.round(v * 100) / 100.0;
    }

    private static double round(double v) {
        return Math.round(v * 10) / 10.0;
    }
}
