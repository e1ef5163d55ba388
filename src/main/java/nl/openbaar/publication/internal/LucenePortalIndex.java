package nl.openbaar.publication.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import nl.openbaar.publication.PortalSearchEngine;
import nl.openbaar.publication.model.IndexedFile;
import nl.openbaar.publication.model.PortalQuery;
import nl.openbaar.publication.model.PortalResults;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.FieldType;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.document.SortedDocValuesField;
import org.apache.lucene.document.SortedSetDocValuesField;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexOptions;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.SortedDocValues;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.store.LockObtainFailedException;
import org.apache.lucene.util.BytesRef;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * The portal's embedded search engine: Lucene with its Dutch analysis, under {@code <data>/publication/index}.
 * One Lucene document per page of a public file, and one per file (for browsing without words and for
 * suggestions). It holds only what is public, apart from the case-work index, so no portal search can reach an
 * unpublished document. The write lock is taken only while writing, so the command line can publish beside a
 * running server; searches pick up another process's commits within a second.
 */
@Component
public class LucenePortalIndex implements PortalSearchEngine {

    static final String FILE = "file";
    static final String PUB = "pub";
    static final String LEVEL = "level";
    static final String PAGE_LEVEL = "page";
    static final String FILE_LEVEL = "file";
    static final String PAGE = "page";
    static final String TEXT = "text";
    static final String TITLE = "title";
    static final String SUGGEST = "suggest";
    static final String DATE = "date";
    static final String FACET = "f.";

    private static final FieldType TEXT_WITH_OFFSETS = new FieldType(TextField.TYPE_STORED);
    private static final FieldType WORDS_ONLY = new FieldType();

    static {
        TEXT_WITH_OFFSETS.setIndexOptions(IndexOptions.DOCS_AND_FREQS_AND_POSITIONS_AND_OFFSETS);
        TEXT_WITH_OFFSETS.freeze();
        WORDS_ONLY.setIndexOptions(IndexOptions.DOCS);
        WORDS_ONLY.setTokenized(true);
        WORDS_ONLY.setOmitNorms(true);
        WORDS_ONLY.freeze();
    }

    private final Path path;
    private final Analyzer analyzer = PortalAnalysis.perField();
    private Directory directory;
    private SearcherManager searchers;
    private IndexWriter bulkWriter;
    private long lastRefreshCheck;

    public LucenePortalIndex(@Value("${openbaar.data-dir}") Path dataDir) {
        this.path = dataDir.resolve("publication").resolve("index");
    }

    private synchronized SearcherManager searchers() throws IOException {
        if (searchers == null) {
            Files.createDirectories(path);
            directory = FSDirectory.open(path);
            if (!DirectoryReader.indexExists(directory)) {
                write(w -> {
                });
            }
            searchers = new SearcherManager(directory, null);
        }
        return searchers;
    }

    private interface Writing {
        void write(IndexWriter w) throws IOException;
    }

    /** Takes the write lock for one change (waiting up to 30 s for another process's), commits and releases it. */
    private synchronized void write(Writing change) throws IOException {
        if (directory == null) {
            Files.createDirectories(path);
            directory = FSDirectory.open(path);
        }
        if (bulkWriter != null) {
            change.write(bulkWriter);
            return;
        }
        long until = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
        while (true) {
            try (IndexWriter w = new IndexWriter(directory, config())) {
                change.write(w);
                w.commit();
                break;
            } catch (LockObtainFailedException e) {
                if (System.nanoTime() > until) {
                    throw e;
                }
                try {
                    Thread.sleep(100);
                } catch (InterruptedException ie) {
                    Thread.currentThread().interrupt();
                    throw new IOException("interrupted while waiting for the index", ie);
                }
            }
        }
        if (searchers != null) {
            searchers.maybeRefreshBlocking();
        }
    }

    private IndexWriterConfig config() {
        IndexWriterConfig c = new IndexWriterConfig(analyzer);
        c.setRAMBufferSizeMB(256);
        return c;
    }

    @Override
    public void put(IndexedFile file) {
        putAll(List.of(file));
    }

