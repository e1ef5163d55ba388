package nl.openbaar.detection.internal;

import java.util.Locale;
import nl.openbaar.detection.model.Category;
import nl.openbaar.detection.model.KnownPerson;

/**
 * Display names in e-mail header lines ("Van: Verbeek, Lotte &lt;…&gt;", "Aan: …; …"), wrapped header lines
 * included. A display name that names a group is a group mailbox, not a person.
 */
final class NamesInHeaders {

    private NamesInHeaders() {
    }

    static void find(PageScan scan) {
        Tokens t = scan.tokens;
        for (int ln = 0; ln < t.lines; ln++) {
            int first = t.firstTokenOfLine(ln);
            int end = t.endTokenOfLine(ln);
            if (first + 1 >= end || !t.has(first, Lexicon.HEADER) || !t.isChar(first + 1, ':')
                    || !t.touching(first, first + 1)) {
                continue;
            }
            // a long "Aan:" list wraps: continuation lines hold addresses and no label of their own
            int last = ln;
            while (last + 1 < t.lines && continuesHeader(scan, last + 1)) {
                last++;
            }
            end = t.endTokenOfLine(last);
            int segStart = first + 2;
            for (int i = segStart; i <= end; i++) {
                boolean cut = i == end || t.isChar(i, ';') || t.isChar(i, ',') && t.isChar(i - 1, '>');
                if (cut) {
                    headerEntry(scan, segStart, i);
                    segStart = i + 1;
                }
            }
        }
    }

    private static boolean continuesHeader(PageScan scan, int ln) {
        Tokens t = scan.tokens;
        int first = t.firstTokenOfLine(ln);
        int end = t.endTokenOfLine(ln);
        if (first >= end || t.isWord(first) && t.isChar(first + 1, ':') && t.touching(first, first + 1)) {
            return false;
        }
        int prevEnd = t.endTokenOfLine(ln - 1) - 1;
        boolean previousOpen = prevEnd >= 0 && (t.isChar(prevEnd, ';') || t.isChar(prevEnd, ','));
        boolean addresses = false;
        for (int i = first; i < end; i++) {
            if (t.isChar(i, '@') || t.isChar(i, '<') || t.isChar(i, '>')) {
                addresses = true;
                break;
            }
        }
        return addresses && (previousOpen || t.isChar(first, '<') || t.isChar(end - 1, '>') || t.isChar(end - 1, ';'));
    }

    /** One "Display Name &lt;address&gt;" entry of a header line. */
    private static void headerEntry(PageScan scan, int from, int to) {
        Tokens t = scan.tokens;
        int lt = -1;
        for (int i = from; i < to; i++) {
            if (t.isChar(i, '<')) {
                lt = i;
                break;
            }
            if (t.isChar(i, '@')) {
                return; // a bare address: the e-mail recognizer handles it
            }
        }
        int nameEnd = lt < 0 ? to : lt;
        // trim quotes and punctuation
        int s = from;
        while (s < nameEnd && t.kind[s] == Tokens.PUNCT) {
            s++;
        }
        int e = nameEnd;
        while (e > s && t.kind[e - 1] == Tokens.PUNCT && !t.isChar(e - 1, '.')) {
            e--;
        }
        if (s >= e) {
            return;
        }
        int words = 0;
        boolean nameWord = false;
        boolean orgWord = false;
        boolean acronym = false;
        boolean initials = false;
        boolean allCap = true;
        for (int i = s; i < e; i++) {
            if (!t.isWord(i)) {
                if (t.kind[i] != Tokens.PUNCT) {
                    allCap = false; // digits in a display name: not a person
                }
                continue;
            }
            words++;
            int f = t.flags[i];
            if ((f & (Lexicon.ORGANISATION | Lexicon.GROUP_WORD)) != 0 && (f & (Lexicon.FIRST)) == 0) {
                orgWord = true;
            }
            if (t.shape(i, Tokens.ALL_CAPS) && t.length(i) >= 2 && !(t.isChar(i + 1, ',') && t.length(i) > 2)) {
                acronym = true;
            }
            if (t.length(i) == 1 && t.shape(i, Tokens.CAPITALISED) && t.isChar(i + 1, '.')) {
                initials = true;
            } else if ((f & (Lexicon.FIRST | Lexicon.SURNAME)) != 0 || scan.knownFlags(i) != 0) {
                nameWord = true;
            }
            if (!t.shape(i, Tokens.CAPITALISED) && (f & Lexicon.INTERFIX) == 0) {
                allCap = false;
            }
        }
        if (words == 0 || words > 6) {
            return;
        }
        String display = scan.text.substring(t.start[s], t.end[e - 1]);
        if ((orgWord || acronym) && lt < 0) {
            return; // "Aan: plv. directeur Digitale Overheid" in a memo: a function, not a mailbox
        }
        if (orgWord || acronym) {
            scan.add(t.start[s], t.end[e - 1], Category.GROUP_MAILBOX, NameEvidence.HEADER_GROUP.score, "email.group.name",
                    "mailbox:" + display.toLowerCase(Locale.ROOT), NameEvidence.HEADER_GROUP.explanation);
            return;
        }
        if (!allCap) {
            return; // "Aan: plv. directeur Digitale Overheid" names a function, not a person
        }
        if (!(nameWord || initials || words >= 2)) {
            return;
        }
        KnownPerson p = NameParts.of(t, s, e, "e-mailkop");
        NameEvidence evidence = nameWord || initials ? NameEvidence.HEADER_NAME : NameEvidence.HEADER_WORDS;
        scan.add(t.start[s], t.end[e - 1], Category.PERSON_NAME, evidence.score, NameRecognizer.HEADER,
                NameRecognizer.subject(scan, p), evidence.explanation);
        if (p.surname() != null && (p.firstName() != null || !p.initials().isEmpty())) {
            scan.learned.add(p);
        }
    }
}
