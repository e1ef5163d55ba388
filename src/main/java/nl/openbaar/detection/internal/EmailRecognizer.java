package nl.openbaar.detection.internal;

import java.util.Locale;
import nl.openbaar.detection.model.Category;
import nl.openbaar.detection.model.KnownPerson;

/**
 * E-mail addresses. Only the local part is a finding: the domain ("@minbzk.nl") stays readable, as in
 * published Woo bundles. A local part that names no person and is made of functional words or short
 * acronyms ("ddo-mo", "info", "woo-verzoeken") is a group mailbox, which has its own ground.
 */
public final class EmailRecognizer implements Recognizer {

    @Override
    public void recognize(PageScan scan) {
        String text = scan.text;
        int from = 0;
        while (true) {
            int at = text.indexOf('@', from);
            if (at < 0) {
                return;
            }
            from = at + 1;
            int s = at;
            while (s > 0 && isLocalChar(text.charAt(s - 1))) {
                s--;
            }
            while (s < at && (text.charAt(s) == '.' || text.charAt(s) == '-')) {
                s++;
            }
            int e = at + 1;
            int lastDot = -1;
            while (e < text.length() && isDomainChar(text.charAt(e))) {
                if (text.charAt(e) == '.') {
                    lastDot = e;
                }
                e++;
            }
            while (e > at + 1 && text.charAt(e - 1) == '.') {
                e--;
                if (lastDot == e) {
                    lastDot = text.lastIndexOf('.', e - 1);
                    if (lastDot <= at) {
                        lastDot = -1;
                    }
                }
            }
            if (s == at || lastDot < 0 || e - lastDot - 1 < 2 || !tldLetters(text, lastDot + 1, e)) {
                continue;
            }
            String address = text.substring(s, e).toLowerCase(Locale.ROOT);
            classify(scan, s, at, address);
            from = e;
        }
    }

    private static void classify(PageScan scan, int s, int at, String address) {
        String text = scan.text;
        int personParts = 0;
        int groupParts = 0;
        int parts = 0;
        String firstName = null;
        String surname = null;
        int partStart = s;
        for (int i = s; i <= at; i++) {
            if (i == at || isSeparator(text.charAt(i))) {
                if (i > partStart) {
                    parts++;
                    int f = scan.lexicon.flags(text, partStart, i);
                    int k = scan.known.flags(text, partStart, i);
                    boolean letters = allLetters(text, partStart, i);
                    if ((f & Lexicon.GROUP_WORD) != 0) {
                        groupParts++;
                    } else if (letters && i - partStart >= 2 && ((f & (Lexicon.FIRST | Lexicon.SURNAME)) != 0 || k != 0)) {
                        personParts++;
                        if ((f & Lexicon.FIRST) != 0 && firstName == null && parts == 1) {
                            firstName = text.substring(partStart, i);
                        } else if (parts > 1) {
                            surname = text.substring(partStart, i);
                        }
                    } else if (letters && i - partStart <= 4 && parts == 1 && i != at) {
                        personParts++; // "m.elamrani", "jh.devries": initials first
                    } else if (letters && i - partStart <= 4) {
                        groupParts++; // short acronyms: "ddo-mo"
                    }
                }
                partStart = i + 1;
            }
        }
        String subject = "email:" + address;
        if (personParts == 0 && groupParts > 0) {
            scan.add(s, at, Category.GROUP_MAILBOX, 0.85, "email.group", subject, "functionele mailbox: geen naam in het adres");
            return;
        }
        double score = personParts > 0 ? 0.95 : 0.8;
        scan.add(s, at, Category.EMAIL_LOCAL_PART, score, "email", subject,
                personParts > 0 ? "e-mailadres met naam" : "e-mailadres (lokaal deel)");
        if (firstName != null && surname != null && surname.length() >= 3) {
            scan.learned.add(new KnownPerson(capitalise(firstName), "", "", capitalise(surname), "e-mailadres"));
        } else if (firstName == null && surname != null && surname.length() >= 4 && parts == 2
                && Character.isLetter(text.charAt(s)) && text.charAt(s + 1) == '.') {
            // "w.brinkman@…": initial and surname
            scan.learned.add(new KnownPerson(null, Character.toUpperCase(text.charAt(s)) + ".", "", capitalise(surname),
                    "e-mailadres"));
        }
    }

    static String capitalise(String s) {
        return s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1).toLowerCase(Locale.ROOT);
    }

    private static boolean allLetters(String t, int s, int e) {
        for (int i = s; i < e; i++) {
            if (!Character.isLetter(t.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    private static boolean isSeparator(char c) {
        return c == '.' || c == '_' || c == '-' || c == '+';
    }

    private static boolean isLocalChar(char c) {
        return c < 128 && (Character.isLetterOrDigit(c) || c == '.' || c == '_' || c == '%' || c == '+' || c == '-'
                || c == '\'');
    }

    private static boolean isDomainChar(char c) {
        return c < 128 && (Character.isLetterOrDigit(c) || c == '.' || c == '-');
    }

    private static boolean tldLetters(String t, int s, int e) {
        for (int i = s; i < e; i++) {
            if (!Character.isLetter(t.charAt(i))) {
                return false;
            }
        }
        return true;
    }
}
