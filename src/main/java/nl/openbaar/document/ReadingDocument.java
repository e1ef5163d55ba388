package nl.openbaar.document;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import nl.openbaar.document.internal.DocumentReader;
import nl.openbaar.document.internal.FileStore;
import nl.openbaar.document.internal.Fingerprint;
import nl.openbaar.document.internal.JdbcDocuments;
import nl.openbaar.document.internal.ReadResult;
import nl.openbaar.document.internal.ReadingException;
import nl.openbaar.document.model.Document;
import nl.openbaar.document.model.DocumentStatus;
import nl.openbaar.shared.layout.PageLayout;
import nl.openbaar.work.BackgroundWork;
import nl.openbaar.work.TrackingProgress;
import nl.openbaar.work.model.Progress;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Reads one collected document: working PDF, pages with word boxes (OCR where needed), e-mail headers, and its
 * attachments registered as child documents. Idempotent — a document that is no longer PENDING is left alone,
 * and the result is stored in one transaction together with its progress count — so the task may safely run
 * again after a crash. A document that cannot be read gets FAILED with a reason; nothing else is affected.
 */
@Service
public class ReadingDocument {

    /** The background task that reads one document; its data is the document id. */
    public static final String TASK = "document-read";
    /** A document whose reading broke off this many times (the worker died each time) is given up. */
    static final int MAX_ATTEMPTS = 3;

    private static final Logger LOG = LoggerFactory.getLogger(ReadingDocument.class);
    private static final ExecutorService READERS = Executors.newCachedThreadPool(r -> {
        // a small stack: a hostile file that recurses without end fails fast instead of eating memory
        Thread t = new Thread(null, r, "document-reader", 16L << 20);
        t.setDaemon(true);
        return t;
    });

    private final JdbcDocuments documents;
    private final DocumentReader reader;
    private final FileStore store;
    private final TrackingProgress progress;
    private final BackgroundWork work;
    private final TransactionTemplate tx;
    private final Clock clock;

    public ReadingDocument(JdbcDocuments documents, DocumentReader reader, FileStore store, TrackingProgress progress,
            BackgroundWork work, TransactionTemplate tx, Clock clock) {
        this.documents = documents;
        this.reader = reader;
        this.store = store;
        this.progress = progress;
        this.work = work;
        this.tx = tx;
        this.clock = clock;
    }

    /** Reads the document unless it was read already; returns its state afterwards. */
    public DocumentStatus read(long id) {
        Document d = documents.find(id).orElse(null);
        if (d == null) {
            return null;
        }
        if (d.status() != DocumentStatus.PENDING) {
            return d.status();
        }
        int attempts = documents.startAttempt(id);
        if (attempts > MAX_ATTEMPTS) {
            fail(d, "lezen brak " + MAX_ATTEMPTS + " keer af (het proces stopte); het document wordt overgeslagen");
            return DocumentStatus.FAILED;
        }
        int depth = documents.depth(id);
        ReadResult result;
        try {
            if (depth > reader.limits().maxNesting()) {
                throw new ReadingException("te diep genest (meer dan " + reader.limits().maxNesting() + " niveaus bijlagen of archieven)");
            }
            result = withTimeout(d, depth);
        } catch (ReadingException e) {
            fail(d, e.getMessage());
            return DocumentStatus.FAILED;
        }
        String layout = storeLayout(result.pages());
        StringBuilder text = new StringBuilder();
        for (PageLayout p : result.pages()) {
            text.append(p.text()).append('\n');
        }
        Fingerprint.Sample sample = Fingerprint.of(result.content() != null ? result.content() : text);
        List<Long> children = tx.execute(status -> {
            if (!documents.markRead(id, result, layout, text.length(), clock.instant())) {
                return List.<Long>of();
            }
            documents.storeSignature(id, sample.shingles(), sample.toBytes());
            List<Long> added = new java.util.ArrayList<>();
            int position = 0;
            for (ReadResult.Child c : result.children()) {
                position++;
                var reg = documents.register(new JdbcDocuments.NewDocument(d.requestId(), id, position, c.fileName(), d.source(),
                        d.sourcePath() + "/" + position + "-" + c.fileName(), c.sha256(), c.size()), clock.instant());
                if (reg.added()) {
                    added.add(reg.id());
                }
            }
            if (!added.isEmpty()) {
                progress.grow(d.requestId(), Progress.READING, added.size());
            }
            progress.advance(d.requestId(), Progress.READING, true);
            return added;
        });
        for (Long child : children) {
            work.schedule(TASK, instance(d.requestId(), child), Long.toString(child));
        }
        afterEach(d.requestId());
        return DocumentStatus.READ;
    }

    private ReadResult withTimeout(Document d, int depth) {
        Future<ReadResult> f = READERS.submit(() -> reader.read(d.sha256(), d.fileName(), depth));
        long timeout = reader.limits().timePerDocument().toMillis();
        try {
            return f.get(timeout, TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            f.cancel(true);
            throw new ReadingException("lezen duurde langer dan " + reader.limits().timePerDocument().toSeconds()
                    + " s (openbaar.documents.time-per-document)");
        } catch (InterruptedException e) {
            f.cancel(true);
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while reading document " + d.id(), e);
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof ReadingException r) {
                throw r;
            }
            if (cause instanceof StackOverflowError) {
                throw new ReadingException("de structuur van het bestand is te diep genest of verwijst naar zichzelf");
            }
            if (cause instanceof OutOfMemoryError) {
                throw new ReadingException("te weinig geheugen om dit bestand te lezen");
            }
            if (cause instanceof FileStore.TooLargeException t) {
                throw new ReadingException(t.getMessage());
            }
            LOG.warn("Document {} ({}) could not be read", d.id(), d.fileName(), cause);
            throw new ReadingException("onleesbaar bestand (" + describe(cause) + ")");
        }
    }

    private void fail(Document d, String reason) {
        tx.executeWithoutResult(s -> {
            if (documents.markFailed(d.id(), reason, clock.instant())) {
                progress.advance(d.requestId(), Progress.READING, false);
            }
        });
        LOG.info("Document {} ({}) not read: {}", d.id(), d.fileName(), reason);
        afterEach(d.requestId());
    }

    /** When the last document of a request is done, its documents are put in order (threads, duplicates, numbers). */
    private void afterEach(long requestId) {
        if (documents.countPending(requestId) == 0) {
            work.schedule(OrganisingDocuments.TASK, "r" + requestId, Long.toString(requestId));
        }
    }

    private String storeLayout(List<PageLayout> pages) {
        Path dir = store.scratch();
        try {
            Path file = dir.resolve("layout.bin");
            try (OutputStream out = Files.newOutputStream(file)) {
                nl.openbaar.document.internal.LayoutCodec.write(pages, out);
            }
            return store.put(file).sha256();
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        } finally {
            try (var walk = Files.walk(dir)) {
                walk.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            } catch (IOException ignored) {
                // temp files are cleaned up with the store's tmp folder
            }
        }
    }

    static String instance(long requestId, long documentId) {
        return "r" + requestId + "-d" + documentId;
    }

    private static String describe(Throwable t) {
        String m = t.getMessage();
        return t.getClass().getSimpleName() + (m == null ? "" : ": " + (m.length() > 160 ? m.substring(0, 160) + "…" : m));
    }
}
