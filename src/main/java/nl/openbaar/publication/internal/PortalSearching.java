package nl.openbaar.publication.internal;

import java.io.IOException;
import java.text.BreakIterator;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import nl.openbaar.publication.model.Facet;
import nl.openbaar.publication.model.FacetCount;
import nl.openbaar.publication.model.FileKind;
import nl.openbaar.publication.model.PortalQuery;
import nl.openbaar.publication.model.PortalResults;
import nl.openbaar.publication.model.PortalResults.DocumentHit;
import nl.openbaar.publication.model.PortalResults.Fragment;
import nl.openbaar.publication.model.PortalResults.PublicationHit;
import nl.openbaar.publication.model.SearchSort;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.NumericDocValues;
import org.apache.lucene.index.SortedDocValues;
import org.apache.lucene.index.SortedSetDocValues;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.Term;
import org.apache.lucene.queryparser.simple.SimpleQueryParser;
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
import org.apache.lucene.search.uhighlight.LengthGoalBreakIterator;
import org.apache.lucene.search.uhighlight.Passage;
import org.apache.lucene.search.uhighlight.PassageFormatter;
import org.apache.lucene.search.uhighlight.UnifiedHighlighter;
import org.apache.lucene.util.BytesRef;
import org.apache.lucene.util.FixedBitSet;

/**
 * One portal search on the Lucene index, in two passes. The first visits every page that matches the words (or,
 * without words, every file) once: per file its best page, its number of matching pages and whether it passes the
 * filters; per publication its best file and totals; and the facet counts, each facet counted with the other
 * facets' filters applied but not its own (so the list of values shows what choosing another would give). The
 * second pass, only for the publications on the page asked for, finds the matching pages of their best documents
 * and a passage of the best page.
 */
final class PortalSearching {

    static final int FILES_PER_PUBLICATION = 3;
    static final int PAGES_LISTED = 8;
    static final int FACET_VALUES = 50;
    static final int MAX_QUERY_LENGTH = 500;
    private static final Facet[] DIMS = Facet.values();
    private static final int DATE_BIT = DIMS.length;
    private static final int ALL = (1 << (DIMS.length + 1)) - 1;

    private final IndexSearcher searcher;
    private final Analyzer analyzer;
    private final PortalQuery q;

    PortalSearching(IndexSearcher searcher, Analyzer analyzer, PortalQuery q) {
        this.searcher = searcher;
        this.analyzer = analyzer;
        this.q = q;
    }

    PortalResults run() throws IOException {
        Query text = q.hasText() ? parse(q.text()) : null;
        if (q.hasText() && text == null) {
            return new PortalResults(q, 0, 0, 0, List.of(), emptyFacets());
        }
        BooleanQuery.Builder base = new BooleanQuery.Builder();
        if (text != null) {
            base.add(text, BooleanClause.Occur.MUST);
            base.add(new TermQuery(new Term(LucenePortalIndex.LEVEL, LucenePortalIndex.PAGE_LEVEL)), BooleanClause.Occur.FILTER);
        } else {
            base.add(new TermQuery(new Term(LucenePortalIndex.LEVEL, LucenePortalIndex.FILE_LEVEL)), BooleanClause.Occur.FILTER);
        }
        if (q.publication() != null && !q.publication().isBlank()) {
            base.add(new TermQuery(new Term(LucenePortalIndex.PUB, q.publication().strip())), BooleanClause.Occur.FILTER);
        }
        Aggregation agg = new Aggregation(text != null);
        searcher.search(base.build(), new CollectorManager<Aggregation, Aggregation>() {
            @Override
            public Aggregation newCollector() {
                return agg;
            }

            @Override
            public Aggregation reduce(java.util.Collection<Aggregation> collectors) {
                return agg;
            }
        });
        agg.finishLeaves();

        List<Pub> pubs = new ArrayList<>(agg.pubs.values());
        pubs.sort(order(q.sort()));
        int from = Math.max(0, (q.page() - 1) * q.pageSize());
        List<Pub> shown = from >= pubs.size() ? List.of() : pubs.subList(from, Math.min(pubs.size(), from + q.pageSize()));
        List<PublicationHit> hits = details(shown, text, agg.leaves);
        return new PortalResults(q, agg.pages, agg.documents, pubs.size(), hits, agg.facets(q));
    }