    @Override
    public void putAll(Collection<IndexedFile> files) {
        try {
            searchers();
            write(w -> {
                for (IndexedFile f : files) {
                    w.deleteDocuments(new Term(FILE, f.fileId()));
                    w.addDocuments(documents(f));
                }
            });
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Indexes many files with one writer held open until {@link #endBulk()} (a rebuild or the benchmark's corpus);
     * the files are not searchable before.
     */
    public synchronized void beginBulk(int threads) {
        try {
            searchers();
            IndexWriterConfig c = config();
            c.setRAMBufferSizeMB(512);
            c.setMaxBufferedDocs(IndexWriterConfig.DISABLE_AUTO_FLUSH);
            bulkWriter = new IndexWriter(directory, c);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Adds a file during a bulk load; safe to call from several threads. */
    public void bulkAdd(IndexedFile f) {
        IndexWriter w;
        synchronized (this) {
            w = bulkWriter;
        }
        try {
            w.addDocuments(documents(f));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Commits the bulk load, merges it down to a few segments, and makes it searchable. */
    public synchronized void endBulk(int maxSegments) {
        try {
            bulkWriter.forceMerge(Math.max(1, maxSegments));
            bulkWriter.commit();
            bulkWriter.close();
            bulkWriter = null;
            searchers.maybeRefreshBlocking();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static List<Document> documents(IndexedFile f) {
        List<Document> docs = new ArrayList<>(f.pages().size() + 1);
        // the document's own title: a document is found by what it says and what it is called, not by its decision's title
        String title = f.title();
        for (int i = 0; i < f.pages().size(); i++) {
            Document d = common(f, PAGE_LEVEL);
            d.add(new StoredField(PAGE, i + 1));
            d.add(new NumericDocValuesField(PAGE, i + 1));
            d.add(new Field(TEXT, f.pages().get(i), TEXT_WITH_OFFSETS));
            if (i == 0) {
                d.add(new TextField(TITLE, title, Field.Store.NO)); // a match on the title is a match on the first page
            }
            docs.add(d);
        }
        Document fd = common(f, FILE_LEVEL);
        StringBuilder words = new StringBuilder(title);
        for (String p : f.pages()) {
            words.append('\n').append(p);
        }
        fd.add(new Field(SUGGEST, words.toString(), WORDS_ONLY));
        docs.add(fd);
        return docs;
    }

    private static Document common(IndexedFile f, String level) {
        Document d = new Document();
        d.add(new StringField(FILE, f.fileId(), Field.Store.YES));
        d.add(new SortedDocValuesField(FILE, new BytesRef(f.fileId())));
        d.add(new StringField(PUB, f.publicationId(), Field.Store.YES));
        d.add(new SortedDocValuesField(PUB, new BytesRef(f.publicationId())));
        d.add(new StringField(LEVEL, level, Field.Store.NO));
        long day = f.date() == null ? Long.MIN_VALUE : f.date().toEpochDay();
        d.add(new NumericDocValuesField(DATE, day));
        d.add(new StoredField("t", f.title()));
        d.add(new StoredField("pt", f.publicationTitle()));
        d.add(new StoredField("org", nz(f.organisation())));
        d.add(new StoredField("cat", nz(f.category())));
        d.add(new StoredField("num", nz(f.inventoryNumber())));
        d.add(new StoredField("type", nz(f.documentType())));
        d.add(new StoredField("judg", nz(f.judgement())));
        d.add(new StoredField("kind", f.kind().name()));
        d.add(new StoredField("day", day));
        for (Map.Entry<nl.openbaar.publication.model.Facet, List<String>> e : PortalFacets.values(f).entrySet()) {
            for (String v : e.getValue()) {
                d.add(new SortedSetDocValuesField(FACET + e.getKey().name(), new BytesRef(v)));
            }
        }
        return d;
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }

    @Override
    public void remove(String fileId) {
        try {
            searchers();
            write(w -> w.deleteDocuments(new Term(FILE, fileId)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public Set<String> fileIds() {
        try {
            IndexSearcher s = acquire();
            try {
                Set<String> ids = new HashSet<>();
                for (LeafReaderContext leaf : s.getIndexReader().leaves()) {
                    SortedDocValues dv = leaf.reader().getSortedDocValues(FILE);
                    if (dv == null) {
                        continue;
                    }
                    var live = leaf.reader().getLiveDocs();
                    for (int doc = dv.nextDoc(); doc != SortedDocValues.NO_MORE_DOCS; doc = dv.nextDoc()) {
                        if (live == null || live.get(doc)) {
                            ids.add(dv.lookupOrd(dv.ordValue()).utf8ToString());
                        }
                    }
                }
                return ids;
            } finally {
                searchers.release(s);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The number of indexed pages (the benchmark's corpus size). */
    public long pageCount() {
        try {
            IndexSearcher s = acquire();
            try {
                return s.count(new org.apache.lucene.search.TermQuery(new Term(LEVEL, PAGE_LEVEL)));
            } finally {
                searchers.release(s);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public PortalResults search(PortalQuery query) {
        try {
            IndexSearcher s = acquire();
            try {
                return new PortalSearching(s, analyzer, query).run();
            } finally {
                searchers.release(s);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public List<String> suggest(String prefix, int max) {
        try {
            IndexSearcher s = acquire();
            try {
                return Suggestions.of(s.getIndexReader(), prefix, max);
            } finally {
                searchers.release(s);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private IndexSearcher acquire() throws IOException {
        SearcherManager m = searchers();
        long now = System.nanoTime();
        if (now - lastRefreshCheck > TimeUnit.SECONDS.toNanos(1)) {
            lastRefreshCheck = now;
            m.maybeRefresh(); // another process (the CLI, a second server) may have committed
        }
        return m.acquire();
    }

    @Override
    public synchronized void close() {
        try {
            if (bulkWriter != null) {
                bulkWriter.close();
                bulkWriter = null;
            }
            if (searchers != null) {
                searchers.close();
                searchers = null;
            }
            if (directory != null) {
                directory.close();
                directory = null;
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static LocalDate day(long epochDay) {
        return epochDay == Long.MIN_VALUE ? null : LocalDate.ofEpochDay(epochDay);
    }
}
