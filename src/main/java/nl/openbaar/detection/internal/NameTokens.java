package nl.openbaar.detection.internal;

/**
 * What a token can be in a person's name, for the name rules: a first name, a surname (from the lists, the case
 * register, or an unknown capitalised word), a surname only in context ("de heer ZYLKER"), and the context
 * around a name (a greeting before it, a place preposition, an organisation's name it belongs to).
 */
final class NameTokens {

    private NameTokens() {
    }

    static boolean followsOnLine(Tokens t, int from, int j) {
        return j < t.size && t.line[j] == t.line[from];
    }

    /** "Th", "Ch", "Ph", "IJ", "Ij": two letters, capital first, written as one initial ("TH" is an acronym). */
    static boolean isDigraphInitial(Tokens t, int j) {
        return t.length(j) == 2 && NameWords.is(t, j, NameWords.Section.DIGRAPH_INITIALS)
                && Character.isUpperCase(t.text.charAt(t.start[j]))
                && (Character.isLowerCase(t.text.charAt(t.start[j] + 1)) || t.text.charAt(t.start[j]) == 'I');
    }

    static boolean isFirstName(PageScan scan, int j) {
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

    static boolean isSurnameWord(PageScan scan, int j) {
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
    static boolean hyphenPartsPlausible(PageScan scan, int j) {
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
    static boolean isSurnameInContext(PageScan scan, int j, boolean titleOrInitials) {
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

    static boolean pronounAfter(Tokens t, int k) {
        return NameWords.is(t, k, NameWords.Section.PRONOUNS);
    }

    /** A word that names a place or unit after "van": "Smit van Rijkswaterstaat" is no double surname. */
    static boolean placeOrUnit(Tokens t, int j) {
        return t.has(j, Lexicon.COMMON) && !t.has(j, Lexicon.SURNAME_INTERFIX) || t.shape(j, Tokens.ALL_CAPS) && t.length(j) <= 4;
    }

    static boolean placePrepositionBefore(Tokens t, int j) {
        int k = j - 1;
        return k >= 0 && t.isWord(k) && t.line[k] == t.line[j] && NameWords.is(t, k, NameWords.Section.PLACE_PREPOSITIONS);
    }

    static boolean honorific(Tokens t, int from, int to) {
        StringBuilder s = new StringBuilder(6);
        for (int k = from; k < to; k++) {
            if (t.isWord(k)) {
                s.append(t.text.charAt(t.start[k]));
            }
        }
        return NameWords.is(s, 0, s.length(), NameWords.Section.ROYAL_HONORIFICS);
    }

    /** A capitalised word of letters that no list knows: not an ordinary word, not a name we know. */
    static boolean unknownCapitalised(PageScan scan, int j) {
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

    static boolean isStreetBeforeNumber(PageScan scan, int j) {
        Tokens t = scan.tokens;
        return t.is(j + 1, Tokens.NUMBER) && t.adjacent(j, j + 1) && scan.lexicon.isStreetName(scan.text, t.start[j], t.end[j]);
    }

    /** "Directie Digitale Overheid", "Ministry of Justice", "Rijksdienst voor Identiteitsgegevens": a unit's name. */
    static boolean precededByOrganisation(Tokens t, int j) {
        int k = j - 1;
        int skipped = 0;
        while (k >= 0 && skipped < 3 && t.isWord(k) && t.adjacent(k, k + 1) && (t.has(k, Lexicon.INTERFIX)
                || NameWords.is(t, k, NameWords.Section.ORGANISATION_CONNECTORS))) {
            k--;
            skipped++;
        }
        return k >= 0 && t.isWord(k) && t.adjacent(k, k + 1) && t.shape(k, Tokens.CAPITALISED) && t.has(k, Lexicon.ORGANISATION);
    }

    static boolean greetingBefore(Tokens t, int j) {
        int k = j - 1;
        if (k >= 0 && t.isWord(k) && t.has(k, Lexicon.GREETING) && t.line[k] == t.line[j]) {
            return true;
        }
        // "Groet, Daan" on one line
        return k >= 1 && t.isChar(k, ',') && t.isWord(k - 1) && t.line[k - 1] == t.line[j]
                && NameWords.is(t, k - 1, NameWords.Section.SIGN_OFF_WORDS);
    }

    /** "Lotte," or "Daan" as the whole line: an address line or a signature. */
    static boolean aloneOnLine(Tokens t, int first, int last) {
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

    static boolean sentenceStart(Tokens t, int j) {
        return j == 0 || t.isChar(j - 1, '.') || t.isChar(j - 1, '?') || t.isChar(j - 1, '!') || t.isChar(j - 1, ':');
    }
}
