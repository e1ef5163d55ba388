package nl.openbaar.search.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.FieldType;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexOptions;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.NumericDocValues;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.Collector;
import org.apache.lucene.search.CollectorManager;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.LeafCollector;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.Scorable;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.TermInSetQuery;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.store.LockObtainFailedException;
import org.apache.lucene.util.BytesRef;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * The embedded Lucene index of document pages under {@code <data>/index/pages}: one Lucene document per page
 * (request, document, page, source, date, text), plus one marker per indexed document so that catching up
 * after a crash or on a new machine knows what is there. The database holds the texts; the index can always be
 * rebuilt from it. Several processes may share the folder: writing waits for Lucene's write lock.
 */
@Component
public class PageIndex {

    /** Held so the logger (and its level) is not collected: Lucene warns about the JVM on first use. */
    private static final java.util.logging.Logger VECTOR_LOG = java.util.logging.Logger.getLogger("org.apache.lucene.internal.vectorization");

    private static final FieldType TEXT_WITH_OFFSETS = new FieldType(TextField.TYPE_NOT_STORED);

    static {
        VECTOR_LOG.setLevel(java.util.logging.Level.SEVERE);
        try {
            org.springframework.boot.logging.LoggingSystem.get(PageIndex.class.getClassLoader())
                    .setLogLevel("org.apache.lucene", org.springframework.boot.logging.LogLevel.ERROR);
        } catch (RuntimeException ignored) {
            // no logging system to tune
        }
        TEXT_WITH_OFFSETS.setIndexOptions(IndexOptions.DOCS_AND_FREQS_AND_POSITIONS_AND_OFFSETS);
        TEXT_WITH_OFFSETS.freeze();
    }

    private final Path folder;
    private final Object writing = new Object();

    public PageIndex(@Value("${openbaar.data-dir}") Path dataDir) {
        this.folder = dataDir.resolve("index").resolve("pages");
    }

    /** A page to index. {@code date} is the document's date (or its family's), null when it has none. */
    public record Page(long requestId, long documentId, int page, String source, LocalDate date, String text) {
    }

    /** Adds the pages of documents, replacing whatever was indexed for those documents before. */
    public void add(List<Long> documentIds, List<Page> pages) {
        withWriter(w -> {
            for (Long id : documentIds) {
                w.deleteDocuments(new Term("doc", Long.toString(id)));
            }
            for (Page p : pages) {
                Document d = new Document();
                d.add(new StringField("doc", Long.toString(p.documentId()), Field.Store.NO));
                d.add(new NumericDocValuesField("doc_dv", p.documentId()));
                d.add(new NumericDocValuesField("page_dv", p.page()));
                d.add(new StringField("request", Long.toString(p.requestId()), Field.Store.NO));
                d.add(new StringField("source", p.source(), Field.Store.NO));
                if (p.date() == null) {
                    d.add(new StringField("undated", "1", Field.Store.NO));
                } else {
                    d.add(new LongPoint("day", p.date().toEpochDay()));
                }
                d.add(new Field(DutchAnalysis.TEXT, p.text(), TEXT_WITH_OFFSETS));
                d.add(new Field(DutchAnalysis.WORDS, p.text(), TextField.TYPE_NOT_STORED));
                w.addDocument(d);
            }
            for (Long id : documentIds) {
                Document marker = new Document();
                marker.add(new StringField("doc", Long.toString(id), Field.Store.NO));
                marker.add(new StringField("marker", Long.toString(id), Field.Store.YES));
                w.addDocument(marker);
            }
        });
    }

