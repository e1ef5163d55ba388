package nl.openbaar.detection.internal;

import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import nl.openbaar.detection.model.Category;

/**
 * A person named in full is then written by surname alone: "De Noordierse premier David Trimble … zei Trimble
 * gisteren". News and minutes do this all the time, and a bare surname (often a foreign one, in no list) is what
 * the rules and the tagger miss most on unseen text. After the names of a page are found, every later or earlier
 * capitalised occurrence of the surname of a name found there with two or more words, not inside another
 * finding, is the same person (with its interfix: "Van der Schans" of "Wout-Jan van der Schans"; also the
 * genitive "Trimbles"). It keeps that person's subject, so the review shows one person.
 */
final class NamesMentionedAgain {

    static final String ID = "name.again";
    /** Redacted at the default threshold (0.5): the page itself named this person in full. */
    static final double SCORE = 0.7;

    private NamesMentionedAgain() {
    }

    static void find(PageScan scan) {
        Tokens t = scan.tokens;
        if (t.size == 0 || scan.spans.isEmpty()) {
            return;
        }
        Map<String, Span> surnames = new HashMap<>();
        boolean[] covered = new boolean[t.size];
        for (Span s : scan.spans) {
            int from = tokenAt(t, s.start());
            int to = tokenAt(t, s.end() - 1) + 1;
            for (int i = Math.max(0, from); i < to && i < t.size; i++) {
                covered[i] = true;
            }
            if (s.category() != Category.PERSON_NAME || s.reviewOnly() || s.score() < 0.5 || from < 0 || to - from < 2) {
                continue;
            }
            int last = to - 1;
            if (t.isWord(last) && t.shape(last, Tokens.CAPITALISED) && !t.shape(last, Tokens.ALL_CAPS) && t.length(last) >= 3
                    && !t.has(last, Lexicon.COMMON | Lexicon.MONTH | Lexicon.PARTY | Lexicon.ORGANISATION)) {
                surnames.putIfAbsent(t.str(last), s);
            }
        }
        for (Span s : scan.publicMentions) {
            int from = tokenAt(t, s.start());
            int to = tokenAt(t, s.end() - 1) + 1;
            for (int i = Math.max(0, from); i < to && i < t.size; i++) {
                covered[i] = true;
            }
        }
        if (surnames.isEmpty()) {
            return;
        }
        for (int i = 0; i < t.size; i++) {
            if (covered[i] || !t.isWord(i) || !t.shape(i, Tokens.CAPITALISED)) {
                continue;
            }
            String w = t.str(i);
            Span named = surnames.get(w);
            if (named == null && w.length() > 3 && w.endsWith("s")) {
                named = surnames.get(w.substring(0, w.length() - 1)); // "Trimbles vertrek"
            }
            if (named == null) {
                continue;
            }
            int from = i;
            while (from > 0 && !covered[from - 1] && t.has(from - 1, Lexicon.INTERFIX) && t.adjacent(from - 1, from)) {
                from--;
            }
            if (from < i && !t.shape(from, Tokens.CAPITALISED)) {
                from = i; // "van Trimble": the interfix of the surname is written with a capital when it leads
            }
            for (int k = from; k <= i; k++) {
                covered[k] = true;
            }
            scan.add(new Span(t.start[from], t.end[i], Category.PERSON_NAME, SCORE, ID, named.subject(),
                    "eerder op deze pagina voluit genoemd (" + scan.text.substring(named.start(), named.end()) + ")", false));
        }
    }

    /** The token that holds the character, or -1. */
    private static int tokenAt(Tokens t, int c) {
        int k = Arrays.binarySearch(t.start, 0, t.size, c);
        if (k >= 0) {
            return k;
        }
        return -k - 2;
    }
}
