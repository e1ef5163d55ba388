package nl.openbaar.tools.portal;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import nl.openbaar.publication.LoadingPortalIndex;
import nl.openbaar.publication.PortalSearchEngine;
import nl.openbaar.publication.model.IndexedFile;
import nl.openbaar.publication.model.PortalResults;

/**
 * The portal search benchmark: a generated corpus of N pages loaded straight into the embedded index (no PDFs, no
 * database: the index is what a search touches), then a query mix run one query at a time, as one visitor after
 * another, with the latency of each measured on the wall clock. Suggestions as you type are measured apart.
 */
public final class BenchmarkingPortal {

    public record Latency(String kind, int queries, double p50, double p90, double p99, double max, double meanHits, double cpuP50,
            double cpuP99) {
    }

    public record Result(long pages, long files, int publications, double loadSeconds, long indexBytes, int queries,
            Latency all, List<Latency> byKind, Latency suggestions) {
    }

    /** The search runs on the calling thread (no executor), so its CPU time is the query's own, apart from the machine's load. */
    private static final java.lang.management.ThreadMXBean CPU = java.lang.management.ManagementFactory.getThreadMXBean();

    private BenchmarkingPortal() {
    }

    /** Generates and loads {@code pages} pages into {@code dataDir} with {@code threads} threads; returns the publications. */
    public static int load(Path dataDir, long pages, int wordsPerPage, int threads, long seed, Consumer<String> progress) {
        PortalCorpus corpus = new PortalCorpus(seed, wordsPerPage);
        LoadingPortalIndex loading = LoadingPortalIndex.into(dataDir);
        AtomicInteger next = new AtomicInteger();
        AtomicInteger done = new AtomicInteger();
        List<Thread> workers = new ArrayList<>();
        long start = System.nanoTime();
        for (int t = 0; t < threads; t++) {
            Thread w = new Thread(() -> {
                while (loading.pages() < pages) {
                    int i = next.getAndIncrement();
                    for (IndexedFile f : corpus.publication(i)) {
                        loading.add(f);
                    }
                    int n = done.incrementAndGet();
                    if (n % 500 == 0) {
                        progress.accept(String.format(java.util.Locale.ROOT, "  %,d pagina's geladen (%.0f s)", loading.pages(),
                                (System.nanoTime() - start) / 1e9));
                    }
                }
            }, "portal-bench-load-" + t);
            w.start();
            workers.add(w);
        }
        for (Thread w : workers) {
            try {
                w.join();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
        progress.accept("  samenvoegen tot één segment …");
        loading.finish(1).close();
        return next.get();
    }

    /** Runs {@code queries} searches of the mix (after a warm-up) on the index under {@code dataDir}. */
    public static Result measure(Path dataDir, int publications, int wordsPerPage, int queries, long seed, double loadSeconds) {
        PortalCorpus corpus = new PortalCorpus(seed, wordsPerPage);
        QueryMix mix = new QueryMix(corpus, publications);
        try (PortalSearchEngine engine = LoadingPortalIndex.open(dataDir)) {
            SplittableRandom r = new SplittableRandom(seed + 99);
            for (int i = 0; i < Math.min(500, queries); i++) {
                engine.search(mix.next(r).query());
            }
            Map<QueryMix.Kind, List<double[]>> perKind = new EnumMap<>(QueryMix.Kind.class);
            List<double[]> all = new ArrayList<>();
            for (int i = 0; i < queries; i++) {
                QueryMix.Planned p = mix.next(r);
                long c0 = CPU.getCurrentThreadCpuTime();
                long t0 = System.nanoTime();
                PortalResults res = engine.search(p.query());
                double ms = (System.nanoTime() - t0) / 1e6;
                double[] m = {ms, res.publications(), (CPU.getCurrentThreadCpuTime() - c0) / 1e6};
                all.add(m);
                perKind.computeIfAbsent(p.kind(), k -> new ArrayList<>()).add(m);
            }
            List<double[]> suggest = new ArrayList<>();
            for (int i = 0; i < Math.max(100, queries / 5); i++) {
                String w;
                do {
                    w = corpus.wordInRanks(r, 20, 20_000);
                } while (w.length() < 4);
                String prefix = w.substring(0, 3 + r.nextInt(Math.min(3, w.length() - 3)));
                long c0 = CPU.getCurrentThreadCpuTime();
                long t0 = System.nanoTime();
                int n = engine.suggest(prefix, 8).size();
                suggest.add(new double[] {(System.nanoTime() - t0) / 1e6, n, (CPU.getCurrentThreadCpuTime() - c0) / 1e6});
            }
            long files = engine.fileIds().size();
            List<Latency> kinds = new ArrayList<>();
            perKind.forEach((k, v) -> kinds.add(latency(k.name().toLowerCase(java.util.Locale.ROOT), v)));
            long pages = pageCount(engine);
            return new Result(pages, files, publications, loadSeconds, size(dataDir), queries, latency("all", all), kinds,
                    latency("suggest", suggest));
        }
    }

    private static long pageCount(PortalSearchEngine engine) {
        return LoadingPortalIndex.pages(engine);
    }

    private static long size(Path dir) {
        try (var s = Files.walk(dir)) {
            return s.filter(Files::isRegularFile).mapToLong(p -> p.toFile().length()).sum();
        } catch (java.io.IOException e) {
            return -1;
        }
    }

    private static Latency latency(String kind, List<double[]> ms) {
        double[] v = ms.stream().mapToDouble(m -> m[0]).sorted().toArray();
        double hits = ms.stream().mapToDouble(m -> m[1]).average().orElse(0);
        double[] cpu = ms.stream().mapToDouble(m -> m[2]).sorted().toArray();
        return new Latency(kind, v.length, pct(v, 50), pct(v, 90), pct(v, 99), v.length == 0 ? 0 : v[v.length - 1], hits, pct(cpu, 50),
                pct(cpu, 99));
    }

    private static double pct(double[] sorted, double p) {
        if (sorted.length == 0) {
            return 0;
        }
        int i = (int) Math.ceil(p / 100.0 * sorted.length) - 1;
        return sorted[Math.max(0, Math.min(sorted.length - 1, i))];
    }
}
