package nl.openbaar.detection.internal;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import nl.openbaar.detection.model.Category;

/**
 * Puts the person names the rules and the tagger found into the shape a reader gives them, in news as in
 * letters, before the names found again and after cues are looked for:
 * <ul>
 * <li>a nationality or role in front is no part of the name: "de Duitser Beerbaum", "Bondscoach Louis van Gaal";</li>
 * <li>a preposition "van" in front of a name that starts on its own is no part of it: "de droom van Van der Schans",
 * "Van Jeroen Blijlevens ontwaarde hij …";</li>
 * <li>a lone first name right before another name is one name with it: "Jan" + "Tops", "Annie" + "M.G. Schmidt".</li>
 * </ul>
 * {@link #places} runs last: a name made only of a place ("in Sydney", "Rosario", "India": also first names) on
 * weak evidence is dropped after a place preposition and otherwise left for a reviewer.
 */
final class NameSpanTidying {

    /** Below this a name of place words only is guessed, not seen: a title or the case register scores higher. */
    static final double PLACE_EVIDENCE = 0.85;
    /** A name of place words without a place preposition: shown for review, not redacted unattended. */
    static final double PLACE_REVIEW = 0.35;

    private NameSpanTidying() {
    }

    static void shape(PageScan scan) {
        Tokens t = scan.tokens;
        List<Span> out = new ArrayList<>(scan.spans.size());
        for (Span s : scan.spans) {
            out.add(s.category() == Category.PERSON_NAME ? trimmed(scan, s) : s);
        }
        out.sort(Comparator.comparingInt(Span::start));
        List<Span> merged = new ArrayList<>(out.size());
        for (Span s : out) {
            Span prev = merged.isEmpty() ? null : merged.get(merged.size() - 1);
            if (prev != null && prev.category() == Category.PERSON_NAME && s.category() == Category.PERSON_NAME
                    && loneFirstNameBefore(scan, prev, s)) {
                merged.set(merged.size() - 1, new Span(prev.start(), s.end(), Category.PERSON_NAME,
                        Math.max(prev.score(), s.score()), s.recognizer(), s.subject(),
                        s.explanation() + "; met de voornaam ervoor", prev.reviewOnly() && s.reviewOnly()));
            } else {
                merged.add(s);
            }
        }
        scan.spans.clear();
        scan.spans.addAll(merged);
    }

    /** The span without a nationality, role or preposition in front. */
    private static Span trimmed(PageScan scan, Span s) {
        Tokens t = scan.tokens;
        int from = tokenAt(t, s.start());
        int to = tokenAfter(t, s.end());
        if (from < 0 || to - from < 2) {
            return s;
        }
        int k = from;
        while (to - k >= 2 && (isNationalityOrRole(scan, k) || isPrepositionBeforeName(scan, k))) {
            k++;
        }
        if (k == from || !t.isWord(k) || !t.shape(k, Tokens.CAPITALISED) && !t.has(k, Lexicon.INTERFIX)) {
            return s;
        }
        String why = "; zonder '" + scan.text.substring(t.start[from], t.end[k - 1]) + "' ervoor";
        return new Span(t.start[k], s.end(), s.category(), s.score(), s.recognizer(),
                s.recognizer().equals(NameRecognizer.REGISTER) ? s.subject() : "person:" + NameParts.of(t, k, to, "").key(),
                s.explanation() + why, s.reviewOnly());
    }

    /** "Duitser", "Thaise", "Bondscoach", "spits": never a first name ("Noor" is both: left alone). */
    private static boolean isNationalityOrRole(PageScan scan, int k) {
        Tokens t = scan.tokens;
        if (!t.isWord(k) || t.has(k, Lexicon.FIRST) || (scan.knownFlags(k) & KnownNames.FIRST) != 0) {
            return false;
        }
        return t.has(k, Lexicon.NATIONALITY) || NameWords.is(t, k, NameWords.Section.PERSON_CUES);
    }

