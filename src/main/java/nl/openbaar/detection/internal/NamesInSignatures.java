package nl.openbaar.detection.internal;

import java.util.Locale;
import nl.openbaar.detection.model.Category;
import nl.openbaar.detection.model.KnownPerson;

/** The name on the line after a sign-off ("Met vriendelijke groet,"), before ", function" or " | function". */
final class NamesInSignatures {

    private NamesInSignatures() {
    }

    static void find(PageScan scan) {
        Tokens t = scan.tokens;
        for (int ln = 0; ln < t.lines; ln++) {
            if (!isSignoff(scan, ln)) {
                continue;
            }
            for (int next = ln + 1; next < Math.min(t.lines, ln + 4); next++) {
                if (scan.lineBlank(next)) {
                    continue;
                }
                signatureName(scan, next);
                break;
            }
        }
    }

    private static boolean isSignoff(PageScan scan, int ln) {
        int s = scan.lineStart(ln);
        int e = scan.lineEnd(ln);
        while (s < e && !Character.isLetter(scan.text.charAt(s))) {
            s++;
        }
        while (e > s && !Character.isLetter(scan.text.charAt(e - 1))) {
            e--;
        }
        if (e - s < 2 || e - s > 40) {
            return false;
        }
        String line = scan.text.substring(s, e).toLowerCase(Locale.ROOT).replace('\u00a0', ' ');
        for (String signoff : scan.lexicon.signoffs()) {
            if (line.equals(signoff)) {
                return true;
            }
        }
        return false;
    }

    private static void signatureName(PageScan scan, int ln) {
        Tokens t = scan.tokens;
        int from = t.firstTokenOfLine(ln);
        int to = t.endTokenOfLine(ln);
        // the name may be followed by ", function" or " | function" on the same line
        int stop = from;
        while (stop < to && !t.isChar(stop, ',') && !t.isChar(stop, '|') && !t.isChar(stop, '(')) {
            stop++;
        }
        int words = 0;
        boolean nameWord = false;
        for (int i = from; i < stop; i++) {
            if (t.isWord(i)) {
                words++;
                int f = t.flags[i];
                boolean cap = t.shape(i, Tokens.CAPITALISED);
                if (!cap && (f & Lexicon.INTERFIX) == 0) {
                    return;
                }
                if ((f & (Lexicon.ORGANISATION | Lexicon.HEADER | Lexicon.OFFICE | Lexicon.NOT_A_NAME)) != 0
                        && (f & Lexicon.FIRST) == 0 || scan.lexicon.isJobWord(scan.text, t.start[i], t.end[i])
                        && (f & (Lexicon.FIRST | Lexicon.SURNAME)) == 0) {
                    return;
                }
                if ((f & (Lexicon.FIRST | Lexicon.SURNAME)) != 0 || scan.knownFlags(i) != 0
                        || (f & Lexicon.COMMON) == 0) {
                    nameWord = true;
                }
            } else if (!t.isChar(i, '.') && !t.isChar(i, '-')) {
                return;
            }
        }
        if (words == 0 || words > 5 || !nameWord) {
            return;
        }
        int last = stop - 1;
        while (last > from && !t.isWord(last) && !t.isChar(last, '.')) {
            last--;
        }
        KnownPerson p = NameParts.of(t, from, stop, "ondertekening");
        scan.add(t.start[from], t.end[last], Category.PERSON_NAME, NameEvidence.SIGNATURE.score, NameRecognizer.SIGNATURE,
                NameRecognizer.subject(scan, p), NameEvidence.SIGNATURE.explanation + " ('"
                        + scan.line(ln - 1 < 0 ? 0 : previousNonBlank(scan, ln)).strip() + "')");
        if (p.surname() != null) {
            scan.learned.add(p);
        }
    }

    private static int previousNonBlank(PageScan scan, int ln) {
        int p = ln - 1;
        while (p > 0 && scan.lineBlank(p)) {
            p--;
        }
        return Math.max(0, p);
    }
}