    private Query parse(String text) {
        String t = text.length() > MAX_QUERY_LENGTH ? text.substring(0, MAX_QUERY_LENGTH) : text;
        int flags = SimpleQueryParser.AND_OPERATOR | SimpleQueryParser.NOT_OPERATOR | SimpleQueryParser.OR_OPERATOR
                | SimpleQueryParser.PHRASE_OPERATOR | SimpleQueryParser.PRECEDENCE_OPERATORS | SimpleQueryParser.PREFIX_OPERATOR
                | SimpleQueryParser.WHITESPACE_OPERATOR | SimpleQueryParser.ESCAPE_OPERATOR;
        SimpleQueryParser parser = new SimpleQueryParser(analyzer, Map.of(LucenePortalIndex.TEXT, 1.0f, LucenePortalIndex.TITLE, 2.0f),
                flags) {
            @Override
            protected Query newPrefixQuery(String prefix) {
                // a prefix of one or two letters would expand to much of the vocabulary: read it as a word
                return prefix.length() < 3 ? newDefaultQuery(prefix) : super.newPrefixQuery(prefix);
            }
        };
        parser.setDefaultOperator(BooleanClause.Occur.MUST);
        return parser.parse(t);
    }

    private static Comparator<Pub> order(SearchSort sort) {
        Comparator<Pub> byScore = Comparator.comparingDouble((Pub p) -> p.best).reversed();
        Comparator<Pub> newest = Comparator.comparingLong((Pub p) -> p.day).reversed();
        Comparator<Pub> id = Comparator.comparing(p -> p.id);
        return switch (sort) {
            case RELEVANCE -> byScore.thenComparing(newest).thenComparing(id);
            case NEWEST -> newest.thenComparing(byScore).thenComparing(id);
            case OLDEST -> Comparator.comparingLong((Pub p) -> p.day).thenComparing(byScore).thenComparing(id);
        };
    }

    /** The second pass: matching pages and a passage for the best documents of the publications shown. */
    private List<PublicationHit> details(List<Pub> shown, Query text, List<LeafReaderContext> leaves) throws IOException {
        if (shown.isEmpty()) {
            return List.of();
        }
        Map<String, FileRef> files = new LinkedHashMap<>();
        for (Pub p : shown) {
            for (FileRef f : p.top) {
                if (f != null) {
                    f.id = leaves.get(f.leaf).reader().getSortedDocValues(LucenePortalIndex.FILE).lookupOrd(f.ord).utf8ToString();
                    files.put(f.id, f);
                }
            }
        }
        Map<String, List<int[]>> pagesByFile = new HashMap<>();
        if (text != null) {
            Query pagesOf = new BooleanQuery.Builder()
                    .add(text, BooleanClause.Occur.MUST)
                    .add(new TermInSetQuery(LucenePortalIndex.FILE, files.keySet().stream().map(BytesRef::new).toList()),
                            BooleanClause.Occur.FILTER)
                    .add(new TermQuery(new Term(LucenePortalIndex.LEVEL, LucenePortalIndex.PAGE_LEVEL)), BooleanClause.Occur.FILTER)
                    .build();
            searcher.search(pagesOf, new PageCollector(pagesByFile));
        }
        StoredFields stored = searcher.storedFields();
        Map<String, List<Fragment>> snippets = text == null ? Map.of() : snippets(text, files.values());
        List<PublicationHit> out = new ArrayList<>();
        for (Pub p : shown) {
            List<DocumentHit> docs = new ArrayList<>();
            Document first = null;
            for (FileRef f : p.top) {
                if (f == null) {
                    continue;
                }
                Document d = stored.document(f.bestDoc);
                if (first == null) {
                    first = d;
                }
                List<int[]> matched = pagesByFile.getOrDefault(f.id, List.of());
                List<Integer> numbers = matched.stream().map(m -> m[0]).sorted().limit(PAGES_LISTED).toList();
                int bestPage = text == null ? 1 : stored(d.getField(LucenePortalIndex.PAGE));
                docs.add(new DocumentHit(f.id, d.get("t"), blank(d.get("num")), blank(d.get("type")), blank(d.get("judg")),
                        FileKind.valueOf(d.get("kind")), f.pages, numbers, bestPage, snippets.getOrDefault(f.id, List.of())));
            }
            if (first == null) {
                continue;
            }
            out.add(new PublicationHit(p.id, first.get("pt"), blank(first.get("org")), blank(first.get("cat")),
                    LucenePortalIndex.day(first.getField("day").numericValue().longValue()), p.docs, p.pages, docs));
        }
        return out;
    }

