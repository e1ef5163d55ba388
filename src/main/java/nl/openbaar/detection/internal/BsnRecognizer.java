package nl.openbaar.detection.internal;

import nl.openbaar.detection.model.Category;

/**
 * Burgerservicenummers: nine digits (also written 1234.56.782 or 123 456 782) that pass the elfproef.
 * About one in eleven random nine-digit numbers passes too, so the score is moderate without the words
 * "BSN", "burgerservicenummer" or "sofinummer" nearby, and high with them.
 */
public final class BsnRecognizer implements Recognizer {

    @Override
    public void recognize(PageScan scan) {
        Tokens t = scan.tokens;
        String text = scan.text;
        char[] digits = new char[9];
        for (int i = 0; i < t.size; i++) {
            if (t.kind[i] != Tokens.NUMBER) {
                continue;
            }
            if (i > 0 && (t.touching(i - 1, i) && (t.kind[i - 1] == Tokens.WORD || t.isChar(i - 1, '+')
                    || t.isChar(i - 1, '-') || t.isChar(i - 1, '.') || t.isChar(i - 1, ',')))) {
                continue;
            }
            // collect up to nine digits over groups joined by a single '.', ' ' or nothing
            int count = 0;
            int j = i;
            int last = i;
            boolean ok = true;
            while (true) {
                int len = t.length(j);
                if (count + len > 9) {
                    ok = false;
                    break;
                }
                for (int k = t.start[j]; k < t.end[j]; k++) {
                    digits[count++] = text.charAt(k);
                }
                last = j;
                if (count == 9) {
                    break;
                }
                if (t.is(j + 2, Tokens.NUMBER) && (t.isChar(j + 1, '.') || t.isChar(j + 1, '-'))
                        && t.touching(j, j + 1) && t.touching(j + 1, j + 2)) {
                    j += 2;
                } else if (t.is(j + 1, Tokens.NUMBER) && t.adjacent(j, j + 1) && t.end[j] + 1 == t.start[j + 1]
                        && count >= 3) {
                    j += 1;
                } else {
                    ok = false;
                    break;
                }
            }
            if (!ok || count != 9) {
                continue;
            }
            // the number must not continue: "123456782" followed by more digits is something else
            if (last + 1 < t.size && t.touching(last, last + 1) && (t.kind[last + 1] != Tokens.PUNCT
                    || (t.isChar(last + 1, '.') || t.isChar(last + 1, ',') || t.isChar(last + 1, '-'))
                    && t.is(last + 2, Tokens.NUMBER) && t.touching(last + 1, last + 2))) {
                continue;
            }
            if (!elfproef(digits)) {
                continue;
            }
            boolean context = false;
            for (int k = i - 1; k >= Math.max(0, i - 5); k--) {
                if (t.has(k, Lexicon.BSN_CONTEXT)) {
                    context = true;
                    break;
                }
            }
            String subject = "bsn:" + new String(digits);
            scan.add(t.start[i], t.end[last], Category.BSN, context ? 0.98 : 0.7, "bsn", subject,
                    context ? "negen cijfers, elfproef klopt; context 'BSN'" : "negen cijfers, elfproef klopt");
            i = last;
        }
    }

    /** 9×d1 + 8×d2 + … + 2×d8 − 1×d9 is a multiple of 11 (and the number is not all zeros). */
    public static boolean elfproef(char[] d) {
        int sum = 0;
        boolean nonZero = false;
        for (int k = 0; k < 8; k++) {
            sum += (9 - k) * (d[k] - '0');
            nonZero |= d[k] != '0';
        }
        sum -= d[8] - '0';
        return nonZero && sum % 11 == 0;
    }
}
