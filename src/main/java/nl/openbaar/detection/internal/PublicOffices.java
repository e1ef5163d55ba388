package nl.openbaar.detection.internal;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import nl.openbaar.detection.model.Category;
import nl.openbaar.detection.model.OfficeHolder;

/**
 * Keeps public office holders visible. Two rules: the allow-list (ministers, state secretaries … with source
 * and dates), and context: a name right after an office ("staatssecretaris Knops", "GroenLinks-kamerlid
 * Kathalijne Buitenweg", "het lid Buitenweg (GroenLinks)") or followed by a party ("Verhoeven van D66").
 * A surname alone matches the allow-list only when the case register knows nobody else by that surname.
 */
public final class PublicOffices {

    public static final PublicOffices NONE = new PublicOffices(List.of());

    private final List<OfficeHolder> holders;
    private final Map<Long, List<OfficeHolder>> bySurname = new HashMap<>();

    public PublicOffices(List<OfficeHolder> holders) {
        this.holders = List.copyOf(holders);
        for (OfficeHolder h : holders) {
            bySurname.computeIfAbsent(TermTable.hash(h.surname()), k -> new ArrayList<>()).add(h);
            // the last part of a double surname is how the press often writes it ("Yeşilgöz")
            if (h.surname().contains("-")) {
                for (String part : h.surname().split("-")) {
                    bySurname.computeIfAbsent(TermTable.hash(part), k -> new ArrayList<>()).add(h);
                }
            }
        }
    }

    public List<OfficeHolder> holders() {
        return holders;
    }

    /** Moves person-name spans of public office holders from the findings to the public mentions. */
    public void apply(PageScan scan) {
        List<Span> kept = new ArrayList<>(scan.spans.size());
        for (Span s : scan.spans) {
            String reason = s.category() == Category.PERSON_NAME ? reason(scan, s) : null;
            if (reason == null) {
                kept.add(s);
            } else {
                scan.publicMentions.add(new Span(s.start(), s.end(), s.category(), s.score(), s.recognizer(), s.subject(),
                        reason, false));
            }
        }
        scan.spans.clear();
        scan.spans.addAll(kept);
    }

    String reason(PageScan scan, Span s) {
        Tokens t = scan.tokens;
        int first = PhoneRecognizer.tokenBefore(t, s.start()) + 1;
        int last = PhoneRecognizer.tokenBefore(t, s.end());
        if (first > last) {
            return null;
        }
        // an office right before the name (skipping a title or the name's own first names is not needed:
        // "minister Grapperhaus", "staatssecretaris Raymond Knops")
        for (int k = first - 1; k >= Math.max(0, first - 2); k--) {
            if (!t.isWord(k)) {
                break;
            }
            if (isOffice(scan, k)) {
                return "publieke functie: na '" + t.str(k) + "'";
            }
            if (!t.has(k, Lexicon.INTERFIX) && !t.has(k, Lexicon.TITLE)) {
                break;
            }
        }
        // the official who signs a decision on the body's behalf: "namens deze," one or two lines above a line
        // that holds nothing but the name (and a title)
        if (aloneOnItsLine(t, first, last) && signsOnBehalf(scan, t.line[first])) {
            return "ondertekenaar namens het bestuursorgaan";
        }
        // "Kamervragen van de leden Van Baarle en Sneller"
        if (first > 0 && t.equalsWord(first - 1, "leden") && t.line[first - 1] == t.line[first]) {
            return "publieke functie: Kamerleden";
        }
        // "het lid Buitenweg (GroenLinks)"
        if (first > 0 && t.equalsWord(first - 1, "lid") && t.isChar(last + 1, '(')) {
            return "publieke functie: Kamerlid";
        }
        // a party after the name: "(GroenLinks)", "van D66", ", VVD"
        int a = last + 1;
        if ((t.isChar(a, '(') || t.isChar(a, ',') || t.equalsWord(a, "van")) && t.isWord(a + 1) && t.has(a + 1, Lexicon.PARTY)
                && t.shape(a + 1, Tokens.CAPITALISED)) {
            return "politicus: " + t.str(a + 1);
        }
        // the allow-list
        int surname = last;
        List<OfficeHolder> candidates = bySurname.get(TermTable.hash(scan.text, t.start[surname], t.end[surname]));
        if (candidates == null) {
            return null;
        }
        boolean onlySurname = first == last;
        if (onlySurname && (scan.known.flags(scan.text, t.start[surname], t.end[surname]) & KnownNames.SURNAME) != 0) {
            return null;
        }
        for (OfficeHolder h : candidates) {
            if (onlySurname || firstNameFits(scan, first, surname, h)) {
                return "publieke functie: " + h.name() + ", " + h.role() + " (lijst)";
            }
        }
        return null;
    }

    private static boolean signsOnBehalf(PageScan scan, int ln) {
        Tokens t = scan.tokens;
        int p = ln - 1;
        for (int seen = 0; p >= 0 && seen < 2; p--) {
            if (scan.lineBlank(p)) {
                continue;
            }
            seen++;
            // "namens deze,", "namens de minister van …,": a short line of its own
            if (t.equalsWord(t.firstTokenOfLine(p), "namens") && scan.lineEnd(p) - scan.lineStart(p) < 80) {
                return true;
            }
        }
        return false;
    }

    /** Only titles and punctuation share the name's line. */
    private static boolean aloneOnItsLine(Tokens t, int first, int last) {
        int ln = t.line[first];
        for (int k = t.firstTokenOfLine(ln); k < first; k++) {
            if (t.isWord(k) && !t.has(k, Lexicon.TITLE)) {
                return false;
            }
        }
        for (int k = last + 1; k < t.endTokenOfLine(ln); k++) {
            if (t.isWord(k) || t.kind[k] == Tokens.NUMBER) {
                return false;
            }
        }
        return true;
    }

    private static boolean isOffice(PageScan scan, int k) {
        Tokens t = scan.tokens;
        if (t.has(k, Lexicon.OFFICE)) {
            return true;
        }
        // "GroenLinks-kamerlid", "oud-minister", "D66-Kamerlid"
        for (int p = t.end[k] - 1; p > t.start[k]; p--) {
            if (scan.text.charAt(p) == '-') {
                return (scan.lexicon.flags(scan.text, p + 1, t.end[k]) & Lexicon.OFFICE) != 0;
            }
        }
        return false;
    }

    /** "Raymond Knops" or "R. Knops" fits Raymond Knops; "Jan Knops" does not. */
    private static boolean firstNameFits(PageScan scan, int first, int surname, OfficeHolder h) {
        Tokens t = scan.tokens;
        String given = h.name().toLowerCase(Locale.ROOT);
        for (int k = first; k < surname; k++) {
            if (!t.isWord(k) || t.has(k, Lexicon.INTERFIX)) {
                continue;
            }
            String w = t.str(k).toLowerCase(Locale.ROOT);
            if (t.length(k) <= 2 && t.isChar(k + 1, '.')) {
                return given.startsWith(w.substring(0, 1));
            }
            return given.startsWith(w + " ") || given.contains(" " + w + " ");
        }
        return true;
    }
}