    /**
     * "van" before a name that starts by itself: another interfix in capitals ("van Van der Schans", "van De Rooij")
     * or a first name ("Van Jeroen Blijlevens"). "van Dijk" after "de heer" stays a surname with its interfix.
     */
    private static boolean isPrepositionBeforeName(PageScan scan, int k) {
        Tokens t = scan.tokens;
        if (!t.isWord(k) || !t.has(k, Lexicon.INTERFIX) || !"van".equalsIgnoreCase(t.str(k)) || !t.isWord(k + 1)) {
            return false;
        }
        boolean capitalInterfix = t.has(k + 1, Lexicon.INTERFIX) && t.shape(k + 1, Tokens.CAPITALISED);
        boolean firstName = (t.has(k + 1, Lexicon.FIRST) || (scan.knownFlags(k + 1) & KnownNames.FIRST) != 0)
                && !t.has(k + 1, Lexicon.SURNAME_INTERFIX) && t.shape(k + 1, Tokens.CAPITALISED);
        return capitalInterfix || firstName;
    }

    /** prev is a lone first name and s starts right after it on the same line. */
    private static boolean loneFirstNameBefore(PageScan scan, Span prev, Span s) {
        Tokens t = scan.tokens;
        int a = tokenAt(t, prev.start());
        int b = tokenAt(t, s.start());
        if (a < 0 || b != a + 1 || tokenAfter(t, prev.end()) != b || !t.adjacent(a, b)) {
            return false;
        }
        return t.has(a, Lexicon.FIRST) || (scan.knownFlags(a) & KnownNames.FIRST) != 0;
    }

    /** Names made of place words alone, on weak evidence: dropped after "in", "naar" …, otherwise for review. */
    static void places(PageScan scan) {
        Tokens t = scan.tokens;
        for (int n = scan.spans.size() - 1; n >= 0; n--) {
            Span s = scan.spans.get(n);
            if (s.category() != Category.PERSON_NAME || s.score() >= PLACE_EVIDENCE
                    || s.recognizer().equals(NameRecognizer.REGISTER) || s.recognizer().equals(NameRecognizer.HEADER)
                    || s.recognizer().equals(NameRecognizer.SIGNATURE)) {
                continue;
            }
            int from = tokenAt(t, s.start());
            int to = tokenAfter(t, s.end());
            if (from < 0 || !allPlaces(scan, from, to)) {
                continue;
            }
            boolean place = NameTokens.placePrepositionBefore(t, from);
            if (!place && (hasFirstName(t, from, to) || cueBefore(t, from))) {
                continue; // "scheidsrechter Martin", "Florence belde": a first name stays a name without "in", "naar"
            }
            if (place) {
                scan.spans.remove(n);
            } else if (s.score() > PLACE_REVIEW) {
                scan.spans.set(n, s.withScore(PLACE_REVIEW, "ook een plaatsnaam"));
            }
        }
    }

    private static boolean hasFirstName(Tokens t, int from, int to) {
        for (int k = from; k < to; k++) {
            if (t.has(k, Lexicon.FIRST)) {
                return true;
            }
        }
        return false;
    }

    private static boolean cueBefore(Tokens t, int from) {
        return from > 0 && t.adjacent(from - 1, from) && (NameWords.is(t, from - 1, NameWords.Section.PERSON_CUES)
                || t.has(from - 1, Lexicon.NATIONALITY));
    }

    private static boolean allPlaces(PageScan scan, int from, int to) {
        Tokens t = scan.tokens;
        boolean any = false;
        for (int k = from; k < to; k++) {
            if (!t.isWord(k)) {
                continue;
            }
            if ((scan.knownFlags(k) & (KnownNames.FIRST | KnownNames.SURNAME)) != 0) {
                return false;
            }
            if (t.has(k, Lexicon.PLACE)) {
                any = true;
            } else if (!t.has(k, Lexicon.INTERFIX)) {
                return false;
            }
        }
        return any;
    }

    /** The token that starts at or contains character c; -1 when none. */
    static int tokenAt(Tokens t, int c) {
        int k = java.util.Arrays.binarySearch(t.start, 0, t.size, c);
        if (k >= 0) {
            return k;
        }
        k = -k - 2;
        return k >= 0 && t.end[k] > c ? k : -1;
    }

    /** The first token starting at or after character c. */
    static int tokenAfter(Tokens t, int c) {
        int k = java.util.Arrays.binarySearch(t.start, 0, t.size, c);
        if (k >= 0) {
            return k;
        }
        return -k - 1;
    }
}
