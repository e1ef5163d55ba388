package nl.openbaar.detection.internal;

import nl.openbaar.detection.model.Category;
import org.apache.commons.validator.routines.IBANValidator;

/**
 * Bank account numbers in IBAN form ("NL91 ABNA 0417 1643 00", compact or in groups of four), checked for
 * the country's length and the mod-97 check digits.
 */
public final class IbanRecognizer implements Recognizer {

    private static final IBANValidator VALIDATOR = IBANValidator.getInstance();

    @Override
    public void recognize(PageScan scan) {
        String text = scan.flow(); // an IBAN wrapped between its groups is one IBAN
        int n = text.length();
        StringBuilder compact = new StringBuilder(34);
        for (int p = 0; p + 4 <= n; p++) {
            if (!upper(text.charAt(p)) || !upper(text.charAt(p + 1)) || !digit(text.charAt(p + 2)) || !digit(text.charAt(p + 3))) {
                continue;
            }
            if (p > 0 && Character.isLetterOrDigit(text.charAt(p - 1))) {
                continue;
            }
            compact.setLength(0);
            int q = p;
            int best = -1;
            while (q < n && compact.length() < 34) {
                char c = text.charAt(q);
                if (upper(c) || digit(c)) {
                    compact.append(c);
                    q++;
                    boolean boundary = q >= n || !Character.isLetterOrDigit(text.charAt(q));
                    if (boundary && compact.length() >= 15 && VALIDATOR.isValid(compact.toString())) {
                        best = q;
                    }
                } else if (c == ' ' && q + 1 < n && (upper(text.charAt(q + 1)) || digit(text.charAt(q + 1)))) {
                    q++;
                } else {
                    break;
                }
            }
            if (best > 0) {
                String iban = text.substring(p, best).replace(" ", "");
                scan.add(p, best, Category.IBAN, 0.95, "iban", "iban:" + iban, "IBAN, controlegetal klopt");
                p = best;
            }
        }
    }

    private static boolean upper(char c) {
        return c >= 'A' && c <= 'Z';
    }

    private static boolean digit(char c) {
        return c >= '0' && c <= '9';
    }
}
