package nl.openbaar.detection.internal;

import java.util.Locale;
import nl.openbaar.detection.model.Category;
import nl.openbaar.detection.model.KnownPerson;

/**
 * Person names, the Dutch way (after deduce's token patterns, written anew): a title or form of address
 * ("mevrouw", "de heer", "dr."), initials ("I.", "A.B."), first names from the list, interfixes ("van den",
 * "el") and a surname, in the combinations people write them. Three kinds of context make it stronger:
 * e-mail header lines ("Van: Verbeek, Lotte &lt;…&gt;"), the line after a sign-off ("Met vriendelijke groet"),
 * and the case register (names found with confidence elsewhere in the case are found everywhere, also alone:
 * "Hoi Daan,"). Capitalised ordinary words ("Heb", "Volgens") are not names unless the lists or context say so.
 */
public final class NameRecognizer implements Recognizer {

    static final String HEADER = "name.header";
    static final String SIGNATURE = "name.signature";
    static final String PATTERN = "name";
    static final String REGISTER = "name.register";
    static final String LIST = "name.list";

    @Override
    public void recognize(PageScan scan) {
        headers(scan);
        signatures(scan);
        lists(scan);
        patterns(scan);
    }

    // ---------------------------------------------------------------- lists of people

    /**
     * "Aanwezig: Jan de Boer (BZK), Bakker (JenV), mw. De Vries" and "de heeren Thorbecke, Wintgens en
     * Heemskerk": after such a label every item of the list is a person, even a bare surname.
     */
    private static void lists(PageScan scan) {
        Tokens t = scan.tokens;
        for (int i = 0; i < t.size; i++) {
            if (!t.has(i, Lexicon.LIST_LABEL)) {
                continue;
            }
            int from;
            boolean toLineEnd;
            if (t.shape(i, Tokens.LINE_START) && t.isChar(i + 1, ':')) {
                from = i + 2; // "Aanwezig:" at the start of a line: the rest of the line
                toLineEnd = true;
            } else if (i > 0 && (t.equalsWord(i - 1, "de") || t.equalsWord(i - 1, "den")) && !t.shape(i, Tokens.LINE_START)
                    && (t.equalsWord(i, "heeren") || t.equalsWord(i, "heren") || t.equalsWord(i, "hh")
                            || t.equalsWord(i, "dames"))) {
                from = t.isChar(i + 1, '.') ? i + 2 : i + 1; // "de heeren …" up to the end of the sentence
                if (t.isChar(from, ':')) {
                    from++;
                }
                toLineEnd = false;
            } else {
                continue;
            }
            int item = from;
            int k = from;
            int items = 0;
            int limit = Math.min(t.size, from + 400); // a list is not longer than this; keeps the scan linear
            while (k <= limit && items < 40) {
                boolean end = k == limit || toLineEnd && t.line[k] != t.line[i]
                        || !toLineEnd && (t.isChar(k, '.') && !(t.isWord(k - 1) && t.length(k - 1) <= 2) || t.isChar(k, ';')
                                || t.isChar(k, ':'));
                boolean cut = end || t.isChar(k, ',') || t.isChar(k, ';') || t.isChar(k, '(') || t.equalsWord(k, "en");
                if (cut) {
                    if (k > item) {
                        listItem(scan, item, k);
                        items++;
                    }
                    if (end) {
                        break;
                    }
                    if (t.isChar(k, '(')) {
                        while (k < t.size && !t.isChar(k, ')') && t.line[k] == t.line[item]) {
                            k++;
                        }
                    }
                    item = k + 1;
                }
                k++;
            }
            i = Math.max(i, k - 1);
        }
    }

