package nl.openbaar.detection.internal;

import nl.openbaar.detection.model.Category;

/**
 * Personal policy opinions (Woo 5.2, Wob 11.1): a sentence with a marker such as "volgens mij", "persoonlijk
 * denk ik", "onverstandig". Always review-only: the law protects opinions in documents for internal
 * deliberation, and whether a sentence is one is a judgement a person makes.
 */
public final class PolicyOpinionRecognizer implements Recognizer {

    @Override
    public void recognize(PageScan scan) {
        Tokens t = scan.tokens;
        int sentenceFrom = -1;
        int markers = 0;
        StringBuilder found = new StringBuilder();
        int lastEnd = -1;
        for (int i = 0; i < t.size; i++) {
            if (sentenceBoundaryBefore(scan, i)) {
                emit(scan, sentenceFrom, lastEnd, markers, found);
                sentenceFrom = -1;
                markers = 0;
                found.setLength(0);
            }
            if (sentenceFrom < 0) {
                sentenceFrom = i;
            }
            lastEnd = i;
            if (t.isWord(i) && t.has(i, Lexicon.OPINION_START)) {
                String[] m = marker(scan, i);
                if (m != null) {
                    markers++;
                    if (!found.isEmpty()) {
                        found.append("', '");
                    }
                    found.append(String.join(" ", m));
                    i += m.length - 1;
                    lastEnd = i;
                }
            }
        }
        emit(scan, sentenceFrom, lastEnd, markers, found);
    }

    private static String[] marker(PageScan scan, int i) {
        Tokens t = scan.tokens;
        String[] best = null;
        for (String[] m : scan.lexicon.opinionMarkersFrom(scan.text, t.start[i], t.end[i])) {
            if (best != null && m.length <= best.length) {
                continue;
            }
            boolean match = true;
            for (int k = 0, j = i; k < m.length; k++, j++) {
                if (!t.isWord(j) || !t.equalsWord(j, m[k])) {
                    match = false;
                    break;
                }
            }
            if (match) {
                best = m;
            }
        }
        return best;
    }

    /** A new sentence starts at token i after '.', '?' or '!' ending the previous one, or after a blank line. */
    private static boolean sentenceBoundaryBefore(PageScan scan, int i) {
        Tokens t = scan.tokens;
        if (i == 0) {
            return false;
        }
        if (t.line[i] - t.line[i - 1] >= 2) {
            return true;
        }
        if (t.line[i] != t.line[i - 1]) {
            // a line that ends in ',' or ':' ("Hoi Daan,", "Onderwerp: …:") or a short line without a full stop
            // (a header, a signature line) ends what came before; running text wraps at about 80 characters
            int prev = i - 1;
            if (t.isChar(prev, ',') || t.isChar(prev, ':')) {
                return true;
            }
            int ln = t.line[prev];
            if (scan.lineEnd(ln) - scan.lineStart(ln) < 50 && !t.isChar(prev, '.')) {
                return true;
            }
            int first = t.firstTokenOfLine(ln);
            if (t.isWord(first) && t.isChar(first + 1, ':') && t.touching(first, first + 1)) {
                return true; // "Onderwerp: …" as a header line
            }
        }
        int p = i - 1;
        if (t.isChar(p, '.') || t.isChar(p, '?') || t.isChar(p, '!')) {
            // "M. el Amrani", "dhr. Smit": a dot after a one- or two-letter word or a title is no sentence end
            if (t.isChar(p, '.') && p > 0 && t.isWord(p - 1) && t.touching(p - 1, p)
                    && (t.length(p - 1) <= 2 || t.has(p - 1, Lexicon.TITLE))) {
                return false;
            }
            return t.start[i] > t.end[p];
        }
        return false;
    }

    private static void emit(PageScan scan, int from, int to, int markers, StringBuilder found) {
        if (from < 0 || markers == 0 || to < from) {
            return;
        }
        Tokens t = scan.tokens;
        double score = Math.min(0.9, 0.5 + 0.1 * (markers - 1));
        scan.add(new Span(t.start[from], t.end[to], Category.POLICY_OPINION, score, "opinion", null,
                "mogelijk persoonlijke beleidsopvatting ('" + found + "')", true));
    }
}
