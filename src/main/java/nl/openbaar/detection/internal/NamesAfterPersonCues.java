package nl.openbaar.detection.internal;

import nl.openbaar.detection.model.Category;

/**
 * A person named by surname alone right after a word that only people follow: a verb of saying ("zei Janssens",
 * "aldus Wijngaards") or a role ("bondscoach Eenhoorn", "PSV-trainer Verhaeren"). The word itself need be in no
 * list: foreign surnames are exactly what the lists and the tagger miss in news. The cues are in
 * {@code lexicon/name-words.txt} ([person-cues]). A name that runs on ("bondscoach Joost Bellaart") is usually
 * found already; this adds only words no other finding covers, and never an ordinary word, a month, a party or an
 * organisation word.
 */
final class NamesAfterPersonCues {

    static final String ID = "name.cue";
    /** Redacted at the default threshold (0.5), below the names the lists or the full name confirm. */
    static final double SCORE = 0.6;

    private NamesAfterPersonCues() {
    }

    static void find(PageScan scan) {
        Tokens t = scan.tokens;
        boolean[] covered = null;
        for (int i = 1; i < t.size; i++) {
            if (!t.isWord(i) || !t.shape(i, Tokens.CAPITALISED) || !cue(t, i - 1) || !t.adjacent(i - 1, i)) {
                continue;
            }
            if (covered == null) {
                covered = covered(scan);
            }
            if (covered[i]) {
                confirm(scan, i);
                continue;
            }
            if (!nameWord(t, i)) {
                continue;
            }
            int to = i + 1;
            while (to < t.size && to - i < 4 && !covered[to] && t.adjacent(to - 1, to)
                    && (nameWord(t, to) || t.has(to, Lexicon.INTERFIX) && nameWord(t, to + 1))) {
                to++;
            }
            for (int k = i; k < to; k++) {
                covered[k] = true;
            }
            scan.add(new Span(t.start[i], t.end[to - 1], Category.PERSON_NAME, SCORE, ID,
                    "person:" + NameParts.of(t, i, to, "").key(),
                    "persoonsnaam na '" + t.str(i - 1) + "'", false));
        }
    }

    /**
     * A name another voice found unsure (the tagger's "Eenhoorn" at 0.47) that starts right after a cue: the cue
     * confirms it, up to this recognizer's score.
     */
    private static void confirm(PageScan scan, int i) {
        Tokens t = scan.tokens;
        for (int n = 0; n < scan.spans.size(); n++) {
            Span s = scan.spans.get(n);
            if (s.category() == Category.PERSON_NAME && s.start() == t.start[i] && s.score() < SCORE && !s.reviewOnly()) {
                scan.spans.set(n, s.withScore(SCORE, "na '" + t.str(i - 1) + "'"));
            }
        }
    }

    private static boolean nameWord(Tokens t, int i) {
        return t.isWord(i) && t.shape(i, Tokens.CAPITALISED) && !t.shape(i, Tokens.ALL_CAPS) && t.length(i) >= 2
                && !t.has(i, Lexicon.COMMON | Lexicon.MONTH | Lexicon.DAY_WORD | Lexicon.PARTY | Lexicon.ORGANISATION
                        | Lexicon.NOT_A_NAME | Lexicon.TITLE | Lexicon.OFFICE | Lexicon.PLACE | Lexicon.NATIONALITY);
    }

    /**
     * The word before is a cue, also as the last part of a compound ("PSV-trainer"), or a nationality that is no
     * first name ("de Belg Philippaerts", "de Thaise Tanasugarn"; not "Noor").
     */
    private static boolean cue(Tokens t, int i) {
        if (!t.isWord(i)) {
            return false;
        }
        if (t.has(i, Lexicon.NATIONALITY) && !t.has(i, Lexicon.FIRST)) {
            // "het Letse Liepajas Metalurgs", "het Amerikaanse Mercury": a neuter noun follows, a club or a firm
            return !(t.isWord(i - 1) && "het".equalsIgnoreCase(t.str(i - 1)));
        }
        int start = t.start[i];
        for (int c = t.end[i] - 1; c > t.start[i]; c--) {
            if (t.text.charAt(c) == '-') {
                start = c + 1;
                break;
            }
        }
        return NameWords.is(t.text, start, t.end[i], NameWords.Section.PERSON_CUES);
    }

    private static boolean[] covered(PageScan scan) {
        Tokens t = scan.tokens;
        boolean[] covered = new boolean[t.size];
        mark(t, covered, scan.spans);
        mark(t, covered, scan.publicMentions);
        return covered;
    }

    private static void mark(Tokens t, boolean[] covered, java.util.List<Span> spans) {
        for (Span s : spans) {
            int k = java.util.Arrays.binarySearch(t.start, 0, t.size, s.start());
            for (int i = k >= 0 ? k : Math.max(0, -k - 2); i < t.size && t.start[i] < s.end(); i++) {
                if (t.end[i] > s.start()) {
                    covered[i] = true;
                }
            }
        }
    }
}