    /** One item of a list of people: titles, initials, first names, interfixes and a capitalised surname. */
    private static void listItem(PageScan scan, int from, int to) {
        Tokens t = scan.tokens;
        int s = from;
        while (s < to && (t.has(s, Lexicon.TITLE) && !t.has(s, Lexicon.FIRST) || t.isChar(s, '.'))) {
            s++;
        }
        int words = 0;
        int last = -1;
        for (int k = s; k < to; k++) {
            if (t.isWord(k)) {
                words++;
                int f = t.flags[k];
                if ((f & (Lexicon.ORGANISATION | Lexicon.OFFICE | Lexicon.NOT_A_NAME | Lexicon.MONTH | Lexicon.GREETING)) != 0
                        && (f & (Lexicon.FIRST | Lexicon.SURNAME)) == 0 || t.shape(k, Tokens.ALL_CAPS) && t.length(k) <= 3) {
                    return;
                }
                if (!t.shape(k, Tokens.CAPITALISED) && (f & Lexicon.INTERFIX) == 0) {
                    return;
                }
                last = k;
            } else if (!t.isChar(k, '.') && !t.isChar(k, '-') && !t.isChar(k, '\'')) {
                return;
            }
        }
        if (words == 0 || words > 6 || last < 0 || !t.shape(last, Tokens.CAPITALISED)) {
            return;
        }
        KnownPerson p = NameParts.of(t, s, last + 1, "lijst");
        scan.add(new Span(t.start[s], t.end[last], Category.PERSON_NAME, 0.85, LIST, subject(scan, p),
                "naam in een opsomming van personen", false));
    }

    // ---------------------------------------------------------------- e-mail header lines

