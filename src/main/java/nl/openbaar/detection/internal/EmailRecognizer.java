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
            int s = localStart(scan, at);
            int[] domain = domain(scan, at);
            int e = domain[0];
            String host = text.substring(at + 1, e).replace("\n", "");
            int lastDot = host.lastIndexOf('.');
            if (s == at || lastDot < 0 || host.length() - lastDot - 1 < 2 || !tldLetters(host, lastDot + 1, host.length())) {
                continue;
            }
            String local = text.substring(s, at).replace("\n", "");
            String address = (local + text.substring(at, e).replace("\n", "")).toLowerCase(Locale.ROOT);
            classify(scan, s, at, local, address);
            from = e;
        }
    }

    /**
     * Where the local part before the '@' starts. An address wrapped at any character ("pieter.vanden" at the end
     * of a full line, "berg@minbzk.nl" on the next) is followed back over the wrap when what ends the line above
     * can be the start of an address.
     */
    private static int localStart(PageScan scan, int at) {
        String text = scan.text;
        int s = at;
        while (true) {
            while (s > 0 && isLocalChar(text.charAt(s - 1))) {
                s--;
            }
            if (s >= 2 && scan.softBreak(s - 1) && isLocalChar(text.charAt(s - 2)) && continuesAddress(scan, s - 1)) {
                s--;
                continue;
            }
            break;
        }
        while (s < at && (text.charAt(s) == '.' || text.charAt(s) == '-' || text.charAt(s) == '\n')) {
            s++;
        }
        return s;
    }

    /**
     * The word ending the line before a wrap at {@code brk} can be the first part of an address: no capitals,
     * not an ordinary word that ends a sentence ("besproken."), not a common word.
     */
    private static boolean continuesAddress(PageScan scan, int brk) {
        String text = scan.text;
        int b = brk;
        while (b > 0 && isLocalChar(text.charAt(b - 1))) {
            b--;
        }
        String tail = text.substring(b, brk);
        if (tail.isEmpty() || tail.chars().allMatch(Character::isDigit)) {
            return false; // "M 06 4027 5896" ends the line above the address: a number of its own
        }
        boolean separators = false;
        for (int i = 0; i < tail.length(); i++) {
            char c = tail.charAt(i);
            if (Character.isUpperCase(c)) {
                return false;
            }
            separators |= (c == '.' || c == '_' || c == '-' || Character.isDigit(c)) && i < tail.length() - 1;
        }
        char before = b > 0 ? text.charAt(b - 1) : '\n';
        boolean opened = before == '<' || before == '(' || before == ':' || before == ';' || before == ','
                || before == ' ' && b > 1 && (text.charAt(b - 2) == ':' || text.charAt(b - 2) == ';' || text.charAt(b - 2) == ',');
        int f = scan.lexicon.flags(tail.endsWith(".") ? tail.substring(0, tail.length() - 1) : tail);
        boolean nameLike = (f & (Lexicon.FIRST | Lexicon.SURNAME | Lexicon.GROUP_WORD)) != 0;
        if (tail.length() == 1 && !opened) {
            return false;
        }
        if (tail.endsWith(".") && !separators && !opened && !nameLike) {
            return false; // "besproken." ends a sentence
        }
        return separators || opened || nameLike || (f & Lexicon.COMMON) == 0;
    }

    /** The end of the domain after the '@', followed over a wrap while it is incomplete. */
    private static int[] domain(PageScan scan, int at) {
        String text = scan.text;
        int e = at + 1;
        int lastDot = -1;
        while (e < text.length()) {
            char c = text.charAt(e);
            if (isDomainChar(c)) {
                if (c == '.') {
                    lastDot = e;
                }
                e++;
            } else if (scan.softBreak(e) && e + 1 < text.length() && isDomainChar(text.charAt(e + 1))
                    && incomplete(text, at, e, lastDot)) {
                e++;
            } else {
                break;
            }
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
        return new int[] {e};
    }

    /** A domain cut by a wrap: no dot yet, or it ends in a dot or hyphen, or its last label is one letter. */
    private static boolean incomplete(String text, int at, int e, int lastDot) {
        char last = text.charAt(e - 1);
        return lastDot < 0 || last == '.' || last == '-' || last == '@' || last == '\n' || e - lastDot - 1 < 2;
    }

    private static void classify(PageScan scan, int s, int at, String local, String address) {
        int personParts = 0;
        int groupParts = 0;
        int parts = 0;
        String firstName = null;
        String surname = null;
        int partStart = 0;
        int n = local.length();
        for (int i = 0; i <= n; i++) {
            if (i == n || isSeparator(local.charAt(i))) {
                if (i > partStart) {
                    parts++;
                    int f = scan.lexicon.flags(local, partStart, i);
                    int k = scan.known.flags(local, partStart, i);
                    boolean letters = allLetters(local, partStart, i);
                    if ((f & Lexicon.GROUP_WORD) != 0) {
                        groupParts++;
                    } else if (letters && i - partStart >= 2 && ((f & (Lexicon.FIRST | Lexicon.SURNAME)) != 0 || k != 0)) {
                        personParts++;
                        if ((f & Lexicon.FIRST) != 0 && firstName == null && parts == 1) {
                            firstName = local.substring(partStart, i);
                        } else if (parts > 1) {
                            surname = local.substring(partStart, i);
                        }
                    } else if (letters && i - partStart <= 4 && parts == 1 && i != n) {
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
                && Character.isLetter(local.charAt(0)) && local.length() > 1 && local.charAt(1) == '.') {
            // "w.brinkman@…": initial and surname
            scan.learned.add(new KnownPerson(null, Character.toUpperCase(local.charAt(0)) + ".", "", capitalise(surname),
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
