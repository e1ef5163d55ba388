package nl.openbaar.detection.internal;

import com.google.i18n.phonenumbers.NumberParseException;
import com.google.i18n.phonenumbers.PhoneNumberUtil;
import com.google.i18n.phonenumbers.PhoneNumberUtil.PhoneNumberFormat;
import com.google.i18n.phonenumbers.PhoneNumberUtil.PhoneNumberType;
import com.google.i18n.phonenumbers.Phonenumber.PhoneNumber;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import nl.openbaar.detection.model.Category;

/**
 * Telephone numbers, validated with libphonenumber. A cheap scan first finds digit runs that start like a
 * phone number ("0…", "+…", "(0…") and are written with the usual separators ("06 - 23 45 67 81",
 * "+31 (0)6 87 65 43 21", "070-4266000"); only those candidates reach libphonenumber, which keeps the
 * recognizer fast on pages full of dates and amounts. Service numbers (0800, 0900, shared cost) belong to
 * organisations, not people, and are left alone.
 */
public final class PhoneRecognizer implements Recognizer {

    private static final PhoneNumberUtil UTIL = PhoneNumberUtil.getInstance();
    private static final int MAX_GROUPS = 8;

    @Override
    public void recognize(PageScan scan) {
        // soft line breaks read as spaces: a number wrapped after "06-" or in its digits is one number
        String text = scan.flow();
        int n = text.length();
        int[] groupEnds = new int[MAX_GROUPS];
        int[] digitsAt = new int[MAX_GROUPS];
        for (int p = 0; p < n; p++) {
            char c = text.charAt(p);
            if (c != '+' && c != '0' && c != '(') {
                continue;
            }
            if (p > 0 && isWordChar(text.charAt(p - 1))) {
                continue;
            }
            if (c == '(' && (p + 1 >= n || text.charAt(p + 1) != '0')) {
                continue;
            }
            if (c == '+' && (p + 1 >= n || !isDigit(text.charAt(p + 1)))) {
                continue;
            }
            // walk digits and separators, remembering where each digit group ends
            int digits = 0;
            int groups = 0;
            int sepRun = 0;
            int q = c == '0' ? p : p + 1;
            int end = q;
            while (q < n && groups < MAX_GROUPS) {
                char d = text.charAt(q);
                if (isDigit(d)) {
                    digits++;
                    sepRun = 0;
                    q++;
                    if (q >= n || !isDigit(text.charAt(q))) {
                        groupEnds[groups] = q;
                        digitsAt[groups] = digits;
                        groups++;
                        end = q;
                    }
                } else if ((d == ' ' || d == '-' || d == '.' || d == '/' || d == '(' || d == ')' || d == '\u00a0'
                        || d == '\u2013') && sepRun < 3) {
                    sepRun++;
                    q++;
                } else {
                    break;
                }
                if (digits > 15) {
                    break;
                }
            }
            if (groups == 0 || digits < 8) {
                continue;
            }
            // the number must end at a boundary: not glued to a letter or another digit
            for (int g = groups - 1; g >= 0; g--) {
                int e = groupEnds[g];
                int d = digitsAt[g];
                if (d < 8 || d > 15) {
                    continue;
                }
                if (e < n && (Character.isLetterOrDigit(text.charAt(e)))) {
                    continue;
                }
                if (!plausibleLength(text, p, d)) {
                    continue;
                }
                if (validate(scan, p, e)) {
                    p = e;
                    break;
                }
            }
        }
    }

    /** Dutch numbers written nationally have ten digits; international ones eight to fifteen. */
    private static boolean plausibleLength(String text, int p, int digits) {
        char c = text.charAt(p);
        if (c == '0' || c == '(') {
            if (c == '0' && text.startsWith("00", p)) {
                return digits >= 11;
            }
            return digits == 10;
        }
        return digits >= 9;
    }

    /** What libphonenumber said about a written number; null fields for "not a phone number". */
    private record Verdict(boolean number, boolean personal, boolean valid, boolean mobile, String e164) {
        static final Verdict NONE = new Verdict(false, false, false, false, null);
    }

    /**
     * libphonenumber costs tens of microseconds per number, and a bundle repeats the same signatures on
     * every page: the verdicts are kept per written form (bounded; cleared when full).
     */
    private static final Map<String, Verdict> VERDICTS = new ConcurrentHashMap<>();
    private static final int MAX_VERDICTS = 50_000;

    private static Verdict verdict(String candidate) {
        Verdict v = VERDICTS.get(candidate);
        if (v != null) {
            return v;
        }
        v = judge(candidate);
        if (VERDICTS.size() >= MAX_VERDICTS) {
            VERDICTS.clear();
        }
        VERDICTS.put(candidate, v);
        return v;
    }

    private static Verdict judge(String candidate) {
        PhoneNumber number;
        try {
            number = UTIL.parse(candidate, "NL");
        } catch (NumberParseException ex) {
            return Verdict.NONE;
        }
        if (!UTIL.isValidNumber(number)) {
            // written like a Dutch number but outside the assigned ranges (invented or new): still a number
            // someone can be called on, so proposed with a lower score
            char c = candidate.charAt(0);
            if ((c == '0' || c == '+') && UTIL.isPossibleNumber(number)) {
                return new Verdict(true, true, false, false, UTIL.format(number, PhoneNumberFormat.E164));
            }
            return Verdict.NONE;
        }
        PhoneNumberType type = UTIL.getNumberType(number);
        boolean service = type == PhoneNumberType.TOLL_FREE || type == PhoneNumberType.PREMIUM_RATE
                || type == PhoneNumberType.SHARED_COST || type == PhoneNumberType.UAN;
        return new Verdict(true, !service, true, type == PhoneNumberType.MOBILE, UTIL.format(number, PhoneNumberFormat.E164));
    }

    private static boolean validate(PageScan scan, int s, int e) {
        Verdict v = verdict(scan.flow().substring(s, e));
        if (!v.number()) {
            return false;
        }
        if (!v.personal()) {
            return true; // a service number (0800, 0900): consumed, but not personal
        }
        if (!v.valid()) {
            scan.add(s, e, Category.PHONE_NUMBER, 0.6, "phone", "phone:" + v.e164(),
                    "mogelijk telefoonnummer (niet in de bekende nummerreeksen)");
            return true;
        }
        double score = 0.8;
        String why = "geldig telefoonnummer";
        if (v.mobile()) {
            score = 0.9;
            why = "geldig mobiel nummer";
        }
        if (hasContextBefore(scan, s)) {
            score = Math.min(1.0, score + 0.1);
            why += "; context 'tel.'";
        }
        scan.add(s, e, Category.PHONE_NUMBER, score, "phone", "phone:" + v.e164(), why);
        return true;
    }

    private static boolean hasContextBefore(PageScan scan, int s) {
        Tokens t = scan.tokens;
        int i = tokenBefore(t, s);
        for (int k = 0; k < 4 && i >= 0; k++, i--) {
            if (t.has(i, Lexicon.PHONE_CONTEXT)) {
                return true;
            }
        }
        return false;
    }

    static int tokenBefore(Tokens t, int offset) {
        int lo = 0;
        int hi = t.size;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (t.start[mid] < offset) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo - 1;
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }

    private static boolean isWordChar(char c) {
        return Character.isLetterOrDigit(c) || c == '+';
    }
}
