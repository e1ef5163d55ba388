package nl.openbaar.pipeline;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Clock;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.stream.Stream;
import nl.openbaar.request.FindingRequests;
import nl.openbaar.verification.model.Leak;
import nl.openbaar.work.BackgroundTask;
import nl.openbaar.work.BackgroundWork;
import nl.openbaar.work.TrackingProgress;
import nl.openbaar.work.model.Progress;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * The pipeline as background work in the server: detect, redact, verify and write a request's publication package
 * under {@code <data>/pakketten/<kenmerk>/}. Progress goes where the web app's progress bars read it. The task may run
 * again after a crash or a retry and then simply does the whole job again: the previous verified package stays in
 * place until a new one has passed the gate, and a run's unfinished work folder is removed by the next.
 *
 * <pre>
 * pakketten/WOO-2023-0001/pakket/             the latest verified package (docs/architecture.md layout)
 * pakketten/WOO-2023-0001/laatste-run.json    the latest run: when, passed or not, findings (never the text)
 * </pre>
 */
@Service
public class BuildingPackageInBackground implements BackgroundTask {

    public static final String TASK = "publication-package";
    private static final JsonMapper JSON = JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build();

    private final ProcessingCase processing;
    private final BackgroundWork work;
    private final TrackingProgress tracking;
    private final FindingRequests requests;
    private final Path root;
    private final Clock clock;
    private final TransactionTemplate tx;

    public BuildingPackageInBackground(ProcessingCase processing, BackgroundWork work, TrackingProgress tracking,
            FindingRequests requests, @Value("${openbaar.data-dir}") Path dataDir, Clock clock, TransactionTemplate tx) {
        this.tx = tx;
        this.processing = processing;
        this.work = work;
        this.tracking = tracking;
        this.requests = requests;
        this.root = dataDir.resolve("pakketten");
        this.clock = clock;
    }

    @Override
    public String name() {
        return TASK;
    }

    /** Queues a build for the request; a build already queued for it is not queued twice. */
    public boolean schedule(String kenmerk) {
        String k = requests.get(kenmerk).verzoek().kenmerk();
        return work.schedule(TASK, k, k);
    }

    /** The latest verified package of the request, if one was built. */
    public Optional<Path> latest(String kenmerk) {
        Path p = folder(kenmerk).resolve("pakket");
        return Files.isRegularFile(p.resolve("verificatie.json")) ? Optional.of(p) : Optional.empty();
    }

