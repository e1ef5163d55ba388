package nl.openbaar.publication.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import nl.openbaar.publication.model.SearchHit;
import nl.openbaar.publication.model.SearchResult;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.nl.DutchAnalyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.FieldType;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.IndexOptions;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.Term;
import org.apache.lucene.queryparser.simple.SimpleQueryParser;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.uhighlight.Passage;
import org.apache.lucene.search.uhighlight.PassageFormatter;
import org.apache.lucene.search.uhighlight.UnifiedHighlighter;
import org.apache.lucene.store.FSDirectory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * The portal's full-text index: one Lucene document per page of a public file, with Dutch stemming. It holds
 * only what is public: pages are added when a publication is published and removed, with a commit, the moment a
 * file is withdrawn. It is kept apart from the case-work index so that no search on the portal can ever reach
 * an unpublished document. The database is the truth; {@link #reconcile} makes the index match it.
 */
@Component
public class PortalIndex implements AutoCloseable {

    private static final FieldType TEXT_WITH_OFFSETS = new FieldType(TextField.TYPE_STORED);

    static {
        TEXT_WITH_OFFSETS.setIndexOptions(IndexOptions.DOCS_AND_FREQS_AND_POSITIONS_AND_OFFSETS);
        TEXT_WITH_OFFSETS.freeze();
    }

    private final Path dir;
    private Analyzer analyzer;
    private IndexWriter writer;
    private SearcherManager searchers;

    public PortalIndex(@Value("${openbaar.data-dir}") Path dataDir) {
        this.dir = dataDir.resolve("publication").resolve("index");
    }

    private synchronized void open() throws IOException {
        if (writer == null) {
            Files.createDirectories(dir);
            analyzer = new DutchAnalyzer();
            writer = new IndexWriter(FSDirectory.open(dir), new IndexWriterConfig(analyzer));
            searchers = new SearcherManager(writer, null);
        }
    }

    /** A page to index. */
    public record Page(String filePublicId, String publicationPublicId, String title, String decisionTitle, int number, String text) {
    }

    /** Replaces a file's pages in the index and makes them searchable at once. */
    public synchronized void put(String filePublicId, List<Page> pages) {
        try {
            open();
            writer.deleteDocuments(new Term("file", filePublicId));
            for (Page p : pages) {
                Document d = new Document();
                d.add(new StringField("file", p.filePublicId(), Field.Store.YES));
                d.add(new StringField("publication", p.publicationPublicId(), Field.Store.YES));
                d.add(new StoredField("title", p.title()));
                d.add(new TextField("titleText", p.title(), Field.Store.NO));
                d.add(new StoredField("decision", p.decisionTitle()));
                d.add(new StoredField("page", p.number()));
                d.add(new Field("text", p.text(), TEXT_WITH_OFFSETS));
                writer.addDocument(d);
            }
            commit();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Removes a file from search; when this returns, no search finds it any more. */
    public synchronized void remove(String filePublicId) {
        try {
            open();
            writer.deleteDocuments(new Term("file", filePublicId));
            commit();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The file ids the index holds. */
    public synchronized Set<String> files() {
        try {
            open();
            IndexSearcher s = searchers.acquire();
            try {
                Set<String> ids = new HashSet<>();
                TopDocs all = s.search(new MatchAllDocsQuery(), Math.max(1, s.getIndexReader().maxDoc()));
                StoredFields stored = s.storedFields();
                for (ScoreDoc sd : all.scoreDocs) {
                    ids.add(stored.document(sd.doc).get("file"));
                }
                return ids;
            } finally {
                searchers.release(s);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public SearchResult search(String queryText, int offset, int pageSize) {
        if (queryText == null || queryText.isBlank()) {
            return new SearchResult(queryText, 0, List.of(), 0, pageSize);
        }
        try {
            open();
            SimpleQueryParser parser = new SimpleQueryParser(analyzer, Map.of("text", 1.0f, "titleText", 2.0f));
            parser.setDefaultOperator(BooleanClause.Occur.MUST);
            Query query = parser.parse(queryText.length() > 500 ? queryText.substring(0, 500) : queryText);
            if (query == null) {
                return new SearchResult(queryText, 0, List.of(), 0, pageSize);
            }
            IndexSearcher s = searchers.acquire();
            try {
                TopDocs top = s.search(query, offset + pageSize);
                ScoreDoc[] docs = top.scoreDocs;
                int from = Math.min(offset, docs.length);
                int[] ids = new int[docs.length - from];
                for (int i = from; i < docs.length; i++) {
                    ids[i - from] = docs[i].doc;
                }
                PassageHighlighter highlighter = new PassageHighlighter(UnifiedHighlighter.builder(s, analyzer)
                        .withFormatter(new FragmentFormatter()).withMaxLength(100_000));
                Object[] passages = ids.length == 0 ? new Object[0]
                        : highlighter.passages(query, ids);
                List<SearchHit> hits = new ArrayList<>();
                StoredFields stored = s.storedFields();
                for (int i = 0; i < ids.length; i++) {
                    Document d = stored.document(ids[i]);
                    @SuppressWarnings("unchecked")
                    List<List<SearchHit.Fragment>> p = passages[i] == null ? List.of() : (List<List<SearchHit.Fragment>>) passages[i];
                    hits.add(new SearchHit(d.get("file"), d.get("publication"), d.get("title"), d.get("decision"),
                            d.getField("page").numericValue().intValue(), p));
                }
                return new SearchResult(queryText, top.totalHits.value(), hits, offset, pageSize);
            } finally {
                searchers.release(s);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void commit() throws IOException {
        writer.commit();
        searchers.maybeRefreshBlocking();
    }

    @Override
    public synchronized void close() throws IOException {
        if (writer != null) {
            searchers.close();
            writer.close();
            writer = null;
        }
    }

    /** Exposes the highlighter's per-document objects, which carry our fragments rather than HTML. */
    private static final class PassageHighlighter extends UnifiedHighlighter {
        PassageHighlighter(UnifiedHighlighter.Builder builder) {
            super(builder);
        }

        Object[] passages(Query query, int[] docIds) throws IOException {
            return highlightFieldsAsObjects(new String[] {"text"}, query, docIds, new int[] {3}).get("text");
        }
    }

    /** Passages as plain-text fragments, highlighted or not: the page escapes them, so no markup comes from documents. */
    private static final class FragmentFormatter extends PassageFormatter {
        @Override
        public Object format(Passage[] passages, String content) {
            List<List<SearchHit.Fragment>> out = new ArrayList<>();
            for (Passage p : passages) {
                List<SearchHit.Fragment> fragments = new ArrayList<>();
                int pos = p.getStartOffset();
                for (int i = 0; i < p.getNumMatches(); i++) {
                    int start = p.getMatchStarts()[i];
                    int end = p.getMatchEnds()[i];
                    if (start < pos) {
                        continue;
                    }
                    if (start > pos) {
                        fragments.add(new SearchHit.Fragment(clean(content.substring(pos, start)), false));
                    }
                    fragments.add(new SearchHit.Fragment(clean(content.substring(start, end)), true));
                    pos = end;
                }
                if (pos < p.getEndOffset()) {
                    fragments.add(new SearchHit.Fragment(clean(content.substring(pos, p.getEndOffset())), false));
                }
                out.add(fragments);
            }
            return out;
        }

        private static String clean(String s) {
            return s.replaceAll("\\s+", " ");
        }
    }
}
