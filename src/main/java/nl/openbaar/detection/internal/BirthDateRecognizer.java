package nl.openbaar.detection.internal;

import nl.openbaar.detection.model.Category;

/**
 * Dates of birth: a date ("12-03-1980", "12/3/80", "12 maart 1980", "twaalf maart 1980") right after "geboren", "geb.",
 * "geboortedatum" and similar. Dates without such context are not personal data by themselves.
 */
public final class BirthDateRecognizer implements Recognizer {

    @Override
    public void recognize(PageScan scan) {
        Tokens t = scan.tokens;
        for (int i = 0; i < t.size; i++) {
            if (!t.has(i, Lexicon.BIRTH_CONTEXT)) {
                continue;
            }
            // look for a date starting within the next six tokens
            for (int j = i + 1; j < Math.min(t.size, i + 8); j++) {
                int end = dateEnd(t, j);
                if (end > 0) {
                    scan.add(t.start[j], end, Category.DATE_OF_BIRTH, 0.9, "birthdate", null,
                            "datum na '" + t.str(i) + "'");
                    break;
                }
            }
        }
    }

    /** The end offset of a date starting at token j, or -1. */
    static int dateEnd(Tokens t, int j) {
        // twaalf maart 1980
        if (t.isWord(j) && t.has(j, Lexicon.DAY_WORD) && t.has(j + 1, Lexicon.MONTH) && t.is(j + 2, Tokens.NUMBER)
                && t.length(j + 2) == 4) {
            return t.end[j + 2];
        }
        if (!t.is(j, Tokens.NUMBER) || t.length(j) > 2) {
            return -1;
        }
        // 12-03-1980, 12/3/80, 12.03.1980
        if (t.is(j + 2, Tokens.NUMBER) && t.is(j + 4, Tokens.NUMBER) && t.length(j + 2) <= 2
                && (t.length(j + 4) == 4 || t.length(j + 4) == 2)
                && sep(t, j + 1) && sep(t, j + 3) && t.touching(j, j + 1) && t.touchingOverWrap(j + 1, j + 2)
                && t.touching(j + 2, j + 3) && t.touchingOverWrap(j + 3, j + 4)) {
            return t.end[j + 4];
        }
        // 12 maart 1980
        if (t.has(j + 1, Lexicon.MONTH) && t.is(j + 2, Tokens.NUMBER) && t.length(j + 2) == 4) {
            return t.end[j + 2];
        }
        return -1;
    }

    private static boolean sep(Tokens t, int i) {
        return t.isChar(i, '-') || t.isChar(i, '/') || t.isChar(i, '.');
    }
}
