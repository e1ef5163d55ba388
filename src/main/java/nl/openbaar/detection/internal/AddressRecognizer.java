package nl.openbaar.detection.internal;

import nl.openbaar.detection.model.Category;

/**
 * Dutch postcodes ("1017 GM") and street addresses ("Kerkstraat 8", "Oudegracht 233bis"). An address in
 * the same block as a "Postbus" line is an organisation's visiting or postal address (the ministry's
 * "Turfmarkt 147 | 2511 DP | Den Haag" under "Postbus 20301"), which is public, so it is skipped.
 */
public final class AddressRecognizer implements Recognizer {

    @Override
    public void recognize(PageScan scan) {
        Tokens t = scan.tokens;
        String text = scan.text;
        for (int i = 0; i < t.size; i++) {
            if (t.kind[i] == Tokens.NUMBER && t.length(i) == 4 && text.charAt(t.start[i]) != '0') {
                postcode(scan, i);
            } else if (t.kind[i] == Tokens.WORD && t.shape(i, Tokens.CAPITALISED)
                    && scan.lexicon.isStreetName(text, t.start[i], t.end[i])) {
                street(scan, i);
            }
        }
    }

    private static void postcode(PageScan scan, int i) {
        Tokens t = scan.tokens;
        String text = scan.text;
        int j = i + 1;
        if (!t.isWord(j) || t.length(j) != 2 || !t.shape(j, Tokens.ALL_CAPS)) {
            return;
        }
        if (!(t.touching(i, j) || t.adjacent(i, j) && t.start[j] - t.end[i] == 1 || t.wrapAdjacent(i, j))) {
            return;
        }
        if (i > 0 && t.touching(i - 1, i) && t.kind[i - 1] != Tokens.PUNCT) {
            return;
        }
        String letters = text.substring(t.start[j], t.end[j]);
        if (letters.equals("SA") || letters.equals("SD") || letters.equals("SS")) {
            return;
        }
        if (organisationBlock(scan, t.line[i])) {
            return;
        }
        boolean city = t.isWord(j + 1) && t.shape(j + 1, Tokens.CAPITALISED) && t.line[j + 1] == t.line[j];
        boolean street = streetOnLine(scan, t.line[i]) || streetOnLine(scan, t.line[i] - 1);
        double score = 0.6 + (city ? 0.2 : 0) + (street ? 0.15 : 0);
        String pc = text.substring(t.start[i], t.end[i]) + letters;
        scan.add(t.start[i], t.end[j], Category.POSTCODE, score, "postcode", "postcode:" + pc,
                "postcode" + (city ? " met plaats" : "") + (street ? " bij straatnaam" : ""));
    }

    private static void street(PageScan scan, int i) {
        Tokens t = scan.tokens;
        String text = scan.text;
        int n = i + 1;
        if (t.length(i) < 5) {
            // "Weg 12" alone is an ordinary word, but "Laan van Meerdervoort 12" names a street
            n = streetNamedAfter(scan, i);
            if (n < 0) {
                return;
            }
        }
        if (!t.is(n, Tokens.NUMBER) || !t.wrapAdjacent(n - 1, n) || t.length(n) > 5) {
            return;
        }
        int end = t.end[n];
        int last = n;
        // house number additions: "8a", "12-14", "12 bis", "233-II"
        if (t.isWord(n + 1) && t.touching(n, n + 1) && t.length(n + 1) <= 3) {
            end = t.end[n + 1];
            last = n + 1;
        } else if (t.isWord(n + 1) && t.adjacent(n, n + 1) && t.length(n + 1) == 1 && t.shape(n + 1, Tokens.CAPITALISED)
                && !t.isChar(n + 2, '.')) {
            end = t.end[n + 1]; // "Dorpsstraat 12 A"
            last = n + 1;
        } else if (t.isChar(n + 1, '-') && t.touching(n, n + 1) && t.touching(n + 1, n + 2)
                && (t.is(n + 2, Tokens.NUMBER) || t.isWord(n + 2) && t.length(n + 2) <= 3)) {
            end = t.end[n + 2];
            last = n + 2;
        }
        if (last + 1 < t.size && t.touching(last, last + 1) && t.isChar(last + 1, ':')) {
            return; // "Artikelweg 3:" looks like a reference, not an address
        }
        String streetAndNumber = normalised(text.substring(t.start[i], end));
        if (organisationBlock(scan, t.line[i])) {
            scan.learnedOrganisationAddresses.add(streetAndNumber);
            return;
        }
        if (scan.known.isOrganisationAddress(streetAndNumber)) {
            return; // "Turfmarkt 147" was seen as the ministry's address elsewhere in this case
        }
        int start = t.start[i];
        // multi-word street names: "Prinses Beatrixlaan", "Burgemeester de Monchyplein"
        int k = i - 1;
        int added = 0;
        while (k >= 0 && added < 3 && t.wrapAdjacent(k, k + 1) && t.isWord(k)
                && (t.shape(k, Tokens.CAPITALISED) || t.has(k, Lexicon.INTERFIX))
                && !t.has(k, Lexicon.HEADER) && !t.has(k, Lexicon.ORGANISATION) && !t.has(k, Lexicon.TITLE)
                && ((t.flags[k] & Lexicon.COMMON) == 0 || t.shape(k, Tokens.CAPITALISED) && !t.shape(k, Tokens.LINE_START)
                        && !t.isChar(k - 1, '.'))) {
            start = t.start[k];
            k--;
            added++;
        }
        boolean postcodeNear = postcodeOnLine(scan, t.line[i]) || postcodeOnLine(scan, t.line[i] + 1);
        double score = postcodeNear ? 0.9 : 0.7;
        String subject = "address:" + text.substring(start, end).toLowerCase(java.util.Locale.ROOT);
        scan.add(start, end, Category.STREET_ADDRESS, score, "address", subject,
                "straatnaam met huisnummer" + (postcodeNear ? " en postcode" : ""));
    }

