package nl.openbaar.search.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.PhraseQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.WildcardQuery;
import org.apache.lucene.queries.spans.SpanMultiTermQueryWrapper;
import org.apache.lucene.queries.spans.SpanNearQuery;
import org.apache.lucene.queries.spans.SpanQuery;
import org.apache.lucene.queries.spans.SpanTermQuery;

/**
 * One search term of a sweep, understood the way a case handler types it: a word matches its Dutch inflections
 * (and, for words of five letters or more, compounds that contain it); several words are a phrase; * and ? are
 * wildcards within a word. The same term both finds pages in the index ({@link #query}) and marks its matches
 * in a page's text ({@link #matches}), so what is counted is what is shown.
 */
public final class SweepTerm {

    static final int COMPOUND_MIN = 5;
    private static final Analyzer STEMMED = DutchAnalysis.stemmed();
    private static final Analyzer WORDS = DutchAnalysis.words();

    private final String term;
    private final List<String> words;
    private final boolean compounds;
    private final List<String> stems;

    public SweepTerm(String term, boolean compounds) {
        String label = term.strip();
        // a phrase may be typed in quotes; the record shows it without them, as the letter prints it
        if (label.length() > 1 && label.startsWith("\"") && label.endsWith("\"")) {
            label = label.substring(1, label.length() - 1).strip();
        }
        this.term = label;
        this.compounds = compounds;
        String plain = this.term.replace("\"", " ").strip();
        List<String> w = new ArrayList<>();
        for (String s : plain.split("\\s+")) {
            if (!s.isBlank()) {
                w.add(DutchAnalysis.fold(s.replaceAll("[^\\p{L}\\p{N}*?]", "")));
            }
        }
        w.removeIf(String::isEmpty);
        this.words = w;
        this.stems = new ArrayList<>();
        for (String x : w) {
            List<DutchAnalysis.Token> t = DutchAnalysis.tokens(STEMMED, x);
            stems.add(t.isEmpty() ? null : t.get(0).term());
        }
    }

    public String term() {
        return term;
    }

    public boolean valid() {
        return !words.isEmpty() && words.stream().anyMatch(x -> x.replace("*", "").replace("?", "").length() >= 1);
    }

    /** The index query for this term. */
    public Query query() {
        if (words.size() == 1) {
            return wordQuery(words.get(0));
        }
        boolean wild = words.stream().anyMatch(SweepTerm::isWild);
        if (!wild) {
            // a phrase on the stemmed field: "biometrische herkenning" also finds "biometrische herkenningen"
            PhraseQuery.Builder b = new PhraseQuery.Builder();
            int pos = -1;
            for (String w : words) {
                List<DutchAnalysis.Token> t = DutchAnalysis.tokens(STEMMED, w);
                pos++;
                if (!t.isEmpty()) {
                    b.add(new Term(DutchAnalysis.TEXT, t.get(0).term()), pos);
                }
            }
            return b.build();
        }
        List<SpanQuery> clauses = new ArrayList<>();
        for (String w : words) {
            clauses.add(isWild(w) ? new SpanMultiTermQueryWrapper<>(new WildcardQuery(new Term(DutchAnalysis.WORDS, w)))
                    : new SpanTermQuery(new Term(DutchAnalysis.WORDS, w)));
        }
        return new SpanNearQuery(clauses.toArray(SpanQuery[]::new), 0, true);
    }

    private Query wordQuery(String w) {
        if (isWild(w)) {
            return new WildcardQuery(new Term(DutchAnalysis.WORDS, w));
        }
        BooleanQuery.Builder b = new BooleanQuery.Builder();
        List<DutchAnalysis.Token> stem = DutchAnalysis.tokens(STEMMED, w);
        if (!stem.isEmpty()) {
            b.add(new TermQuery(new Term(DutchAnalysis.TEXT, stem.get(0).term())), BooleanClause.Occur.SHOULD);
        }
        b.add(new TermQuery(new Term(DutchAnalysis.WORDS, w)), BooleanClause.Occur.SHOULD);
        if (compounds && w.length() >= COMPOUND_MIN) {
            b.add(new WildcardQuery(new Term(DutchAnalysis.WORDS, "*" + w + "*")), BooleanClause.Occur.SHOULD);
        }
        return b.build();
    }

    /** Where the term occurs in a page's text: [start, end) character offsets. */
    public List<int[]> matches(String text) {
        List<DutchAnalysis.Token> folded = DutchAnalysis.tokens(WORDS, text);
        List<DutchAnalysis.Token> stemmed = stems(folded, text);
        List<int[]> out = new ArrayList<>();
        for (int i = 0; i + words.size() <= folded.size(); i++) {
            boolean all = true;
            for (int k = 0; k < words.size() && all; k++) {
                all = wordMatches(words.get(k), stems.get(k), folded.get(i + k).term(), stemmed.get(i + k).term(), words.size() == 1);
            }
            if (all) {
                out.add(new int[] {folded.get(i).start(), folded.get(i + words.size() - 1).end()});
            }
        }
        return out;
    }

    private boolean wordMatches(String pattern, String patternStem, String word, String stem, boolean single) {
        if (isWild(pattern)) {
            return glob(pattern).matcher(word).matches();
        }
        if (word.equals(pattern)) {
            return true;
        }
        if (patternStem != null && patternStem.equals(stem)) {
            return true;
        }
        return single && compounds && pattern.length() >= COMPOUND_MIN && word.contains(pattern);
    }

    /** The stem of each folded word (stop words keep their folded form, so positions stay aligned). */
    private static List<DutchAnalysis.Token> stems(List<DutchAnalysis.Token> folded, String text) {
        List<DutchAnalysis.Token> out = new ArrayList<>(folded.size());
        for (DutchAnalysis.Token t : folded) {
            List<DutchAnalysis.Token> s = DutchAnalysis.tokens(STEMMED, text.substring(t.start(), t.end()));
            out.add(s.isEmpty() ? t : new DutchAnalysis.Token(s.get(0).term(), t.start(), t.end()));
        }
        return out;
    }

    private static boolean isWild(String w) {
        return w.indexOf('*') >= 0 || w.indexOf('?') >= 0;
    }

    private static Pattern glob(String w) {
        StringBuilder re = new StringBuilder();
        for (char c : w.toCharArray()) {
            re.append(c == '*' ? ".*" : c == '?' ? "." : Pattern.quote(String.valueOf(c)));
        }
        return Pattern.compile(re.toString());
    }
}