    private static void headers(PageScan scan) {
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
            scan.add(t.start[s], t.end[e - 1], Category.GROUP_MAILBOX, 0.8, "email.group.name",
                    "mailbox:" + display.toLowerCase(Locale.ROOT), "naam van een functionele mailbox in de e-mailkop");
            return;
        }
        if (!allCap) {
            return; // "Aan: plv. directeur Digitale Overheid" names a function, not a person
        }
        if (!(nameWord || initials || words >= 2)) {
            return;
        }
        KnownPerson p = NameParts.of(t, s, e, "e-mailkop");
        scan.add(t.start[s], t.end[e - 1], Category.PERSON_NAME, nameWord || initials ? 0.95 : 0.8, HEADER,
                subject(scan, p), "naam in de e-mailkop");
        if (p.surname() != null && (p.firstName() != null || !p.initials().isEmpty())) {
            scan.learned.add(p);
        }
    }

    // ---------------------------------------------------------------- signatures

    private static void signatures(PageScan scan) {
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
        scan.add(t.start[from], t.end[last], Category.PERSON_NAME, 0.92, SIGNATURE, subject(scan, p),
                "naam onder een groet ('" + scan.line(ln - 1 < 0 ? 0 : previousNonBlank(scan, ln)).strip() + "')");
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

    // ---------------------------------------------------------------- patterns in running text

    private static void patterns(PageScan scan) {
        Tokens t = scan.tokens;
        for (int i = 0; i < t.size; i++) {
            if (!t.isWord(i)) {
                continue;
            }
            int next = matchAt(scan, i);
            if (next > i) {
                i = next - 1;
            }
        }
    }

    /** Tries a name starting at token i; returns the token after it, or i when nothing matched. */
    private static int matchAt(PageScan scan, int i) {
        Tokens t = scan.tokens;
        String text = scan.text;
        int j = i;
        int titles = 0;
        while (titles < 3) {
            if ((t.equalsWord(j, "de") || t.equalsWord(j, "den")) && t.has(j + 1, Lexicon.TITLE) && t.adjacent(j, j + 1)) {
                j += 2; // "de heer", "den heer", "de heeren"
                if (t.isChar(j, '.') && t.touching(j - 1, j)) {
                    j++;
                }
            } else if (t.has(j, Lexicon.TITLE) && (t.length(j) > 1) && !t.has(j, Lexicon.FIRST)) {
                j++;
                if (t.isChar(j, '.') && t.touching(j - 1, j)) {
                    j++;
                }
            } else {
                break;
            }
            titles++;
        }
        if (titles > 0 && !followsOnLine(t, i, j)) {
            return i;
        }
        boolean afterFunction = titles == 0 && i > 0 && t.isWord(i - 1) && t.adjacent(i - 1, i)
                && !t.shape(i - 1, Tokens.CAPITALISED) && !t.has(i - 1, Lexicon.OFFICE)
                && scan.lexicon.isJobWord(scan.text, t.start[i - 1], t.end[i - 1]);
        int nameStart = j;
        // initials: "I.", "A.B.", "J.-P."
        int initials = 0;
        while (t.isWord(j) && t.shape(j, Tokens.CAPITALISED) && t.isChar(j + 1, '.') && t.touching(j, j + 1)
                && (t.length(j) == 1 || isDigraphInitial(t, j) || t.length(j) <= 5 && t.has(j, Lexicon.FIRST_ABBREVIATION)
                        && (initials > 0 || !t.has(j, Lexicon.COMMON) || t.length(j) <= 3))) {
            initials++;
            j += 2;
            if (t.isChar(j, '-') && t.touching(j - 1, j)) {
                j++;
            }
        }
        if (initials > 0 && honorific(t, nameStart, j)) {
            return j; // "Z.M. de Koning", "H.K.H. Prinses …": a form of address for royalty, not initials
        }
        if (initials > 0 && !t.nextTo(j - 1, j) && !t.touching(j - 1, j)) {
            return titles > 0 || initials > 0 ? i + Math.max(1, j - i) : i;
        }
        // first names
        int firsts = 0;
        int firstCommon = 0;
        int firstKnown = 0;
        while (initials == 0 && isFirstName(scan, j) && (j == nameStart || t.nextTo(j - 1, j))) {
            if (t.has(j, Lexicon.COMMON)) {
                firstCommon++;
            }
            if ((scan.knownFlags(j) & KnownNames.FIRST) != 0) {
                firstKnown++;
            }
            firsts++;
            j++;
        }
        // "J. W. C. baron van Ittersum": a title of nobility inside the name
        if ((initials > 0 || firsts > 0) && t.isWord(j) && t.has(j, Lexicon.TITLE) && t.nextTo(j - 1, j)
                && (t.equalsWord(j, "baron") || t.equalsWord(j, "jonkheer") || t.equalsWord(j, "graaf")
                        || t.equalsWord(j, "barones") || t.equalsWord(j, "gravin") || t.equalsWord(j, "jhr"))
                && (t.has(j + 1, Lexicon.INTERFIX) || isSurnameWord(scan, j + 1))) {
            j++;
        }
        // interfixes ("in" and "op" only before another: "in 't Veld", "op den Berg")
        int interfixStart = j;
        int interfixes = 0;
        while (interfixes < 3 && t.isWord(j) && t.has(j, Lexicon.INTERFIX) && (j == nameStart || t.nextTo(j - 1, j))
                && t.length(j) <= 4 && (!(t.equalsWord(j, "in") || t.equalsWord(j, "op")) || t.has(j + 1, Lexicon.INTERFIX))) {
            interfixes++;
            j++;
        }
        // the surname; after a title, initials or a first name it may be in capitals or an ordinary word
        int surname = -1;
        boolean strong = titles > 0 || initials > 0 || firsts > 0;
        if (afterFunction && titles == 0 && initials == 0 && firsts == 0 && isSurnameWord(scan, j)
                && (t.has(j, Lexicon.SURNAME) || interfixes > 0 && t.shape(nameStart, Tokens.CAPITALISED))
                && (j == nameStart || t.nextTo(j - 1, j))) {
            titles = 1; // "wijkagent Van Dam", "woordvoerder Jansen": a function names the person after it
        }
        if ((isSurnameWord(scan, j) || strong && isSurnameInContext(scan, j, initials > 0 || titles > 0))
                && (j == nameStart || t.nextTo(j - 1, j))) {
            surname = j;
            j++;
        } else if (firsts >= 2 && interfixes == 0 && t.has(j - 1, Lexicon.SURNAME)) {
            surname = j - 1; // "Jan Peter": the last "first name" is the surname
            firsts--;
        }
        if (surname < 0) {
            j = interfixStart; // no interfix without a surname
        } else {
            // "Duymaer van Twist", "Bosch van Drakestein": surname, interfix, a second surname the lists know
            // as one that follows an interfix
            int k2 = j;
            int inter2 = 0;
            while (inter2 < 3 && t.isWord(k2) && t.has(k2, Lexicon.INTERFIX) && t.nextTo(k2 - 1, k2) && t.length(k2) <= 4) {
                k2++;
                inter2++;
            }
            // "Smits uit Hoorn", "Jansen bij Rijkswaterstaat": a preposition before a place is no interfix here
            boolean preposition = inter2 > 0 && (t.equalsWord(j, "uit") || t.equalsWord(j, "aan") || t.equalsWord(j, "bij")
                    || t.equalsWord(j, "in") || t.equalsWord(j, "op") || t.equalsWord(j, "te"));
            if (inter2 > 0 && !preposition && t.isWord(k2) && t.nextTo(k2 - 1, k2) && t.shape(k2, Tokens.CAPITALISED)
                    && t.has(k2, Lexicon.SURNAME_INTERFIX) && !t.has(k2, Lexicon.ORGANISATION | Lexicon.NOT_A_NAME)
                    && !placeOrUnit(t, k2)) {
                j = k2 + 1;
            }
            // names written in capitals run on: "JOHANNA GOSSINA SLUIS"
            int caps = 0;
            while (caps < 2 && t.shape(j - 1, Tokens.ALL_CAPS) && t.isWord(j) && t.shape(j, Tokens.ALL_CAPS) && t.length(j) >= 3
                    && t.nextTo(j - 1, j) && t.line[j] == t.line[j - 1] && !t.has(j, Lexicon.ORGANISATION | Lexicon.NOT_A_NAME)
                    && (t.has(j, Lexicon.SURNAME | Lexicon.FIRST) || !t.has(j, Lexicon.COMMON))) {
                j++;
                caps++;
            }
            // "Jansen jr.", "ten Cate Az."
            if (t.isWord(j) && t.has(j, Lexicon.NAME_SUFFIX) && t.nextTo(j - 1, j) && t.length(j) <= 3) {
                j++;
                if (t.isChar(j, '.') && t.touching(j - 1, j)) {
                    j++;
                }
            }
            // a double surname: "Hoekstra-de Graaf", "de Vries - van der Meer"
            int k = j;
            if (t.isChar(k, '-') && (t.touching(k - 1, k) || t.adjacent(k - 1, k))) {
                k++;
                int inter = 0;
                while (inter < 3 && t.isWord(k) && t.has(k, Lexicon.INTERFIX) && t.length(k) <= 4) {
                    k++;
                    inter++;
                }
                if (isSurnameWord(scan, k) && t.line[k] - t.line[surname] <= 1) {
                    j = k + 1;
                }
            }
        }
        if (surname >= 0 && isStreetBeforeNumber(scan, surname)) {
            return i;
        }
        if (surname >= 0 && initials == 0 && firsts == 0 && t.has(surname, Lexicon.OFFICE)
                && (scan.knownFlags(surname) & KnownNames.SURNAME) == 0) {
            return surname + 1; // "commissaris van de Koning", "de heer Minister": an office, not a surname
        }
        if (precededByOrganisation(t, nameStart) && titles == 0) {
            return surname >= 0 ? surname + 1 : Math.max(i + 1, j);
        }
        double score;
        String why;
        int spanEnd = j;
        if (surname >= 0 && (titles > 0 || initials > 0 || firsts > 0)) {
            boolean surKnown = (scan.knownFlags(surname) & KnownNames.SURNAME) != 0;
            boolean surListed = t.has(surname, Lexicon.SURNAME);
            boolean surCommon = t.has(surname, Lexicon.COMMON);
            if (titles > 0) {
                score = 0.95;
                why = "aanspreekvorm + naam";
            } else if (initials > 0) {
                score = surCommon && !surListed ? 0.6 : 0.9;
                why = "voorletters + achternaam";
            } else {
                score = surKnown || surListed ? 0.9 : 0.82;
                if (firstCommon == firsts && firstKnown == 0) {
                    // "Jan de Boer": an interfix before a surname that takes one is a name, common words or not
                    boolean interfixed = interfixes > 0 && t.has(surname, Lexicon.SURNAME_INTERFIX);
                    score -= interfixed ? 0 : surListed && !surCommon ? 0.05 : 0.25;
                }
                why = "voornaam + achternaam";
            }
            if (surKnown) {
                score = Math.max(score, 0.95);
                why += "; bekend in deze zaak";
            }
        } else if (titles > 0 && firsts > 0) {
            score = 0.85;
            why = "aanspreekvorm + voornaam";
        } else if (firsts > 0 && initials == 0) {
            spanEnd = nameStart + firsts;
            int lastFirst = spanEnd - 1;
            if (firstKnown > 0) {
                score = 0.9;
                why = "voornaam van iemand die in deze zaak voorkomt";
            } else {
                // an ordinary word is capitalised only at the start of a sentence: mid-sentence "Wouter" or
                // "Roos" is a name, at the start it may be a word
                boolean startsSentence = t.shape(nameStart, Tokens.LINE_START) || sentenceStart(t, nameStart);
                if (firstCommon == firsts && startsSentence && pronounAfter(t, nameStart + firsts)) {
                    return spanEnd; // "Kent u …", "Bent u …": a verb opening a question
                }
                score = firstCommon == firsts && startsSentence ? 0.3 : 0.6;
                why = "voornaam";
                if (t.isChar(nameStart + firsts, ':') && t.touching(nameStart + firsts - 1, nameStart + firsts)
                        && t.isChar(nameStart - 1, ']')) {
                    score = Math.max(score, 0.6) + 0.25;
                    why += " als spreker in een chat";
                } else if (greetingBefore(t, nameStart)) {
                    score = Math.max(score, 0.6) + 0.3;
                    why += " na een aanhef";
                } else if (aloneOnLine(t, nameStart, lastFirst)) {
                    score += 0.25;
                    why += " alleen op een regel";
                }
            }
            if (t.length(nameStart) <= 2) {
                return spanEnd;
            }
        } else if (surname >= 0) {
            // a surname without first name, initials or title: only with the case register or an interfix
            int kf = scan.knownFlags(surname);
            if ((kf & KnownNames.SURNAME) != 0 && placePrepositionBefore(t, nameStart)) {
                return surname + 1; // "te Zwolle", "naar Tilburg": a place that shares a known surname
            } else if ((kf & KnownNames.SURNAME) != 0) {
                score = 0.9;
                why = "achternaam van iemand die in deze zaak voorkomt";
                if ((kf & KnownNames.INTERFIXED) == 0 && interfixes > 0 && !t.shape(nameStart, Tokens.CAPITALISED)) {
                    nameStart = surname; // "het verzoek van Dijkhuizen": "van" is a preposition here
                }
            } else if (interfixes > 0 && t.shape(nameStart, Tokens.CAPITALISED)
                    && t.has(surname, Lexicon.SURNAME_INTERFIX)) {
                score = t.has(surname, Lexicon.COMMON) || t.shape(nameStart, Tokens.LINE_START)
                        || sentenceStart(t, nameStart) ? 0.35 : 0.6;
                why = "tussenvoegsel + achternaam";
            } else if (interfixes == 0 && surname == nameStart && unknownCapitalised(scan, surname)
                    && t.adjacent(surname, surname + 1) && t.has(surname + 1, Lexicon.SURNAME)
                    && !t.has(surname + 1, Lexicon.INTERFIX) && t.length(surname + 1) >= 3
                    && isSurnameWord(scan, surname + 1)) {
                // "Kathalijne Buitenweg": a first name missing from the lists before a listed surname
                surname = surname + 1;
                spanEnd = surname + 1;
                score = 0.6;
                why = "onbekende voornaam + achternaam";
            } else {
                return i + 1;
            }
        } else {
            return i + 1 > j ? i + 1 : Math.max(i + 1, j);
        }
        int spanStart = t.start[nameStart];
        int spanEndOffset = t.end[spanEnd - 1];
        String subject = subject(scan, nameStart, spanEnd, surname);
        String recognizer = (scan.knownFlags(surname >= 0 ? surname : nameStart) != 0) ? REGISTER : PATTERN;
        scan.add(new Span(spanStart, spanEndOffset, Category.PERSON_NAME, Math.min(score, 0.99), recognizer, subject,
                why, false));
        if (score >= 0.85 && surname >= 0 && (firsts > 0 || initials > 0)) {
            scan.learned.add(NameParts.of(t, nameStart, spanEnd, "tekst"));
        }
        return spanEnd;
    }

    private static boolean followsOnLine(Tokens t, int from, int j) {
        return j < t.size && t.line[j] == t.line[from];
    }

    private static boolean isDigraphInitial(Tokens t, int j) {
        String s = t.str(j);
        return s.equals("Th") || s.equals("Ch") || s.equals("Ph") || s.equals("IJ") || s.equals("Ij");
    }

    private static boolean isFirstName(PageScan scan, int j) {
        Tokens t = scan.tokens;
        if (!t.isWord(j) || !t.shape(j, Tokens.CAPITALISED) || t.length(j) < 2) {
            return false;
        }
        if (t.shape(j, Tokens.ALL_CAPS) && !(t.length(j) >= 3 && t.has(j, Lexicon.FIRST) && t.adjacent(j, j + 1)
                && t.shape(j + 1, Tokens.ALL_CAPS) && t.length(j + 1) >= 4
                && (t.has(j + 1, Lexicon.SURNAME) || !t.has(j + 1, Lexicon.COMMON)))) {
            return false; // capitals: only "JAN VASTERINK", not "NOS" or "DT"
        }
        int f = t.flags[j];
        if ((f & (Lexicon.NOT_A_NAME | Lexicon.HEADER | Lexicon.OFFICE | Lexicon.GREETING)) != 0) {
            return false;
        }
        if ((f & Lexicon.MONTH) != 0 && (t.is(j - 1, Tokens.NUMBER) || t.is(j + 1, Tokens.NUMBER) || t.isChar(j + 1, '.'))) {
            return false; // "3 jan 2020", "jan. 2020"; but "Jan de Boer"
        }
        if (t.isChar(j + 1, ':') && t.touching(j, j + 1) && t.shape(j, Tokens.LINE_START)) {
            return false; // a label at the start of a line; "[08:12] Marloes: …" is a speaker
        }
        if ((scan.knownFlags(j) & KnownNames.FIRST) != 0) {
            return true;
        }
        if ((f & Lexicon.FIRST) == 0) {
            return false;
        }
        // hyphenated first names: every part a first name ("Jan-Willem")
        return true;
    }

    private static boolean isSurnameWord(PageScan scan, int j) {
        Tokens t = scan.tokens;
        if (!t.isWord(j) || !t.shape(j, Tokens.CAPITALISED) || t.length(j) < 2) {
            return false;
        }
        if (t.shape(j, Tokens.ALL_CAPS) && (scan.knownFlags(j) & KnownNames.SURNAME) == 0) {
            return false;
        }
        int f = t.flags[j];
        if ((f & (Lexicon.NOT_A_NAME | Lexicon.HEADER | Lexicon.OFFICE | Lexicon.ORGANISATION | Lexicon.TITLE
                | Lexicon.MONTH | Lexicon.GREETING)) != 0 && (f & Lexicon.SURNAME) == 0) {
            return false;
        }
        if ((f & Lexicon.NOT_A_NAME) != 0) {
            return false;
        }
        if (t.isChar(j + 1, ':') && t.touching(j, j + 1) && t.shape(j, Tokens.LINE_START)) {
            return false; // "Aanwezig:", "Betreft:": a label, but "[09:14] Jeroen Pauwels:" is a speaker
        }
        if ((scan.knownFlags(j) & KnownNames.SURNAME) != 0 || (f & Lexicon.SURNAME) != 0) {
            return true;
        }
        if ((f & Lexicon.COMMON) != 0) {
            return false;
        }
        // unknown, capitalised, not an ordinary word: likely a name ("Bouzid", "Amrani") when letters only
        for (int k = t.start[j]; k < t.end[j]; k++) {
            char c = scan.text.charAt(k);
            if (!Character.isLetter(c) && c != '-' && c != '\'' && c != '\u2019') {
                return false;
            }
        }
        return hyphenPartsPlausible(scan, j);
    }

    /** "NOS-bericht": a hyphenated word whose tail is an ordinary word is not a surname. */
    private static boolean hyphenPartsPlausible(PageScan scan, int j) {
        Tokens t = scan.tokens;
        int dash = -1;
        for (int k = t.start[j]; k < t.end[j]; k++) {
            if (scan.text.charAt(k) == '-') {
                dash = k;
            }
        }
        if (dash < 0) {
            return true;
        }
        boolean tailCapital = Character.isUpperCase(scan.text.charAt(dash + 1));
        int tail = scan.lexicon.flags(scan.text, dash + 1, t.end[j]);
        return tailCapital && ((tail & Lexicon.COMMON) == 0 || (tail & Lexicon.SURNAME) != 0);
    }

    /**
     * A surname where context already says a name is coming: "de heer ZYLKER", "L. N. SCHUURMAN",
     * "W. J. Gezelschap" (an ordinary word as a surname after initials), "JAN VASTERINK".
     */
    private static boolean isSurnameInContext(PageScan scan, int j, boolean titleOrInitials) {
        Tokens t = scan.tokens;
        if (!t.isWord(j) || !t.shape(j, Tokens.CAPITALISED) || t.length(j) < 2) {
            return false;
        }
        int f = t.flags[j];
        if ((f & (Lexicon.NOT_A_NAME | Lexicon.HEADER | Lexicon.OFFICE | Lexicon.ORGANISATION | Lexicon.TITLE
                | Lexicon.MONTH | Lexicon.GREETING | Lexicon.PARTY)) != 0 && (f & Lexicon.SURNAME) == 0) {
            return false;
        }
        if (t.isChar(j + 1, ':') && t.touching(j, j + 1) && t.shape(j, Tokens.LINE_START)) {
            return false;
        }
        for (int k = t.start[j]; k < t.end[j]; k++) {
            char c = scan.text.charAt(k);
            if (!Character.isLetter(c) && c != '-' && c != '\'' && c != '\u2019') {
                return false;
            }
        }
        if (t.shape(j, Tokens.ALL_CAPS)) {
            // capitals: a listed surname, or a long unknown word (not an acronym such as "BZK")
            return t.length(j) >= 4 && ((f & Lexicon.SURNAME) != 0 || (f & Lexicon.COMMON) == 0);
        }
        return titleOrInitials && (f & Lexicon.COMMON) != 0;
    }

    private static boolean pronounAfter(Tokens t, int k) {
        return t.isWord(k) && (t.equalsWord(k, "u") || t.equalsWord(k, "je") || t.equalsWord(k, "jij") || t.equalsWord(k, "ik")
                || t.equalsWord(k, "we") || t.equalsWord(k, "wij") || t.equalsWord(k, "hij") || t.equalsWord(k, "zij")
                || t.equalsWord(k, "ze") || t.equalsWord(k, "het") || t.equalsWord(k, "er") || t.equalsWord(k, "jullie")
                || t.equalsWord(k, "you") || t.equalsWord(k, "we") || t.equalsWord(k, "i"));
    }

    /** A word that names a place or unit after "van": "Smit van Rijkswaterstaat" is no double surname. */
    private static boolean placeOrUnit(Tokens t, int j) {
        return t.has(j, Lexicon.COMMON) && !t.has(j, Lexicon.SURNAME_INTERFIX) || t.shape(j, Tokens.ALL_CAPS) && t.length(j) <= 4;
    }

    private static boolean placePrepositionBefore(Tokens t, int j) {
        int k = j - 1;
        return k >= 0 && t.isWord(k) && t.line[k] == t.line[j] && (t.equalsWord(k, "te") || t.equalsWord(k, "naar")
                || t.equalsWord(k, "uit") || t.equalsWord(k, "in") || t.equalsWord(k, "via") || t.equalsWord(k, "vanuit")
                || t.equalsWord(k, "richting") || t.equalsWord(k, "nabij") || t.equalsWord(k, "gemeente"));
    }

    private static boolean honorific(Tokens t, int from, int to) {
        StringBuilder s = new StringBuilder(6);
        for (int k = from; k < to; k++) {
            if (t.isWord(k)) {
                s.append(t.text.charAt(t.start[k]));
            }
        }
        String h = s.toString();
        return h.equals("ZM") || h.equals("HM") || h.equals("ZKH") || h.equals("HKH") || h.equals("ZH") || h.equals("HH");
    }

    /** A capitalised word of letters that no list knows: not an ordinary word, not a name we know. */
    private static boolean unknownCapitalised(PageScan scan, int j) {
        Tokens t = scan.tokens;
        if (!t.isWord(j) || !t.shape(j, Tokens.CAPITALISED) || t.shape(j, Tokens.ALL_CAPS) || t.length(j) < 3) {
            return false;
        }
        if (t.flags[j] != 0 || scan.knownFlags(j) != 0) {
            return false;
        }
        for (int k = t.start[j]; k < t.end[j]; k++) {
            if (!Character.isLetter(scan.text.charAt(k))) {
                return false;
            }
        }
        return !precededByOrganisation(t, j);
    }

    private static boolean isStreetBeforeNumber(PageScan scan, int j) {
        Tokens t = scan.tokens;
        return t.is(j + 1, Tokens.NUMBER) && t.adjacent(j, j + 1) && scan.lexicon.isStreetName(scan.text, t.start[j], t.end[j]);
    }

    /** "Directie Digitale Overheid", "Ministry of Justice", "Rijksdienst voor Identiteitsgegevens": a unit's name. */
    private static boolean precededByOrganisation(Tokens t, int j) {
        int k = j - 1;
        int skipped = 0;
        while (k >= 0 && skipped < 3 && t.isWord(k) && t.adjacent(k, k + 1) && (t.has(k, Lexicon.INTERFIX)
                || t.equalsWord(k, "of") || t.equalsWord(k, "for") || t.equalsWord(k, "and") || t.equalsWord(k, "voor")
                || t.equalsWord(k, "en"))) {
            k--;
            skipped++;
        }
        return k >= 0 && t.isWord(k) && t.adjacent(k, k + 1) && t.shape(k, Tokens.CAPITALISED) && t.has(k, Lexicon.ORGANISATION);
    }

    private static boolean greetingBefore(Tokens t, int j) {
        int k = j - 1;
        if (k >= 0 && t.isWord(k) && t.has(k, Lexicon.GREETING) && t.line[k] == t.line[j]) {
            return true;
        }
        // "Groet, Daan" on one line
        return k >= 1 && t.isChar(k, ',') && t.isWord(k - 1) && t.line[k - 1] == t.line[j]
                && (t.equalsWord(k - 1, "groet") || t.equalsWord(k - 1, "groeten") || t.equalsWord(k - 1, "groetjes"));
    }

    /** "Lotte," or "Daan" as the whole line: an address line or a signature. */
    private static boolean aloneOnLine(Tokens t, int first, int last) {
        if (!t.shape(first, Tokens.LINE_START)) {
            return false;
        }
        int k = last + 1;
        while (k < t.size && t.line[k] == t.line[first] && t.kind[k] == Tokens.PUNCT
                && (t.isChar(k, ',') || t.isChar(k, '.') || t.isChar(k, '!'))) {
            k++;
        }
        return k >= t.size || t.line[k] != t.line[first];
    }

    private static boolean sentenceStart(Tokens t, int j) {
        return j == 0 || t.isChar(j - 1, '.') || t.isChar(j - 1, '?') || t.isChar(j - 1, '!') || t.isChar(j - 1, ':');
    }

    /** The register's key for this person when the surname (or the lone first name) points at one person. */
    private static String subject(PageScan scan, KnownPerson p) {
        String word = p.surname() != null ? p.surname() : p.firstName();
        if (word != null && !word.contains(" ")) {
            String known = scan.known.subject(word, 0, word.length());
            if (known != null) {
                return "person:" + known;
            }
        }
        return "person:" + p.key();
    }

    private static String subject(PageScan scan, int from, int to, int surname) {
        Tokens t = scan.tokens;
        String known = scan.known.subject(scan.text, t.start[surname >= 0 ? surname : from],
                t.end[surname >= 0 ? surname : from]);
        if (known != null) {
            return "person:" + known;
        }
        if (surname < 0 && to - from == 1) {
            String k2 = scan.known.subject(scan.text, t.start[from], t.end[from]);
            if (k2 != null) {
                return "person:" + k2;
            }
        }
        return "person:" + NameParts.of(t, from, to, "").key();
    }
}