    private static int stored(org.apache.lucene.index.IndexableField f) {
        return f == null ? 1 : f.numericValue().intValue();
    }

    private Map<String, List<Fragment>> snippets(Query text, java.util.Collection<FileRef> files) throws IOException {
        List<FileRef> list = new ArrayList<>(files);
        int[] docs = list.stream().mapToInt(f -> f.bestDoc).toArray();
        int[] order = java.util.stream.IntStream.range(0, docs.length).boxed().sorted(Comparator.comparingInt(i -> docs[i]))
                .mapToInt(Integer::intValue).toArray();
        int[] sorted = java.util.Arrays.stream(order).map(i -> docs[i]).toArray();
        Snippets h = new Snippets(UnifiedHighlighter.builder(searcher, analyzer)
                .withFormatter(new FragmentFormatter())
                // about two lines of text around the first match, cut at words: headers and tables have no sentences
                .withBreakIterator(() -> LengthGoalBreakIterator.createClosestToLength(
                        BreakIterator.getWordInstance(Locale.forLanguageTag("nl")), 200, 0.4f))
                .withMaxNoHighlightPassages(1)
                .withMaxLength(50_000));
        Object[] passages = h.passages(text, sorted);
        Map<String, List<Fragment>> out = new HashMap<>();
        for (int k = 0; k < order.length; k++) {
            @SuppressWarnings("unchecked")
            List<Fragment> p = passages[k] == null ? List.of() : (List<Fragment>) passages[k];
            out.put(list.get(order[k]).id, p);
        }
        return out;
    }

    private static String blank(String s) {
        return s == null || s.isEmpty() ? null : s;
    }

    private Map<Facet, List<FacetCount>> emptyFacets() {
        Map<Facet, List<FacetCount>> m = new EnumMap<>(Facet.class);
        for (Facet f : DIMS) {
            m.put(f, q.values(f).stream().map(v -> new FacetCount(v, 0, true)).toList());
        }
        return m;
    }

    /** A publication's totals in the first pass. */
    static final class Pub {
        final String id;
        float best = Float.NEGATIVE_INFINITY;
        long day = Long.MIN_VALUE;
        int docs;
        long pages;
        final FileRef[] top = new FileRef[FILES_PER_PUBLICATION];

        Pub(String id) {
            this.id = id;
        }

        void add(FileRef f, long fileDay, boolean byScore) {
            docs++;
            pages += f.pages;
            best = Math.max(best, f.score);
            day = Math.max(day, fileDay);
            int slot = -1;
            for (int i = 0; i < top.length; i++) {
                if (top[i] == null) {
                    slot = i;
                    break;
                }
            }
            if (slot < 0) {
                if (!byScore) {
                    return; // without words: the first documents in the publication's order
                }
                int worst = 0;
                for (int i = 1; i < top.length; i++) {
                    if (top[i].score < top[worst].score) {
                        worst = i;
                    }
                }
                if (top[worst].score >= f.score) {
                    return;
                }
                slot = worst;
            }
            top[slot] = f;
            if (byScore) {
                java.util.Arrays.sort(top, Comparator.nullsLast(Comparator.comparingDouble((FileRef r) -> r.score).reversed()));
            }
        }
    }

