package nl.openbaar.publication.internal;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.util.BytesRef;

/**
 * Completions of a typed word from the words of the public documents, by the number of documents they occur in.
 * The scan is bounded, so a short prefix at national scale stays fast; what it skips are rare words.
 */
final class Suggestions {

    static final int MAX_TERMS_SCANNED = 20_000;

    private Suggestions() {
    }

    static List<String> of(IndexReader reader, String typed, int max) throws IOException {
        String prefix = fold(typed);
        if (prefix.length() < 2 || max < 1) {
            return List.of();
        }
        BytesRef p = new BytesRef(prefix);
        Map<String, Integer> counts = new HashMap<>();
        int scanned = 0;
        for (LeafReaderContext leaf : reader.leaves()) {
            Terms terms = leaf.reader().terms(LucenePortalIndex.SUGGEST);
            if (terms == null) {
                continue;
            }
            TermsEnum te = terms.iterator();
            if (te.seekCeil(p) == TermsEnum.SeekStatus.END) {
                continue;
            }
            for (BytesRef t = te.term(); t != null && startsWith(t, p) && scanned < MAX_TERMS_SCANNED; t = te.next()) {
                counts.merge(t.utf8ToString(), te.docFreq(), Integer::sum);
                scanned++;
            }
        }
        List<Map.Entry<String, Integer>> list = new ArrayList<>(counts.entrySet());
        list.sort(Map.Entry.<String, Integer>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()));
        return list.stream().limit(max).map(Map.Entry::getKey).toList();
    }

    /** The last word typed, lower case and without diacritics, as the suggestion words are indexed. */
    static String fold(String typed) {
        if (typed == null) {
            return "";
        }
        String t = typed.strip();
        int space = t.lastIndexOf(' ');
        String word = (space < 0 ? t : t.substring(space + 1)).toLowerCase(Locale.ROOT);
        String folded = java.text.Normalizer.normalize(word, java.text.Normalizer.Form.NFD).replaceAll("\\p{M}", "");
        return folded.replaceAll("[^a-z-]", "");
    }

    private static boolean startsWith(BytesRef t, BytesRef p) {
        if (t.length < p.length) {
            return false;
        }
        for (int i = 0; i < p.length; i++) {
            if (t.bytes[t.offset + i] != p.bytes[p.offset + i]) {
                return false;
            }
        }
        return true;
    }
}
