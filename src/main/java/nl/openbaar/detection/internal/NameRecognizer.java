package nl.openbaar.detection.internal;

import nl.openbaar.detection.model.KnownPerson;

/**
 * Person names, the Dutch way (after deduce's token patterns, written anew): a title or form of address
 * ("mevrouw", "de heer", "dr."), initials ("I.", "A.B."), first names from the list, interfixes ("van den",
 * "el") and a surname, in the combinations people write them. Three kinds of context make it stronger:
 * e-mail header lines ("Van: Verbeek, Lotte &lt;…&gt;"), the line after a sign-off ("Met vriendelijke groet"),
 * and the case register (names found with confidence elsewhere in the case are found everywhere, also alone:
 * "Hoi Daan,"). Capitalised ordinary words ("Heb", "Volgens") are not names unless the lists or context say so.
 * The scores are in {@link NameEvidence}, the small word lists in {@code lexicon/name-words.txt}.
 */
public final class NameRecognizer implements Recognizer {

    static final String HEADER = "name.header";
    static final String SIGNATURE = "name.signature";
    static final String PATTERN = "name";
    static final String REGISTER = "name.register";
    static final String LIST = "name.list";

    @Override
    public void recognize(PageScan scan) {
        NamesInHeaders.find(scan);
        NamesInSignatures.find(scan);
        NamesInLists.find(scan);
        NamesInRunningText.find(scan);
    }

    /** The register's key for this person when the surname (or the lone first name) points at one person. */
    static String subject(PageScan scan, KnownPerson p) {
        String word = p.surname() != null ? p.surname() : p.firstName();
        if (word != null && !word.contains(" ")) {
            String known = scan.known.subject(word, 0, word.length());
            if (known != null) {
                return "person:" + known;
            }
        }
        return "person:" + p.key();
    }

    static String subject(PageScan scan, int from, int to, int surname) {
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
