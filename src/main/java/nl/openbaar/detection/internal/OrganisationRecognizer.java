package nl.openbaar.detection.internal;

import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Marks organisations' names as public: they are no personal data, so no person-name finding may lie inside them.
 * Four rules, each from data ({@link OrganisationWords}):
 * <ol>
 * <li>a listed public body or well-known company ("Veiligheidsregio Hollands Midden", "RIVM", "Clearview AI");</li>
 * <li>an organisation word and the name after it ("Directie Wetgeving en Juridische Zaken", "gemeente Alphen aan
 * den Rijn", "Politie Eenheid Den Haag");</li>
 * <li>a name and its legal form after it ("Vermeulen Groep B.V.", "Janssen Holding", "Van der Meer &amp; Zn. V.O.F.");</li>
 * <li>a Chamber of Commerce number ("KvK 30102486").</li>
 * </ol>
 * A one-word listed name that is also a surname is no organisation after a title, an initial or a first name
 * ("mevrouw Heijmans").
 */
public final class OrganisationRecognizer implements Recognizer {

    private static final Set<String> CONNECTORS = Set.of("van", "voor", "en", "der", "den", "de", "het", "aan", "op", "in",
            "'t", "te", "ten", "ter", "&", "-", "regio");
    private static final Set<String> CAPITAL_INTERFIXES = Set.of("van", "de", "den", "der", "ter", "ten", "in", "op", "'t", "het");
    private static final int MAX_NAME_WORDS = 7;

    private final OrganisationWords words;

    public OrganisationRecognizer(OrganisationWords words) {
        this.words = words;
    }

    @Override
    public void recognize(PageScan scan) {
        Tokens t = scan.tokens;
        int i = 0;
        while (i < t.size) {
            int f = t.kind[i] == Tokens.NUMBER ? 0 : words.flags(scan.text, t.start[i], t.end[i]);
            int next = -1;
            if (f != 0) {
                next = (f & OrganisationWords.PHRASE_START) != 0 ? listed(scan, i) : -1;
                if (next < 0 && (f & OrganisationWords.HEAD) != 0) {
                    next = headAndName(scan, i);
                }
                if (next < 0 && (f & OrganisationWords.LEGAL_FORM_START) != 0) {
                    next = nameAndLegalForm(scan, i);
                }
                if (next < 0 && (f & OrganisationWords.KVK) != 0) {
                    kvk(scan, i);
                }
            }
            i = Math.max(next, i + 1);
        }
    }

    // ------------------------------------------------------------------ listed names

    /** The longest listed name starting at token i; returns the token after it, or -1. */
    private int listed(PageScan scan, int i) {
        Tokens t = scan.tokens;
        if (t.kind[i] != Tokens.WORD) {
            return -1;
        }
        List<OrganisationWords.Phrase> candidates = words.phrasesStartingWith(t.str(i).toLowerCase(Locale.ROOT));
        int best = -1;
        OrganisationWords.Phrase bestPhrase = null;
        for (OrganisationWords.Phrase p : candidates) {
            int end = matches(t, i, p.words());
            if (end > best) {
                best = end;
                bestPhrase = p;
            }
        }
        if (best < 0) {
            return -1;
        }
        if (bestPhrase.words().length == 1 && !singleWordIsOrganisation(scan, i)) {
            return -1;
        }
        // a listed body can go on as a name: "Rijkswaterstaat Zuid-Nederland", "Politie Eenheid Den Haag"
        int end = extendName(t, best);
        scan.publicSpans.add(new PublicSpan(t.start[i], t.end[end - 1], PublicSpan.Kind.ORGANISATION,
                "organisatie (" + bestPhrase.section() + ")"));
        return end;
    }

    /** Token index after the match of {@code w} at i, or -1; case-insensitive, all on one line. */
    private static int matches(Tokens t, int i, String[] w) {
        int k = i;
        for (String word : w) {
            if (k >= t.size || t.line[k] != t.line[i] || t.length(k) != word.length()
                    || !t.text.regionMatches(true, t.start[k], word, 0, word.length())) {
                return -1;
            }
            k++;
        }
        // whole words: "ING" is no match inside "INGang"; the next token starts a new word by construction
        return k;
    }

    /** "ING" only in capitals, "Heijmans" not after "mevrouw" or "J.", never a name the case knows as a person's. */
    private static boolean singleWordIsOrganisation(PageScan scan, int i) {
        Tokens t = scan.tokens;
        if (!t.shape(i, Tokens.CAPITALISED) && !Character.isDigit(t.text.charAt(t.start[i]))) {
            return false;
        }
        String s = t.str(i);
        // short names are acronyms ("ING", "NZa", "RvIG"): "Ing" or "Bam" is no organisation
        if (s.length() <= 4 && s.chars().skip(1).noneMatch(Character::isUpperCase)) {
            return false;
        }
        if ((scan.knownFlags(i) & KnownNames.SURNAME) != 0) {
            return false;
        }
        int p = i - 1;
        if (p >= 0 && t.isChar(p, '.') && p - 1 >= 0 && t.isWord(p - 1) && t.length(p - 1) <= 2) {
            return false; // "J. Heijmans"
        }
        if (p >= 0 && t.isWord(p) && (t.has(p, Lexicon.TITLE) || (t.has(p, Lexicon.FIRST) && t.shape(p, Tokens.CAPITALISED)
                && !t.has(p, Lexicon.COMMON)))) {
            return false;
        }
        return true;
    }

    // ------------------------------------------------------------------ head word + name

    private int headAndName(PageScan scan, int i) {
        Tokens t = scan.tokens;
        if (t.kind[i] != Tokens.WORD) {
            return -1;
        }
        if (t.str(i).equalsIgnoreCase("dg") && !t.shape(i, Tokens.ALL_CAPS)) {
            return -1;
        }
        int end = extendName(t, i + 1);
        if (end == i + 1) {
            return -1;
        }
        scan.publicSpans.add(new PublicSpan(t.start[i], t.end[end - 1], PublicSpan.Kind.ORGANISATION,
                "organisatie: '" + t.str(i) + "' met naam"));
        return end;
    }

    /**
     * Extends a name from token k over capitalised words and connectors on the same line ("Alphen aan den Rijn",
     * "Midden- en West-Brabant"); stops before a first name followed by a capitalised word (a person) and at
     * punctuation. Returns the token after the last name word (k when none).
     */
    private static int extendName(Tokens t, int k) {
        if (k <= 0 || k > t.size) {
            return k;
        }
        int ln = t.line[k - 1];
        int last = k;
        int words = 0;
        for (int j = k; j < t.size && t.line[j] == ln && words < MAX_NAME_WORDS && j < k + 3 * MAX_NAME_WORDS; j++) {
            String lower = t.str(j).toLowerCase(Locale.ROOT);
            if (t.isWord(j) && t.shape(j, Tokens.CAPITALISED)) {
                if (t.has(j, Lexicon.FIRST) && !t.has(j, Lexicon.COMMON) && j + 1 < t.size && t.isWord(j + 1)
                        && t.shape(j + 1, Tokens.CAPITALISED) && t.line[j + 1] == ln && (t.has(j + 1, Lexicon.SURNAME))) {
                    break; // "… Jan Jansen": a person follows
                }
                words++;
                last = j + 1;
            } else if (t.kind[j] == Tokens.NUMBER && words > 0) {
                break;
            } else if (CONNECTORS.contains(lower) && (t.isWord(j) ? t.shape(j, Tokens.LOWER) : true)) {
                if (lower.equals("-") && !(j + 1 < t.size && t.equalsWord(j + 1, "en"))) {
                    break;
                }
                continue;
            } else {
                break;
            }
        }
        return last;
    }

    // ------------------------------------------------------------------ name + legal form

    private int nameAndLegalForm(PageScan scan, int i) {
        Tokens t = scan.tokens;
        int formEnd = legalForm(t, i);
        if (formEnd < 0) {
            return -1;
        }
        int first = i;
        int words = 0;
        for (int k = i - 1; k >= 0 && t.line[k] == t.line[i] && words < 5 && k > i - 16; k--) {
            if (t.isWord(k) && t.shape(k, Tokens.CAPITALISED)) {
                if (t.has(k, Lexicon.TITLE)) {
                    break;
                }
                first = k;
                words++;
            } else if (t.isChar(k, '&') || t.isChar(k, '-') || (t.isChar(k, '.') && k > 0 && t.isWord(k - 1)
                    && t.shape(k - 1, Tokens.CAPITALISED) && k + 1 < t.size && t.isWord(k + 1) && t.adjacent(k - 1, k))) {
                continue; // "Booking.com", "Smit & Co"
            } else if (t.kind[k] == Tokens.NUMBER && t.adjacent(k, k + 1)) {
                first = k; // "3M"
            } else if (t.isWord(k) && t.shape(k, Tokens.LOWER) && CAPITAL_INTERFIXES.contains(t.str(k)) && k > 0
                    && t.isWord(k - 1) && t.shape(k - 1, Tokens.CAPITALISED) && CAPITAL_INTERFIXES.contains(
                            t.str(k - 1).toLowerCase(Locale.ROOT))) {
                continue; // "Van der Meer": a lower-case interfix only after a capitalised one
            } else {
                break;
            }
        }
        if (words == 0) {
            return -1;
        }
        while (first < i && !(t.isWord(first) || t.kind[first] == Tokens.NUMBER)) {
            first++;
        }
        int end = formEnd;
        for (int more = legalForm(t, end); more > 0; more = legalForm(t, end)) {
            end = more;
        }
        scan.publicSpans.add(new PublicSpan(t.start[first], t.end[end - 1], PublicSpan.Kind.ORGANISATION,
                "onderneming: naam met rechtsvorm"));
        return end;
    }

    /** Token after a legal form starting at i ("B.V.", "Holding", "& Zn."), or -1. */
    private int legalForm(Tokens t, int i) {
        if (i >= t.size) {
            return -1;
        }
        if (t.kind[i] == Tokens.NUMBER) {
            return -1;
        }
        int best = -1;
        for (String[] w : words.legalFormsStartingWith(t.str(i).toLowerCase(Locale.ROOT))) {
            int end = matches(t, i, w);
            if (end < 0) {
                continue;
            }
            // words as legal forms only capitalised ("Groep", not "groep"); "BV", "NV" in capitals
            if (w.length == 1 && t.isWord(i) && !t.shape(i, Tokens.CAPITALISED)) {
                continue;
            }
            if (w.length == 1 && w[0].length() <= 3 && !t.shape(i, Tokens.ALL_CAPS)) {
                continue;
            }
            best = Math.max(best, end);
        }
        // "B.V" at the end of a sentence: the final dot may be the sentence's
        return best;
    }

    // ------------------------------------------------------------------ Chamber of Commerce number

    private static void kvk(PageScan scan, int i) {
        Tokens t = scan.tokens;
        for (int k = i + 1; k < Math.min(t.size, i + 6); k++) {
            if (t.kind[k] == Tokens.NUMBER && t.length(k) == 8) {
                scan.publicSpans.add(new PublicSpan(t.start[k], t.end[k], PublicSpan.Kind.ORGANISATION, "KvK-nummer"));
                return;
            }
        }
    }
}
