package nl.openbaar.detection.internal;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Set;
import java.util.Locale;
import nl.openbaar.detection.model.Category;
import nl.openbaar.detection.model.KnownPerson;

/**
 * The statistical name tagger as one more voice in name recognition. Runs after the rules: a name the tagger
 * finds that no rule found (and that touches no other finding) becomes a person-name span with the tagger's
 * confidence as its score; what the rules found stays as they found it. Public office holders are moved out
 * afterwards by {@link PublicOffices} like any other name, and a name the tagger is sure of (a first name or
 * initials with a surname) is learned for the case register, so it is found everywhere in the case.
 */
final class TaggedNameRecognizer implements Recognizer {

    static final String ID = "name.tagger";
    /** A tagger name at this confidence or more, with given name and surname, joins the case register. */
    static final double LEARN = 0.9;
    /** A tagger name at this confidence or more may widen a rule's name that lies inside it. */
    static final double EXTEND = 0.8;
    /**
     * Score = confidence minus this: with the default thresholds (redact 0.5, review 0.3) a name the tagger alone
     * finds is redacted from confidence 0.7 and shown for review from 0.5. Below 0.7 its own names were mostly
     * wrong on the Europeana development part and on English lines and headings of real decisions, while on modern
     * prose it is rarely that unsure of a real name; a reviewer still sees them.
     */
    static final double DISCOUNT = 0.2;

    private final NameTagger tagger;

    TaggedNameRecognizer(NameTagger tagger) {
        this.tagger = tagger;
    }

    @Override
    public void recognize(PageScan scan) {
        if (scan.tagged == null) {
            scan.tagged = tagger.tag(scan.tokens);
        }
        if (scan.tagged.isEmpty()) {
            return;
        }
        Tokens t = scan.tokens;
        Intervals found = new Intervals(scan.spans);
        Intervals kept = new Intervals(scan.publicMentions);
        Set<Span> replaced = java.util.Collections.newSetFromMap(new IdentityHashMap<>());
        List<Span> added = new ArrayList<>();
        for (NameTagger.Tagged n : scan.tagged) {
            boolean touchesKept = kept.overlapping(n.start(), n.end(), null);
            List<Span> touched = new ArrayList<>(2);
            found.overlapping(n.start(), n.end(), touched);
            if (touchesKept || !touched.isEmpty()) {
                Span wider = touchesKept || n.confidence() < EXTEND ? null : wider(touched, n);
                if (wider != null) {
                    replaced.add(touched.get(0));
                    added.add(wider);
                }
                continue;
            }
            if (n.toToken() - n.fromToken() == 1 && t.has(n.fromToken(), Lexicon.MONTH)
                    && (t.is(n.fromToken() - 1, Tokens.NUMBER) || t.is(n.fromToken() + 1, Tokens.NUMBER))) {
                continue; // "3 Jan 2020": a month, not the first name Jan
            }
            if (n.toToken() - n.fromToken() == 1 && ordinaryWordOpeningASentence(t, n.fromToken())) {
                continue; // "Naar aanleiding van": an ordinary word the lists do not know as a name
            }
            if (n.toToken() - n.fromToken() == 1 && t.shape(n.fromToken(), Tokens.ALL_CAPS) && t.length(n.fromToken()) <= 4
                    && !t.has(n.fromToken(), Lexicon.FIRST | Lexicon.SURNAME)) {
                continue; // "UBS", "KPN": a short word in capitals is an acronym far more often than a name
            }
            KnownPerson p = NameParts.of(t, n.fromToken(), n.toToken(), "naammodel");
            String subject = "person:" + subject(scan, p);
            added.add(new Span(n.start(), n.end(), Category.PERSON_NAME, Math.max(0, n.confidence() - DISCOUNT), ID, subject,
                    String.format(Locale.ROOT, "naammodel herkent een persoonsnaam (zekerheid %.2f)", n.confidence()), false));
            if (n.confidence() >= LEARN && p.surname() != null && p.surname().length() >= 2
                    && (p.firstName() != null || p.initials() != null && !p.initials().isBlank())) {
                scan.learned.add(p);
            }
        }
        if (!replaced.isEmpty()) {
            scan.spans.removeIf(replaced::contains);
        }
        added.forEach(scan::add);
    }

    /** An ordinary Dutch word, not in the name lists, first on its line or after a sentence end. */
    private static boolean ordinaryWordOpeningASentence(Tokens t, int i) {
        if (!t.has(i, Lexicon.COMMON) || t.has(i, Lexicon.FIRST | Lexicon.SURNAME)) {
            return false;
        }
        if (i == 0 || t.line[i - 1] != t.line[i]) {
            return true;
        }
        return t.isChar(i - 1, '.') || t.isChar(i - 1, '!') || t.isChar(i - 1, '?') || t.isChar(i - 1, ':');
    }

    /**
     * A rule found part of a name the tagger sees whole ("Jeroen" of "Jeroen P."): the rule's finding grows to the
     * whole name, keeping its score and subject. Only when the tagger's name touches one finding, a person name
     * lying inside it; null otherwise.
     */
    private static Span wider(List<Span> touched, NameTagger.Tagged n) {
        if (touched.size() != 1) {
            return null;
        }
        Span inner = touched.get(0);
        if (inner.category() != Category.PERSON_NAME || inner.start() < n.start() || inner.end() > n.end()
                || inner.start() == n.start() && inner.end() == n.end()) {
            return null;
        }
        return new Span(n.start(), n.end(), inner.category(), inner.score(), inner.recognizer(), inner.subject(),
                inner.explanation() + "; het naammodel ziet de hele naam", inner.reviewOnly());
    }

    /** Spans sorted by start with the running maximum of their ends: overlap queries in logarithmic time. */
    private static final class Intervals {
        private final Span[] sorted;
        private final int[] maxEnd;

        Intervals(List<Span> spans) {
            sorted = spans.toArray(new Span[0]);
            java.util.Arrays.sort(sorted, java.util.Comparator.comparingInt(Span::start));
            maxEnd = new int[sorted.length];
            int m = Integer.MIN_VALUE;
            for (int i = 0; i < sorted.length; i++) {
                m = Math.max(m, sorted[i].end());
                maxEnd[i] = m;
            }
        }

        /** True when a span overlaps [start, end); adds the overlapping spans to out when out is given. */
        boolean overlapping(int start, int end, List<Span> out) {
            int lo = 0;
            int hi = sorted.length;
            while (lo < hi) { // first span starting at or after end
                int mid = (lo + hi) >>> 1;
                if (sorted[mid].start() < end) {
                    lo = mid + 1;
                } else {
                    hi = mid;
                }
            }
            boolean any = false;
            for (int k = lo - 1; k >= 0 && maxEnd[k] > start; k--) {
                if (sorted[k].end() > start) {
                    any = true;
                    if (out == null) {
                        return true;
                    }
                    out.add(sorted[k]);
                }
            }
            return any;
        }
    }

    private static String subject(PageScan scan, KnownPerson p) {
        String word = p.surname() != null ? p.surname() : p.firstName();
        if (word != null && !word.contains(" ")) {
            String known = scan.known.subject(word, 0, word.length());
            if (known != null) {
                return known;
            }
        }
        return p.key();
    }
}
