package nl.openbaar.detection.internal;

import nl.openbaar.detection.model.Category;
import nl.openbaar.detection.model.KnownPerson;

/** Names in a list of people: after "Aanwezig:" at the start of a line, or "de heeren" in running text. */
final class NamesInLists {

    private NamesInLists() {
    }

    /**
     * "Aanwezig: Jan de Boer (BZK), Bakker (JenV), mw. De Vries" and "de heeren Thorbecke, Wintgens en
     * Heemskerk": after such a label every item of the list is a person, even a bare surname.
     */
    static void find(PageScan scan) {
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
            } else if (i > 0 && NameWords.is(t, i - 1, NameWords.Section.TITLE_ARTICLES) && !t.shape(i, Tokens.LINE_START)
                    && NameWords.is(t, i, NameWords.Section.PEOPLE_PLURALS)) {
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
        scan.add(new Span(t.start[s], t.end[last], Category.PERSON_NAME, NameEvidence.LIST_ITEM.score, NameRecognizer.LIST,
                NameRecognizer.subject(scan, p), NameEvidence.LIST_ITEM.explanation, false));
    }
}
