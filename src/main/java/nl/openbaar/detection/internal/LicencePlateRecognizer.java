package nl.openbaar.detection.internal;

import nl.openbaar.detection.model.Category;

/**
 * Dutch licence plates in the RDW side codes 1–14 ("XX-99-99" … "999-XX-9"), written with their dashes.
 * Without dashes a plate is indistinguishable from a reference code, so only the word "kenteken" nearby
 * raises a dashless candidate (not attempted here).
 */
public final class LicencePlateRecognizer implements Recognizer {

    /** Side codes as shapes: X = letter group, 9 = digit group, with the group lengths. */
    private static final String[] SIDE_CODES = {
        "XX-99-99", "99-99-XX", "99-XX-99", "XX-99-XX", "XX-XX-99", "99-XX-XX", "99-XXX-9",
        "9-XXX-99", "XX-999-X", "X-999-XX", "XXX-99-X", "X-99-XXX", "9-XX-999", "999-XX-9"
    };

    @Override
    public void recognize(PageScan scan) {
        String text = scan.text;
        int n = text.length();
        char[] shape = new char[12];
        for (int p = 0; p < n; p++) {
            char c = text.charAt(p);
            if (!(c >= 'A' && c <= 'Z' || c >= '0' && c <= '9') || p > 0 && Character.isLetterOrDigit(text.charAt(p - 1))
                    || p > 0 && text.charAt(p - 1) == '-') {
                continue;
            }
            int q = p;
            int len = 0;
            while (q < n && len < 9) {
                char d = text.charAt(q);
                if (d >= 'A' && d <= 'Z') {
                    shape[len++] = 'X';
                } else if (d >= '0' && d <= '9') {
                    shape[len++] = '9';
                } else if (d == '-') {
                    shape[len++] = '-';
                } else if (d == '\n' && len > 0 && shape[len - 1] == '-' && scan.softBreak(q)) {
                    q++; // "11-RZN-" at the end of a full line, "6" on the next
                    continue;
                } else {
                    break;
                }
                q++;
            }
            if (len != 8 || q < n && (Character.isLetterOrDigit(text.charAt(q)) || text.charAt(q) == '-')) {
                continue;
            }
            String s = new String(shape, 0, len);
            for (String code : SIDE_CODES) {
                if (code.equals(s)) {
                    boolean context = contextBefore(scan, p);
                    scan.add(p, q, Category.LICENCE_PLATE, context ? 0.95 : 0.7, "plate",
                            "plate:" + text.substring(p, q).replace("\n", ""), "kentekenpatroon " + code + (context ? "; context 'kenteken'" : ""));
                    p = q;
                    break;
                }
            }
        }
    }

    private static boolean contextBefore(PageScan scan, int p) {
        int from = Math.max(0, p - 40);
        return scan.text.substring(from, p).toLowerCase(java.util.Locale.ROOT).contains("kenteken");
    }
}