    /** What the latest run reported, as stored in laatste-run.json. */
    public Optional<String> lastRun(String kenmerk) {
        Path p = folder(kenmerk).resolve("laatste-run.json");
        try {
            return Files.isRegularFile(p) ? Optional.of(Files.readString(p)) : Optional.empty();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * The latest run as the request page shows it, read from laatste-run.json (this class writes that file, so it
     * alone knows its fields).
     *
     * @param at       when the run ended; null if unknown
     * @param findings what the gate found (document, page and category; never the text)
     */
    public record RunResult(Instant at, boolean passed, int documents, int pages, int boxes, int notProcessed,
            List<String> warnings, List<String> findings, List<GateFinding> places) {
    }

    public Optional<RunResult> lastResult(String kenmerk) {
        return lastRun(kenmerk).map(json -> {
            JsonNode n = JSON.readTree(json);
            return new RunResult(instant(n.path("op").asString("")), n.path("geslaagd").asBoolean(false), n.path("documenten").asInt(0),
                    n.path("paginas").asInt(0), n.path("weglakkingen").asInt(0), n.path("nietVerwerkt").asInt(0),
                    strings(n.path("meldingen")), strings(n.path("bevindingen")), places(n.path("plaatsen")));
        });
    }

    private static Instant instant(String s) {
        try {
            return s.isEmpty() ? null : Instant.parse(s);
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    private static List<GateFinding> places(JsonNode array) {
        List<GateFinding> out = new ArrayList<>();
        for (JsonNode e : array) {
            JsonNode b = e.path("box");
            out.add(new GateFinding(e.path("file").asString(""), e.path("page").asInt(0),
                    e.path("inventoryNumber").isNumber() ? e.path("inventoryNumber").asInt() : null,
                    e.path("documentId").isNumber() ? e.path("documentId").asLong() : null, e.path("documentPage").asInt(0),
                    b.isObject() ? new nl.openbaar.shared.layout.Box(b.path("x").asDouble(), b.path("y").asDouble(), b.path("width").asDouble(),
                            b.path("height").asDouble()) : null,
                    e.path("category").asString(""), e.path("check").asString(""), e.path("detail").isNull() ? null : e.path("detail").asString(null),
                    e.path("description").asString("")));
        }
        return out;
    }

    private static List<String> strings(JsonNode array) {
        List<String> out = new ArrayList<>();
        array.forEach(e -> out.add(e.isString() ? e.asString() : e.toString()));
        return out;
    }

    @Override
    public void run(String kenmerk) {
        Path dir = folder(kenmerk);
        Path next = dir.resolve("nieuw");
        try {
            Files.createDirectories(dir);
            deleteTree(next); // left by a run that was cut off
            cleanWorkFolders(dir);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        long requestId = requests.get(kenmerk).verzoek().id();
        ProcessingCase.Report report = processing.publish(kenmerk, next, tracked(requestId));
        Map<String, Object> run = new LinkedHashMap<>();
        run.put("op", clock.instant().toString());
        run.put("geslaagd", report.written());
        run.put("documenten", report.published().size());
        run.put("paginas", report.pages());
        run.put("weglakkingen", report.boxes());
        run.put("nietVerwerkt", report.notProcessed().size());
        run.put("meldingen", report.warnings());
        run.put("bevindingen", report.findings().stream().map(GateFinding::description).toList());
        run.put("plaatsen", report.findings());
        try {
            if (report.written()) {
                Path current = dir.resolve("pakket");
                Path old = dir.resolve("vorig");
                deleteTree(old);
                if (Files.exists(current)) {
                    Files.move(current, old, StandardCopyOption.ATOMIC_MOVE);
                }
                Files.move(next, current, StandardCopyOption.ATOMIC_MOVE);
                deleteTree(old);
            }
            Path status = dir.resolve("laatste-run.json.part");
            Files.write(status, JSON.writeValueAsBytes(run));
            Files.move(status, dir.resolve("laatste-run.json"), StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Forwards the pipeline's stages to the progress store, per request and kind of work. */
    private Consumer<Progress> tracked(long requestId) {
        Map<String, Integer> handled = new HashMap<>();
        return p -> {
            if (Progress.READING.equals(p.kind()) || Progress.ORGANISING.equals(p.kind())) {
                return; // reading reports its own progress
            }
            Integer before = handled.get(p.kind());
            if (before == null) {
                tracking.start(requestId, p.kind(), p.total());
                before = 0;
            }
            if (p.done() > before) {
                tracking.advanceBy(requestId, p.kind(), p.done() - before);
            }
            int failedBefore = handled.getOrDefault(p.kind() + "#failed", 0);
            for (int i = failedBefore; i < p.failed(); i++) {
                tx.executeWithoutResult(status -> tracking.advance(requestId, p.kind(), false));
            }
            handled.put(p.kind(), p.done());
            handled.put(p.kind() + "#failed", p.failed());
            if (p.finished() != null) {
                tracking.finish(requestId, p.kind());
            }
        };
    }

    private Path folder(String kenmerk) {
        String k = requests.get(kenmerk).verzoek().kenmerk();
        // a kenmerk is letters, digits and . _ / - : the slash becomes an underscore in the folder name
        return root.resolve(k.replace('/', '_'));
    }

    private static void cleanWorkFolders(Path dir) throws IOException {
        try (Stream<Path> s = Files.list(dir)) {
            for (Path p : s.filter(f -> f.getFileName().toString().startsWith(".nieuw.bezig-")).toList()) {
                deleteTree(p);
            }
        }
    }

    private static void deleteTree(Path p) throws IOException {
        if (!Files.exists(p)) {
            return;
        }
        try (Stream<Path> s = Files.walk(p)) {
            for (Path f : s.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(f);
            }
        }
    }

}