    /** A file in the first pass: where it is, its best page (a doc id of the whole index) and how many pages matched. */
    static final class FileRef {
        final int leaf;
        final int ord;
        final float score;
        final int bestDoc;
        final int pages;
        String id;

        FileRef(int leaf, int ord, float score, int bestDoc, int pages) {
            this.leaf = leaf;
            this.ord = ord;
            this.score = score;
            this.bestDoc = bestDoc;
            this.pages = pages;
        }
    }

    /** The first pass. Pages of one file are visited one after another; everything per file is kept in arrays. */
    private final class Aggregation implements Collector {
        final boolean scoring;
        final Map<String, Pub> pubs = new HashMap<>();
        final List<LeafReaderContext> leaves = new ArrayList<>();
        final List<Leaf> leafCollectors = new ArrayList<>();
        final Map<Facet, Map<String, Long>> counts = new EnumMap<>(Facet.class);
        long pages;
        long documents;

        Aggregation(boolean scoring) {
            this.scoring = scoring;
            for (Facet f : DIMS) {
                counts.put(f, new HashMap<>());
            }
        }

        @Override
        public ScoreMode scoreMode() {
            return scoring ? ScoreMode.COMPLETE : ScoreMode.COMPLETE_NO_SCORES;
        }

        @Override
        public LeafCollector getLeafCollector(LeafReaderContext ctx) throws IOException {
            leaves.add(ctx);
            Leaf l = new Leaf(ctx, leaves.size() - 1, this);
            leafCollectors.add(l);
            return l;
        }

        void finishLeaves() throws IOException {
            for (Leaf l : leafCollectors) {
                l.done();
            }
        }

        Map<Facet, List<FacetCount>> facets(PortalQuery query) {
            Map<Facet, List<FacetCount>> out = new EnumMap<>(Facet.class);
            for (Facet f : DIMS) {
                Set<String> chosen = query.values(f);
                List<FacetCount> values = new ArrayList<>();
                counts.get(f).forEach((v, n) -> values.add(new FacetCount(v, n, chosen.contains(v))));
                for (String c : chosen) {
                    if (!counts.get(f).containsKey(c)) {
                        values.add(new FacetCount(c, 0, true));
                    }
                }
                Comparator<FacetCount> cmp = f == Facet.PERIOD
                        ? Comparator.comparing(FacetCount::value).reversed()
                        : Comparator.comparingLong(FacetCount::count).reversed().thenComparing(FacetCount::value);
                values.sort(cmp);
                List<FacetCount> limited = new ArrayList<>();
                for (FacetCount c : values) {
                    if (limited.size() < FACET_VALUES || c.selected()) {
                        limited.add(c);
                    }
                }
                out.put(f, List.copyOf(limited));
            }
            return out;
        }
    }

    private final class Leaf implements LeafCollector {
        final Aggregation agg;
        final int leafIndex;
        final int docBase;
        final SortedDocValues file;
        final SortedDocValues pub;
        final NumericDocValues date;
        final SortedSetDocValues[] dims = new SortedSetDocValues[DIMS.length];
        final FixedBitSet[] accepted = new FixedBitSet[DIMS.length];
        final long[][] dimCounts = new long[DIMS.length][];
        final long fromDay;
        final long toDay;
        final float[] best;
        final int[] bestDoc;
        final int[] hits;
        final byte[] mask;
        final int[] filePub;
        final long[] fileDay;
        final FixedBitSet seen;
        final long[][] ords = new long[DIMS.length][];
        final int[] ordCount = new int[DIMS.length];
        Scorable scorer;

