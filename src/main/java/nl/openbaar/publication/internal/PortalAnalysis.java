package nl.openbaar.publication.internal;

import java.util.Map;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.FilteringTokenFilter;
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
import org.tartarus.snowball.ext.DutchStemmer;

/**
 * The portal's analysis: Lucene's Dutch analysis for the text and titles (its stop words and its Snowball Dutch
 * stemmer: "gezichtsherkenningen" finds "gezichtsherkenning", "coördinatie" finds "coordinatie"), with the stemmer
 * applied twice so that plurals in -s of words in -en meet their singular ("windmolens" → "windmolen" → "windmol",
 * as "windmolen" → "windmol"); and whole words (lower case, diacritics folded, no numbers, no stop words) for
 * suggestions as you type.
 */
final class PortalAnalysis {

    private PortalAnalysis() {
    }

    static Analyzer perField() {
        return new PerFieldAnalyzerWrapper(dutch(), Map.of(LucenePortalIndex.SUGGEST, words()));
    }

    static Analyzer dutch() {
        CharArraySet stop = DutchAnalyzer.getDefaultStopSet();
        return new Analyzer() {
            @Override
            protected TokenStreamComponents createComponents(String field) {
                Tokenizer t = new StandardTokenizer();
                TokenStream s = new LowerCaseFilter(t);
                s = new StopFilter(s, stop);
                s = new SnowballFilter(s, new DutchStemmer());
                s = new SnowballFilter(s, new DutchStemmer());
                return new TokenStreamComponents(t, s);
            }

            @Override
            protected TokenStream normalize(String field, TokenStream in) {
                return new LowerCaseFilter(in);
            }
        };
    }

    static Analyzer words() {
        CharArraySet stop = DutchAnalyzer.getDefaultStopSet();
        return new Analyzer() {
            @Override
            protected TokenStreamComponents createComponents(String field) {
                Tokenizer t = new StandardTokenizer();
                TokenStream s = new LowerCaseFilter(t);
                s = new StopFilter(s, stop);
                s = new ASCIIFoldingFilter(s);
                s = new WordsOnly(s);
                return new TokenStreamComponents(t, s);
            }
        };
    }

    /** Keeps words of 3 to 40 letters (a hyphen allowed inside): no numbers, codes or stray characters. */
    private static final class WordsOnly extends FilteringTokenFilter {
        private final CharTermAttribute term = addAttribute(CharTermAttribute.class);

        WordsOnly(TokenStream in) {
            super(in);
        }

        @Override
        protected boolean accept() {
            int n = term.length();
            if (n < 3 || n > 40) {
                return false;
            }
            char[] b = term.buffer();
            for (int i = 0; i < n; i++) {
                char c = b[i];
                if (!(c >= 'a' && c <= 'z') && !(c == '-' && i > 0 && i < n - 1)) {
                    return false;
                }
            }
            return true;
        }
    }
}