    /** The documents of a request that are in the index. */
    public Set<Long> indexed(long requestId, Set<Long> candidates) {
        Set<Long> out = new HashSet<>();
        if (candidates.isEmpty() || !exists()) {
            return out;
        }
        try (DirectoryReader reader = DirectoryReader.open(FSDirectory.open(folder))) {
            IndexSearcher searcher = new IndexSearcher(reader);
            List<BytesRef> ids = candidates.stream().map(id -> new BytesRef(Long.toString(id))).toList();
            Query q = new TermInSetQuery("marker", ids);
            var stored = searcher.storedFields();
            for (var sd : searcher.search(q, Math.max(1, candidates.size())).scoreDocs) {
                out.add(Long.parseLong(stored.document(sd.doc).get("marker")));
            }
            return out;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A page found: document and page number. */
    public record Found(long documentId, int page) {
    }

    /**
     * Every page of the request matching the query, within the sources (all when empty) and the period; pages of
     * undated documents are included when asked.
     */
    public List<Found> search(long requestId, Query query, List<String> sources, LocalDate from, LocalDate to, boolean undated) {
        if (!exists()) {
            return List.of();
        }
        BooleanQuery.Builder b = new BooleanQuery.Builder();
        b.add(query, BooleanClause.Occur.MUST);
        b.add(new TermQuery(new Term("request", Long.toString(requestId))), BooleanClause.Occur.FILTER);
        if (!sources.isEmpty()) {
            b.add(new TermInSetQuery("source", sources.stream().map(BytesRef::new).toList()), BooleanClause.Occur.FILTER);
        }
        if (from != null || to != null) {
            long lo = from == null ? Long.MIN_VALUE : from.toEpochDay();
            long hi = to == null ? Long.MAX_VALUE : to.toEpochDay();
            BooleanQuery.Builder period = new BooleanQuery.Builder();
            period.add(LongPoint.newRangeQuery("day", lo, hi), BooleanClause.Occur.SHOULD);
            if (undated) {
                period.add(new TermQuery(new Term("undated", "1")), BooleanClause.Occur.SHOULD);
            }
            b.add(period.build(), BooleanClause.Occur.FILTER);
        }
        try (DirectoryReader reader = DirectoryReader.open(FSDirectory.open(folder))) {
            IndexSearcher searcher = new IndexSearcher(reader);
            return searcher.search(b.build(), new FoundCollector());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public boolean exists() {
        try (Directory dir = FSDirectory.open(folder)) {
            return Files.isDirectory(folder) && DirectoryReader.indexExists(dir);
        } catch (IOException e) {
            return false;
        }
    }

    interface WriterWork {
        void run(IndexWriter writer) throws IOException;
    }

    private void withWriter(WriterWork work) {
        synchronized (writing) {
            long deadline = System.nanoTime() + Duration.ofMinutes(2).toNanos();
            while (true) {
                try {
                    Files.createDirectories(folder);
                    try (Directory dir = FSDirectory.open(folder);
                            IndexWriter w = new IndexWriter(dir, new IndexWriterConfig(DutchAnalysis.perField())
                                    .setOpenMode(IndexWriterConfig.OpenMode.CREATE_OR_APPEND))) {
                        work.run(w);
                        w.commit();
                        return;
                    }
                } catch (LockObtainFailedException busy) {
                    // another process is writing: wait for it
                    if (System.nanoTime() > deadline) {
                        throw new IllegalStateException("de zoekindex is bezet door een ander proces", busy);
                    }
                    try {
                        Thread.sleep(200);
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                        throw new IllegalStateException(e);
                    }
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }
        }
    }

    /** Collects (document, page) of every hit from doc values, without loading stored fields. */
    private static final class FoundCollector implements CollectorManager<Collector, List<Found>> {
        private final List<List<Found>> parts = new ArrayList<>();

        @Override
        public Collector newCollector() {
            List<Found> found = new ArrayList<>();
            synchronized (parts) {
                parts.add(found);
            }
            return new Collector() {
                @Override
                public LeafCollector getLeafCollector(LeafReaderContext context) throws IOException {
                    NumericDocValues doc = context.reader().getNumericDocValues("doc_dv");
                    NumericDocValues page = context.reader().getNumericDocValues("page_dv");
                    return new LeafCollector() {
                        @Override
                        public void setScorer(Scorable scorer) {
                        }

                        @Override
                        public void collect(int d) throws IOException {
                            if (doc != null && page != null && doc.advanceExact(d) && page.advanceExact(d)) {
                                found.add(new Found(doc.longValue(), (int) page.longValue()));
                            }
                        }
                    };
                }

                @Override
                public ScoreMode scoreMode() {
                    return ScoreMode.COMPLETE_NO_SCORES;
                }
            };
        }

        @Override
        public List<Found> reduce(java.util.Collection<Collector> collectors) {
            List<Found> all = new ArrayList<>();
            parts.forEach(all::addAll);
            return all;
        }
    }
}