        Leaf(LeafReaderContext ctx, int leafIndex, Aggregation agg) throws IOException {
            this.agg = agg;
            this.leafIndex = leafIndex;
            this.docBase = ctx.docBase;
            var r = ctx.reader();
            file = r.getSortedDocValues(LucenePortalIndex.FILE);
            pub = r.getSortedDocValues(LucenePortalIndex.PUB);
            date = r.getNumericDocValues(LucenePortalIndex.DATE);
            int n = file == null ? 0 : file.getValueCount();
            best = new float[n];
            bestDoc = new int[n];
            hits = new int[n];
            mask = new byte[n];
            filePub = new int[n];
            fileDay = new long[n];
            seen = new FixedBitSet(Math.max(1, n));
            for (int d = 0; d < DIMS.length; d++) {
                dims[d] = r.getSortedSetDocValues(LucenePortalIndex.FACET + DIMS[d].name());
                ords[d] = new long[8];
                if (dims[d] != null) {
                    dimCounts[d] = new long[(int) dims[d].getValueCount()];
                    Set<String> chosen = q.values(DIMS[d]);
                    if (!chosen.isEmpty()) {
                        accepted[d] = new FixedBitSet((int) Math.max(1, dims[d].getValueCount()));
                        for (String v : chosen) {
                            long o = dims[d].lookupTerm(new BytesRef(v));
                            if (o >= 0) {
                                accepted[d].set((int) o);
                            }
                        }
                    }
                } else if (!q.values(DIMS[d]).isEmpty()) {
                    accepted[d] = new FixedBitSet(1); // a filter on a facet this part of the index does not have: nothing passes
                }
            }
            fromDay = q.from() == null ? Long.MIN_VALUE : q.from().toEpochDay();
            toDay = q.to() == null ? Long.MAX_VALUE : q.to().toEpochDay();
        }

        @Override
        public void setScorer(Scorable s) {
            scorer = s;
        }

        @Override
        public void collect(int doc) throws IOException {
            if (file == null || !file.advanceExact(doc)) {
                return;
            }
            int f = file.ordValue();
            float score = agg.scoring ? scorer.score() : 0f;
            if (!seen.getAndSet(f)) {
                first(doc, f);
                best[f] = score;
                bestDoc[f] = doc;
            } else if (score > best[f]) {
                best[f] = score;
                bestDoc[f] = doc;
            }
            hits[f]++;
        }

        /** The first page of a file seen: its filters, its place, and its share of the facet counts. */
        private void first(int doc, int f) throws IOException {
            int m = 0;
            for (int d = 0; d < DIMS.length; d++) {
                ordCount[d] = 0;
                if (dims[d] != null && dims[d].advanceExact(doc)) {
                    int c = dims[d].docValueCount();
                    if (ords[d].length < c) {
                        ords[d] = new long[c];
                    }
                    for (int i = 0; i < c; i++) {
                        ords[d][i] = dims[d].nextOrd();
                    }
                    ordCount[d] = c;
                }
                if (accepted[d] == null) {
                    m |= 1 << d;
                } else {
                    for (int i = 0; i < ordCount[d]; i++) {
                        if (ords[d][i] < accepted[d].length() && accepted[d].get((int) ords[d][i])) {
                            m |= 1 << d;
                            break;
                        }
                    }
                }
            }
            long day = date != null && date.advanceExact(doc) ? date.longValue() : Long.MIN_VALUE;
            if ((fromDay == Long.MIN_VALUE && toDay == Long.MAX_VALUE) || (day != Long.MIN_VALUE && day >= fromDay && day <= toDay)) {
                m |= 1 << DATE_BIT;
            }
            mask[f] = (byte) m;
            fileDay[f] = day;
            filePub[f] = pub != null && pub.advanceExact(doc) ? pub.ordValue() : -1;
            for (int d = 0; d < DIMS.length; d++) {
                if ((m | (1 << d)) == ALL) {
                    for (int i = 0; i < ordCount[d]; i++) {
                        dimCounts[d][(int) ords[d][i]]++;
                    }
                }
            }
        }