    /**
     * "Laan van Meerdervoort 12", "Kade van 't Hek 3": a street-type word, interfixes and one or two
     * capitalised words, then the house number. Returns the number's token, or -1.
     */
    private static int streetNamedAfter(PageScan scan, int i) {
        Tokens t = scan.tokens;
        int k = i + 1;
        int interfixes = 0;
        while (interfixes < 3 && t.isWord(k) && t.has(k, Lexicon.INTERFIX) && t.wrapAdjacent(k - 1, k)) {
            k++;
            interfixes++;
        }
        if (interfixes == 0) {
            return -1;
        }
        int names = 0;
        while (names < 2 && t.isWord(k) && t.shape(k, Tokens.CAPITALISED) && t.wrapAdjacent(k - 1, k)) {
            k++;
            names++;
        }
        return names > 0 && t.is(k, Tokens.NUMBER) && t.wrapAdjacent(k - 1, k) ? k : -1;
    }

    /** Lower case, runs of white space as one space (as the case register stores organisation addresses). */
    static String normalised(String s) {
        StringBuilder b = new StringBuilder(s.length());
        boolean space = false;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (Character.isWhitespace(c)) {
                space = b.length() > 0;
            } else {
                if (space) {
                    b.append(' ');
                    space = false;
                }
                b.append(Character.toLowerCase(c));
            }
        }
        return b.toString();
    }

    /** "Postbus" on the address's line or the nearest non-blank line before or after it. */
    private static boolean organisationBlock(PageScan scan, int ln) {
        int before = ln - 1;
        while (before >= 0 && scan.lineBlank(before)) {
            before--;
        }
        int after = ln + 1;
        while (after < scan.tokens.lines && scan.lineBlank(after)) {
            after++;
        }
        if (scan.lineContains(ln, "postbus") || scan.lineContains(before, "postbus") || scan.lineContains(after, "postbus")) {
            return true;
        }
        // a letterhead block: "Turfmarkt 147 / 2511 DP Den Haag / Postbus 20301" without blank lines between
        for (int k = ln - 1; k >= Math.max(0, ln - 3) && !scan.lineBlank(k); k--) {
            if (scan.lineContains(k, "postbus")) {
                return true;
            }
        }
        for (int k = ln + 1; k < Math.min(scan.tokens.lines, ln + 4) && !scan.lineBlank(k); k++) {
            if (scan.lineContains(k, "postbus")) {
                return true;
            }
        }
        return false;
    }

    private static boolean streetOnLine(PageScan scan, int ln) {
        if (ln < 0 || ln >= scan.tokens.lines) {
            return false;
        }
        Tokens t = scan.tokens;
        for (int i = t.firstTokenOfLine(ln), e = t.endTokenOfLine(ln); i < e; i++) {
            if (t.isWord(i) && t.is(i + 1, Tokens.NUMBER) && scan.lexicon.isStreetName(scan.text, t.start[i], t.end[i])) {
                return true;
            }
        }
        return false;
    }

    private static boolean postcodeOnLine(PageScan scan, int ln) {
        if (ln < 0 || ln >= scan.tokens.lines) {
            return false;
        }
        Tokens t = scan.tokens;
        for (int i = t.firstTokenOfLine(ln), e = t.endTokenOfLine(ln); i < e; i++) {
            if (t.kind[i] == Tokens.NUMBER && t.length(i) == 4 && t.isWord(i + 1) && t.length(i + 1) == 2
                    && t.shape(i + 1, Tokens.ALL_CAPS)) {
                return true;
            }
        }
        return false;
    }
}
