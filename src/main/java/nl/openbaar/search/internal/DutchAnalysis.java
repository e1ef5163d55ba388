package nl.openbaar.search.internal;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.StopFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.miscellaneous.ASCIIFoldingFilter;
import org.apache.lucene.analysis.miscellaneous.PerFieldAnalyzerWrapper;
import org.apache.lucene.analysis.nl.DutchAnalyzer;
import org.apache.lucene.analysis.snowball.SnowballFilter;
import org.apache.lucene.analysis.standard.StandardTokenizer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.tartarus.snowball.ext.DutchStemmer;

/**
 * Dutch analysis for the index: words are lower-cased, stop words dropped, diacritics folded (één = een,
 * coördinatie = coordinatie) and stemmed with the Snowball Dutch stemmer (fietspaden → fietspad). A second field
 * keeps whole folded words, for wildcards and for finding a word inside compounds (gezichtsherkenningssoftware).
 */
public final class DutchAnalysis {

    public static final String TEXT = "text";
    public static final String WORDS = "words";

    private DutchAnalysis() {
    }

    /** Stemmed analysis: what {@link #TEXT} is indexed and queried with. */
    public static Analyzer stemmed() {
        CharArraySet stop = DutchAnalyzer.getDefaultStopSet();
        return new Analyzer() {
            @Override
            protected TokenStreamComponents createComponents(String field) {
                Tokenizer t = new StandardTokenizer();
                TokenStream s = new LowerCaseFilter(t);
                s = new StopFilter(s, stop);
                s = new ASCIIFoldingFilter(s);
                s = new SnowballFilter(s, new DutchStemmer());
                return new TokenStreamComponents(t, s);
            }
        };
    }

    /** Whole words, lower case, folded: what {@link #WORDS} is indexed with. */
    public static Analyzer words() {
        return new Analyzer() {
            @Override
            protected TokenStreamComponents createComponents(String field) {
                Tokenizer t = new StandardTokenizer();
                TokenStream s = new LowerCaseFilter(t);
                s = new ASCIIFoldingFilter(s);
                return new TokenStreamComponents(t, s);
            }
        };
    }

    public static Analyzer perField() {
        return new PerFieldAnalyzerWrapper(stemmed(), Map.of(WORDS, words()));
    }

    /** A token of a text with its place in it. */
    public record Token(String term, int start, int end) {
    }

    /** The text as the analyzer sees it: every kept token with its character offsets. */
    public static List<Token> tokens(Analyzer analyzer, String text) {
        List<Token> out = new ArrayList<>();
        try (TokenStream ts = analyzer.tokenStream(TEXT, new StringReader(text))) {
            CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
            OffsetAttribute offset = ts.addAttribute(OffsetAttribute.class);
            ts.reset();
            while (ts.incrementToken()) {
                out.add(new Token(term.toString(), offset.startOffset(), offset.endOffset()));
            }
            ts.end();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out;
    }

    /** Lower case and folded, as {@link #words()} does, for one word or pattern. */
    public static String fold(String word) {
        char[] in = word.toLowerCase(java.util.Locale.ROOT).toCharArray();
        char[] out = new char[in.length * 4];
        int n = ASCIIFoldingFilter.foldToASCII(in, 0, out, 0, in.length);
        return new String(out, 0, n);
    }
}