        void done() throws IOException {
            Pub[] byOrd = pub == null ? new Pub[0] : new Pub[pub.getValueCount()];
            for (int f = 0; f < hits.length; f++) {
                if (!seen.get(f) || mask[f] != (byte) ALL || filePub[f] < 0) {
                    continue;
                }
                agg.documents++;
                agg.pages += agg.scoring ? hits[f] : 0;
                Pub p = byOrd[filePub[f]];
                if (p == null) {
                    String id = pub.lookupOrd(filePub[f]).utf8ToString();
                    p = agg.pubs.computeIfAbsent(id, Pub::new);
                    byOrd[filePub[f]] = p;
                }
                p.add(new FileRef(leafIndex, f, best[f], docBase + bestDoc[f], agg.scoring ? hits[f] : 0), fileDay[f], agg.scoring);
            }
            for (int d = 0; d < DIMS.length; d++) {
                if (dimCounts[d] == null) {
                    continue;
                }
                Map<String, Long> global = agg.counts.get(DIMS[d]);
                for (int o = 0; o < dimCounts[d].length; o++) {
                    if (dimCounts[d][o] > 0) {
                        global.merge(dims[d].lookupOrd(o).utf8ToString(), dimCounts[d][o], Long::sum);
                    }
                }
            }
        }
    }

    /** The second pass: per file of interest, its matching pages as (page number, score, doc). */
    private static final class PageCollector implements CollectorManager<Collector, Void> {
        final Map<String, List<int[]>> out;

        PageCollector(Map<String, List<int[]>> out) {
            this.out = out;
        }

        @Override
        public Collector newCollector() {
            return new Collector() {
                @Override
                public ScoreMode scoreMode() {
                    return ScoreMode.COMPLETE_NO_SCORES;
                }

                @Override
                public LeafCollector getLeafCollector(LeafReaderContext ctx) throws IOException {
                    SortedDocValues file = ctx.reader().getSortedDocValues(LucenePortalIndex.FILE);
                    NumericDocValues page = ctx.reader().getNumericDocValues(LucenePortalIndex.PAGE);
                    int docBase = ctx.docBase;
                    return new LeafCollector() {
                        @Override
                        public void setScorer(Scorable s) {
                        }

                        @Override
                        public void collect(int doc) throws IOException {
                            if (file != null && file.advanceExact(doc) && page != null && page.advanceExact(doc)) {
                                String id = file.lookupOrd(file.ordValue()).utf8ToString();
                                synchronized (out) {
                                    out.computeIfAbsent(id, k -> new ArrayList<>()).add(new int[] {(int) page.longValue(), docBase + doc});
                                }
                            }
                        }
                    };
                }
            };
        }

        @Override
        public Void reduce(java.util.Collection<Collector> collectors) {
            return null;
        }
    }

    /** Exposes the highlighter's per-document objects, which carry our fragments rather than HTML. */
    private static final class Snippets extends UnifiedHighlighter {
        Snippets(UnifiedHighlighter.Builder builder) {
            super(builder);
        }

        Object[] passages(Query query, int[] docIds) throws IOException {
            return highlightFieldsAsObjects(new String[] {LucenePortalIndex.TEXT}, query, docIds, new int[] {1})
                    .get(LucenePortalIndex.TEXT);
        }
    }

    /** Passages as plain-text fragments, highlighted or not: the page escapes them, so no markup comes from documents. */
    private static final class FragmentFormatter extends PassageFormatter {
        @Override
        public Object format(Passage[] passages, String content) {
            List<Fragment> out = new ArrayList<>();
            for (Passage p : passages) {
                int pos = p.getStartOffset();
                for (int i = 0; i < p.getNumMatches(); i++) {
                    int start = p.getMatchStarts()[i];
                    int end = p.getMatchEnds()[i];
                    if (start < pos) {
                        continue;
                    }
                    if (start > pos) {
                        out.add(new Fragment(clean(content.substring(pos, start)), false));
                    }
                    out.add(new Fragment(clean(content.substring(start, end)), true));
                    pos = end;
                }
                if (pos < p.getEndOffset()) {
                    out.add(new Fragment(clean(content.substring(pos, p.getEndOffset())), false));
                }
            }
            return out;
        }

        private static String clean(String s) {
            return s.replaceAll("\\s+", " ");
        }
    }
}
