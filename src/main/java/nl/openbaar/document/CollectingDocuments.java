package nl.openbaar.document;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import nl.openbaar.document.internal.DocumentReader;
import nl.openbaar.document.internal.FileStore;
import nl.openbaar.document.internal.JdbcDocuments;
import nl.openbaar.document.internal.Sources;
import nl.openbaar.document.model.CollectReport;
import nl.openbaar.document.model.Document;
import nl.openbaar.document.model.DocumentStatus;
import nl.openbaar.request.FindingRequests;
import nl.openbaar.shared.InvalidInputException;
import nl.openbaar.work.BackgroundWork;
import nl.openbaar.work.TrackingProgress;
import nl.openbaar.work.model.Progress;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Collects documents for a request from folders, archives, mailbox exports and single files: every item is
 * stored (content-addressed) and registered, and a background task reads each one. Collecting the same source
 * again adds only what is new, and a run that was interrupted continues where it stopped.
 *
 * <p>{@link #collect} does it all and returns when the documents are read and organised, running a worker in
 * this process (the CLI, the pipeline); {@link #register} only registers and schedules, for the server and
 * for {@code openbaar worker} processes to pick up.
 */
@Service
public class CollectingDocuments {

    private final FindingRequests requests;
    private final JdbcDocuments documents;
    private final FileStore store;
    private final DocumentReader reader;
    private final BackgroundWork work;
    private final TrackingProgress progress;
    private final OrganisingDocuments organising;
    private final TransactionTemplate tx;
    private final Clock clock;

    public CollectingDocuments(FindingRequests requests, JdbcDocuments documents, FileStore store, DocumentReader reader,
            BackgroundWork work, TrackingProgress progress, OrganisingDocuments organising, TransactionTemplate tx, Clock clock) {
        this.requests = requests;
        this.documents = documents;
        this.store = store;
        this.reader = reader;
        this.work = work;
        this.progress = progress;
        this.organising = organising;
        this.tx = tx;
        this.clock = clock;
    }

    /** What registering found: new items, items seen before, and what could not be taken in. */
    public record Registration(long requestId, int added, int unchanged, List<CollectReport.Failure> skipped) {
    }

    /**
     * Registers everything in the sources and schedules its reading; returns at once.
     *
     * @param sourceName the name under which the sources are recorded (and counted in a search sweep), e.g.
     *                   "Mailbox DDO"; null to use each source's own file or folder name
     */
    public Registration register(String kenmerk, List<Path> sources, String sourceName) {
        long requestId = requests.get(kenmerk).verzoek().id();
        if (sources == null || sources.isEmpty()) {
            throw new InvalidInputException("source", "geef ten minste één bron (map, archief of bestand)");
        }
        for (Path p : sources) {
            if (!Files.exists(p)) {
                throw new InvalidInputException("source", "bron " + p + " bestaat niet");
            }
            if (!Files.isReadable(p)) {
                throw new InvalidInputException("source", "bron " + p + " is niet leesbaar");
            }
        }
        int[] added = {0};
        int[] unchanged = {0};
        List<CollectReport.Failure> skipped = new ArrayList<>();
        Sources walker = new Sources(store, reader.limits());
        for (Path source : sources) {
            String label = sourceName != null && !sourceName.isBlank() ? sourceName.strip() : label(source);
            try {
                walker.walk(source, new Sources.Sink() {
                    @Override
                    public void item(String fileName, String sourcePath, FileStore.Stored stored) {
                        var reg = tx.execute(s -> documents.register(new JdbcDocuments.NewDocument(requestId, null, null, fileName, label,
                                sourcePath, stored.sha256(), stored.size()), clock.instant()));
                        if (reg.added()) {
                            added[0]++;
                        } else {
                            unchanged[0]++;
                        }
                    }

                    @Override
                    public void failed(String fileName, String sourcePath, FileStore.Stored stored, String reason) {
                        if (stored == null) {
                            skipped.add(new CollectReport.Failure(null, sourcePath, reason));
                            return;
                        }
                        // a container that could not be opened is a document of the case with an error
                        Long id = tx.execute(s -> {
                            var reg = documents.register(new JdbcDocuments.NewDocument(requestId, null, null, fileName, label,
                                    sourcePath, stored.sha256(), stored.size()), clock.instant());
                            if (reg.added()) {
                                documents.markFailed(reg.id(), reason, clock.instant());
                            }
                            return reg.added() ? reg.id() : null;
                        });
                        if (id != null) {
                            added[0]++;
                        } else {
                            unchanged[0]++;
                        }
                    }
                });
            } catch (IOException e) {
                skipped.add(new CollectReport.Failure(null, source.toString(), "bron kon niet worden gelezen: " + e.getMessage()));
            }
        }
        List<Long> pending = documents.pending(requestId);
        progress.start(requestId, Progress.READING, pending.size());
        work.scheduleAll(ReadingDocument.TASK, pending.stream()
                .map(id -> new BackgroundWork.Item(ReadingDocument.instance(requestId, id), Long.toString(id))).toList());
        if (pending.isEmpty()) {
            work.schedule(OrganisingDocuments.TASK, "r" + requestId, Long.toString(requestId));
        }
        return new Registration(requestId, added[0], unchanged[0], skipped);
    }

    /** Collects and waits until everything is read and organised, running a worker in this process. */
    public CollectReport collect(String kenmerk, List<Path> sources) {
        return collect(kenmerk, sources, null, p -> {
        });
    }

    /**
     * @param onProgress called about every half second with the reading progress (the CLI's progress bar)
     */
    public CollectReport collect(String kenmerk, List<Path> sources, String sourceName, Consumer<Progress> onProgress) {
        Instant started = clock.instant();
        Registration reg = register(kenmerk, sources, sourceName);
        long requestId = reg.requestId();
        try (BackgroundWork.Worker worker = work.start()) {
            awaitRead(requestId, onProgress);
        }
        // the worker organised the documents after the last read; make sure it happened after this run started
        boolean organised = progress.of(requestId, Progress.ORGANISING)
                .map(p -> p.finished() != null && !p.finished().isBefore(started)).orElse(false);
        if (!organised) {
            organising.organise(requestId);
        }
        progress.of(requestId, Progress.READING).ifPresent(onProgress);
        return report(kenmerk, requestId, reg, started);
    }

    private void awaitRead(long requestId, Consumer<Progress> onProgress) {
        String prefix = "r" + requestId + "-";
        int idle = 0;
        while (true) {
            progress.of(requestId, Progress.READING).ifPresent(onProgress);
            int pending = documents.countPending(requestId);
            int reading = work.queued(ReadingDocument.TASK, prefix);
            int organise = work.queued(OrganisingDocuments.TASK, "r" + requestId);
            if (pending == 0 && reading == 0 && organise == 0) {
                return;
            }
            if (pending > 0 && reading == 0) {
                // pending documents without a task (a task that gave up): schedule them again; the attempt
                // counter fails a document that keeps breaking off
                if (++idle > 3) {
                    work.scheduleAll(ReadingDocument.TASK, documents.pending(requestId).stream()
                            .map(id -> new BackgroundWork.Item(ReadingDocument.instance(requestId, id), Long.toString(id))).toList());
                    idle = 0;
                }
            }
            try {
                Thread.sleep(Duration.ofMillis(300));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("collecting interrupted", e);
            }
        }
    }

    private CollectReport report(String kenmerk, long requestId, Registration reg, Instant started) {
        List<Document> all = documents.forRequest(requestId);
        List<CollectReport.Failure> failed = new ArrayList<>();
        int read = 0;
        int pages = 0;
        for (Document d : all) {
            if (d.status() == DocumentStatus.FAILED) {
                failed.add(new CollectReport.Failure(d.id(), d.sourcePath(), d.errorReason()));
            }
            if (d.status() == DocumentStatus.READ) {
                pages += d.pageCount();
            }
        }
        read = (int) all.stream().filter(d -> d.status() == DocumentStatus.READ).count();
        return new CollectReport(kenmerk, reg.added(), reg.unchanged(), read, failed, reg.skipped(), all.size(), pages);
    }

    private static String label(Path source) {
        Path name = source.toAbsolutePath().normalize().getFileName();
        return name == null ? source.toString() : name.toString();
    }
}
