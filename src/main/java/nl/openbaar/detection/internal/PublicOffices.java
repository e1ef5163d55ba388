package nl.openbaar.detection.internal;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import nl.openbaar.detection.model.Category;
import nl.openbaar.detection.model.OfficeHolder;

/**
 * Decides, per person's name on a page, whether it names a public office holder acting as such (it stays visible and
 * is reported as a public mention), a private person who shares such a name (it stays a personal finding, with the
 * namesake in its explanation, so a reviewer sees why), or neither.
 *
 * <p>Public role, from context: an office right before the name ("staatssecretaris Knops", "GroenLinks-kamerlid
 * Buitenweg"), an office right after it ("Hubert Bruls (voorzitter, burgemeester van Nijmegen)"), a party after it
 * ("Verhoeven van D66"), "het lid Buitenweg (GroenLinks)", the official who signs on the body's behalf ("namens deze,"
 * or "De Minister van …," above the name). From the register: the name of a holder who was in office on the document's
 * date (the full name, or a surname that is rare and that nobody else in the case carries).
 *
 * <p>Private role: a home address, postcode, date of birth, BSN or bank account in the name's block; a private
 * mailbox ({@code @gmail.com}) on its line; "mijn naam is", "ondergetekende", "wonende te" around it; the requester's
 * name. A private role beats every public cue. A register name outside its office period without a public cue stays a
 * personal finding too. A surname first seen on the page as a public office holder's is public again further on.
 */
public final class PublicOffices {

    public static final PublicOffices NONE = new PublicOffices(List.of());

    /** Days around an office period in which a document still speaks of the office holder (letters signed just after). */
    private static final int GRACE_BEFORE = 7;
    private static final int GRACE_AFTER = 31;
    private static final Set<String> PRIVATE_WORDS = Set.of("ondergetekende", "wonende", "woonachtig", "verzoeker", "verzoekster",
            "naamgenoot", "particulier", "inwoner", "burger", "bewoner", "klager", "klaagster");
    private static final Set<Category> PRIVATE_DATA = Set.of(Category.STREET_ADDRESS, Category.POSTCODE, Category.DATE_OF_BIRTH,
            Category.BSN, Category.IBAN, Category.LICENCE_PLATE);
    private static final Set<Long> COMMON_SURNAMES = commonSurnames();

    private final List<OfficeHolder> holders;
    private final Map<Long, List<OfficeHolder>> bySurname = new HashMap<>();
    private final OrganisationWords words = OrganisationWords.standard();

    public PublicOffices(List<OfficeHolder> holders) {
        this.holders = List.copyOf(holders);
        for (OfficeHolder h : holders) {
            String core = core(h.surname());
            bySurname.computeIfAbsent(TermTable.hash(core), k -> new ArrayList<>()).add(h);
            // the last part of a double surname is how the press often writes it ("Yeşilgöz")
            if (core.contains("-")) {
                for (String part : core.split("-")) {
                    bySurname.computeIfAbsent(TermTable.hash(part), k -> new ArrayList<>()).add(h);
                }
            }
        }
    }

    public List<OfficeHolder> holders() {
        return holders;
    }

    /** "de Jonge" → "Jonge": the part matched in text. */
    static String core(String surname) {
        String s = surname.strip();
        int sp = s.lastIndexOf(' ');
        return sp < 0 ? s : s.substring(sp + 1);
    }

    private enum Role {
        PUBLIC, PRIVATE, OUTSIDE_PERIOD, NONE
    }

    private record Decision(Role role, String why, OfficeHolder holder) {
        static final Decision NONE = new Decision(Role.NONE, null, null);
    }

    /**
     * Moves names of office holders acting as such from the findings to the public mentions, and marks names that
     * share an office holder's name but stand in a private role or outside the office period.
     */
    public void apply(PageScan scan) {
        List<Span> names = new ArrayList<>();
        for (int i = 0; i < scan.spans.size(); i++) {
            Span s = scan.spans.get(i);
            if (s.category() == Category.PERSON_NAME) {
                Span whole = withRegisterSurname(scan, s);
                scan.spans.set(i, whole);
                names.add(whole);
            }
        }
        if (names.isEmpty()) {
            return;
        }
        PersonalData data = new PersonalData(scan.spans);
        Map<Span, Decision> decisions = new HashMap<>();
        Set<String> privateSubjects = new HashSet<>();
        Set<Long> publicSurnames = new HashSet<>();
        for (Span s : names) {
            Decision d = decide(scan, s, data);
            decisions.put(s, d);
            if (d.role() == Role.PRIVATE && s.subject() != null) {
                privateSubjects.add(s.subject());
            }
        }
        for (Span s : names) {
            Decision d = decisions.get(s);
            if (d.role() != Role.PRIVATE && s.subject() != null && privateSubjects.contains(s.subject())) {
                decisions.put(s, new Decision(Role.PRIVATE, "dezelfde persoon staat elders in dit document in een privérol", d.holder()));
            } else if (d.role() == Role.PUBLIC) {
                publicSurnames.add(surnameHash(scan, s));
            }
        }
        List<Span> kept = new ArrayList<>(scan.spans.size());
        for (Span s : scan.spans) {
            Decision d = decisions.getOrDefault(s, Decision.NONE);
            if (d.role() == Role.NONE && s.category() == Category.PERSON_NAME && publicSurnames.contains(surnameHash(scan, s))
                    && !privateSubjects.contains(s.subject())) {
                d = new Decision(Role.PUBLIC, "publieke functie: eerder op deze pagina als ambtsdrager genoemd", null);
            }
            switch (d.role()) {
                case PUBLIC -> scan.publicMentions.add(new Span(s.start(), s.end(), s.category(), s.score(), s.recognizer(),
                        s.subject(), d.why(), false));
                case PRIVATE -> kept.add(new Span(s.start(), s.end(), s.category(), Math.max(s.score(), 0.8), s.recognizer(),
                        s.subject(), s.explanation() + "; naamgenoot van " + describe(d.holder()) + " in een privérol: " + d.why(),
                        s.reviewOnly()));
                case OUTSIDE_PERIOD -> kept.add(s.withScore(s.score(), "zelfde naam als " + describe(d.holder())
                        + ", maar buiten de ambtsperiode (document van " + scan.documentDate + "): beoordelen"));
                case NONE -> kept.add(s);
            }
        }
        scan.spans.clear();
        scan.spans.addAll(kept);
    }

    /**
     * "Ferd" found, "Grapperhaus" right after it not: a register surname whose holder's given name fits the name found
     * joins it, so that the whole name is judged (and, when it is not public, redacted whole).
     */
    private Span withRegisterSurname(PageScan scan, Span s) {
        Tokens t = scan.tokens;
        int last = PhoneRecognizer.tokenBefore(t, s.end());
        int next = last + 1;
        if (last < 0 || next >= t.size || !t.isWord(next) || !t.shape(next, Tokens.CAPITALISED) || t.start[next] != t.end[last] + 1
                || scan.text.charAt(t.end[last]) != ' ') {
            return s;
        }
        List<OfficeHolder> holdersBySurname = bySurname.get(TermTable.hash(scan.text, t.start[next], t.end[next]));
        if (holdersBySurname == null) {
            return s;
        }
        int first = PhoneRecognizer.tokenBefore(t, s.start()) + 1;
        for (OfficeHolder h : holdersBySurname) {
            if (first <= last && firstNameFits(scan, first, next, h)) {
                return new Span(s.start(), t.end[next], s.category(), s.score(), s.recognizer(), s.subject(),
                        s.explanation() + "; met achternaam uit het register van ambtsdragers", s.reviewOnly());
            }
        }
        return s;
    }

    private static String describe(OfficeHolder h) {
        if (h == null) {
            return "een publiek ambtsdrager";
        }
        return h.name() + " (" + h.role() + ", " + h.from() + " – " + (h.until() == null ? "heden" : h.until()) + ")";
    }

    private static long surnameHash(PageScan scan, Span s) {
        Tokens t = scan.tokens;
        int last = PhoneRecognizer.tokenBefore(t, s.end());
        return last < 0 ? 0 : TermTable.hash(scan.text, t.start[last], t.end[last]);
    }

    /** The public or private role of one name, or none; kept for the tests of the rules below. */
    String reason(PageScan scan, Span s) {
        Decision d = decide(scan, s, new PersonalData(scan.spans));
        return d.role() == Role.PUBLIC ? d.why() : null;
    }

    private Decision decide(PageScan scan, Span s, PersonalData data) {
        Tokens t = scan.tokens;
        int first = PhoneRecognizer.tokenBefore(t, s.start()) + 1;
        int last = PhoneRecognizer.tokenBefore(t, s.end());
        if (first > last) {
            return Decision.NONE;
        }
        List<OfficeHolder> candidates = register(scan, first, last);
        OfficeHolder inOffice = inOffice(candidates, scan.documentDate);
        OfficeHolder namesake = inOffice != null ? inOffice : candidates.isEmpty() ? null : candidates.get(0);
        String privateCue = privateCue(scan, s, first, last, data);
        if (privateCue != null) {
            return namesake == null && publicCue(scan, first, last) == null ? Decision.NONE
                    : new Decision(Role.PRIVATE, privateCue, namesake);
        }
        String cue = publicCue(scan, first, last);
        if (cue != null) {
            return new Decision(Role.PUBLIC, inOffice == null ? cue : cue + "; " + inOffice.name() + ", " + inOffice.role()
                    + " (register)", inOffice);
        }
        if (candidates.isEmpty()) {
            return Decision.NONE;
        }
        if (inOffice == null) {
            return new Decision(Role.OUTSIDE_PERIOD, null, namesake);
        }
        boolean onlySurname = fromSurnameOnly(t, first, last);
        if (onlySurname) {
            boolean otherPerson = (scan.known.flags(scan.text, t.start[last], t.end[last]) & KnownNames.SURNAME) != 0;
            boolean common = COMMON_SURNAMES.contains(TermTable.hash(scan.text, t.start[last], t.end[last]));
            // without the document's date the period cannot be checked: a surname alone is then nobody in particular
            if (otherPerson || common || scan.documentDate == null) {
                return Decision.NONE;
            }
        }
        return new Decision(Role.PUBLIC, "publieke functie: " + inOffice.name() + ", " + inOffice.role() + " (register, in functie op "
                + (scan.documentDate == null ? "onbekende datum" : scan.documentDate) + ")", inOffice);
    }

    // ------------------------------------------------------------------ the register

    /** Holders whose surname is the name's last word and whose given name fits its first names or initials. */
    private List<OfficeHolder> register(PageScan scan, int first, int last) {
        Tokens t = scan.tokens;
        List<OfficeHolder> bySurnameCore = bySurname.get(TermTable.hash(scan.text, t.start[last], t.end[last]));
        if (bySurnameCore == null) {
            return List.of();
        }
        List<OfficeHolder> out = new ArrayList<>(2);
        for (OfficeHolder h : bySurnameCore) {
            if (firstNameFits(scan, first, last, h)) {
                out.add(h);
            }
        }
        return out;
    }

    /** The holder in office on the date (any of them when the date is unknown), or null. */
    private static OfficeHolder inOffice(List<OfficeHolder> candidates, LocalDate date) {
        for (OfficeHolder h : candidates) {
            if (date == null || (!date.isBefore(h.from().minusDays(GRACE_BEFORE))
                    && (h.until() == null || !date.isAfter(h.until().plusDays(GRACE_AFTER))))) {
                return h;
            }
        }
        return null;
    }

    /** No first name or initial before the surname (titles and interfixes aside). */
    private static boolean fromSurnameOnly(Tokens t, int first, int last) {
        for (int k = first; k < last; k++) {
            if (t.isWord(k) && !t.has(k, Lexicon.INTERFIX) && !t.has(k, Lexicon.TITLE)) {
                return false;
            }
        }
        return true;
    }

    /** "Raymond Knops" or "R. Knops" fits Raymond Knops; "Jan Knops" does not. */
    private static boolean firstNameFits(PageScan scan, int first, int surname, OfficeHolder h) {
        Tokens t = scan.tokens;
        String given = h.name().toLowerCase(Locale.ROOT);
        for (int k = first; k < surname; k++) {
            if (!t.isWord(k) || t.has(k, Lexicon.INTERFIX) || t.has(k, Lexicon.TITLE)) {
                continue;
            }
            String w = t.str(k).toLowerCase(Locale.ROOT);
            if (t.length(k) <= 2 && t.isChar(k + 1, '.')) {
                return given.startsWith(w.substring(0, 1));
            }
            return given.startsWith(w + " ") || given.contains(" " + w + " ") || given.startsWith(w + "-");
        }
        return true;
    }

    // ------------------------------------------------------------------ public role

    private String publicCue(PageScan scan, int first, int last) {
        Tokens t = scan.tokens;
        // an office right before the name: "minister Grapperhaus", "staatssecretaris Raymond Knops", "burgemeester mr. X"
        for (int k = first - 1; k >= Math.max(0, first - 3); k--) {
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
        // in apposition after the office: "de toenmalige staatssecretaris, de heer Knops", "minister, mevrouw Ollongren"
        int office = beforeSalutation(t, first);
        if (office >= 0 && t.isChar(office, ',')) {
            office--;
        }
        if (office >= 0 && office < first - 1 && t.isWord(office) && isOffice(scan, office)) {
            return "publieke functie: na '" + t.str(office) + "'";
        }
        // "commissaris van de Koning Johan Remkes"
        if (first >= 4 && t.equalsWord(first - 1, "koning") && t.equalsWord(first - 2, "de") && t.equalsWord(first - 3, "van")
                && t.equalsWord(first - 4, "commissaris")) {
            return "publieke functie: commissaris van de Koning";
        }
        // the official who signs on the body's behalf
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
        if ((t.isChar(a, '(') || t.isChar(a, ',') || t.equalsWord(a, "van")) && t.isWord(a + 1) && t.shape(a + 1, Tokens.CAPITALISED)) {
            int partyEnd = t.end[a + 1];
            // "D66", "JA21", "50PLUS" are cut into a word and a number
            if (a + 2 < t.size && t.kind[a + 2] == Tokens.NUMBER && t.start[a + 2] == partyEnd) {
                partyEnd = t.end[a + 2];
            }
            if ((scan.lexicon.flags(scan.text, t.start[a + 1], partyEnd) & Lexicon.PARTY) != 0 || t.has(a + 1, Lexicon.PARTY)) {
                return "politicus: " + scan.text.substring(t.start[a + 1], partyEnd);
            }
        }
        // an office right after the name: "Hubert Bruls (voorzitter, burgemeester van Nijmegen)", "X, minister van …"
        if (t.isChar(a, '(') || t.isChar(a, ',') || t.isChar(a, '-') || t.isChar(a, '\u2013')) {
            for (int k = a + 1; k < Math.min(t.size, a + 5) && t.line[k] == t.line[last]; k++) {
                if (t.isChar(k, ')')) {
                    break;
                }
                if (t.isWord(k) && isOffice(scan, k)) {
                    return "publieke functie: '" + t.str(k) + "' na de naam";
                }
                if (t.equalsWord(k, "commissaris") && k + 3 < t.size && t.equalsWord(k + 3, "koning")) {
                    return "publieke functie: commissaris van de Koning";
                }
            }
        }
        return null;
    }

    /** The token before "de heer" or "mevrouw" that opens the name at {@code first}, or -1 without such a salutation. */
    private static int beforeSalutation(Tokens t, int first) {
        if (first >= 3 && t.equalsWord(first - 1, "heer") && t.equalsWord(first - 2, "de")) {
            return first - 3;
        }
        if (first >= 2 && t.equalsWord(first - 1, "mevrouw")) {
            return first - 2;
        }
        if (first >= 3 && t.isChar(first - 1, '.') && (t.equalsWord(first - 2, "mw") || t.equalsWord(first - 2, "dhr"))) {
            return first - 3;
        }
        return -1;
    }

    /** "namens deze," or "De Minister van Justitie en Veiligheid," one or two non-blank lines above the name. */
    private static boolean signsOnBehalf(PageScan scan, int ln) {
        Tokens t = scan.tokens;
        int p = ln - 1;
        for (int seen = 0; p >= 0 && seen < 2; p--) {
            if (scan.lineBlank(p)) {
                continue;
            }
            seen++;
            int f = t.firstTokenOfLine(p);
            boolean shortLine = scan.lineEnd(p) - scan.lineStart(p) < 100;
            if (t.equalsWord(f, "namens") && shortLine) {
                return true;
            }
            int o = t.equalsWord(f, "de") || t.equalsWord(f, "het") ? f + 1 : f;
            String line = scan.line(p).strip();
            if (o < t.endTokenOfLine(p) && t.isWord(o) && t.has(o, Lexicon.OFFICE) && shortLine && line.endsWith(",")) {
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

    // ------------------------------------------------------------------ private role

    private String privateCue(PageScan scan, Span s, int first, int last, PersonalData data) {
        Tokens t = scan.tokens;
        if (scan.known.knownInPrivateRole(s.subject())) {
            return "de verzoeker";
        }
        int ln = t.line[first];
        // words around the name on its line: "Mijn naam is …", "Ondergetekende, …, wonende te"
        int from = Math.max(t.firstTokenOfLine(ln), first - 12);
        int to = Math.min(t.endTokenOfLine(ln), last + 13);
        for (int k = from; k < to; k++) {
            if (k >= first && k <= last || !t.isWord(k)) {
                continue;
            }
            String w = t.str(k).toLowerCase(Locale.ROOT);
            if (PRIVATE_WORDS.contains(w)) {
                return "'" + t.str(k) + "'";
            }
            if (w.equals("naam") && k + 1 < to && t.equalsWord(k + 1, "is") && k > 0 && t.equalsWord(k - 1, "mijn")) {
                return "'mijn naam is'";
            }
        }
        // personal data in the name's block: its line and the next three non-blank lines
        int blockStart = scan.lineStart(ln);
        int blockEnd = scan.lineEnd(ln);
        for (int p = ln + 1, seen = 0; p < t.lines && seen < 3 && !scan.lineBlank(p); p++, seen++) {
            blockEnd = scan.lineEnd(p);
        }
        Span o = data.privateDataIn(blockStart, blockEnd);
        if (o != null) {
            return o.category().labelNl() + " bij de naam";
        }
        for (Span e : data.mailboxesIn(blockStart, blockEnd)) {
            if (privateMailbox(scan, e)) {
                return "privé-e-mailadres bij de naam";
            }
        }
        return null;
    }

    /** The page's personal data and e-mail local parts by position, to look up what stands near a name in log time. */
    private static final class PersonalData {
        private final List<Span> privateData = new ArrayList<>();
        private final List<Span> mailboxes = new ArrayList<>();

        PersonalData(List<Span> spans) {
            for (Span s : spans) {
                if (PRIVATE_DATA.contains(s.category())) {
                    privateData.add(s);
                } else if (s.category() == Category.EMAIL_LOCAL_PART) {
                    mailboxes.add(s);
                }
            }
            privateData.sort(java.util.Comparator.comparingInt(Span::start));
            mailboxes.sort(java.util.Comparator.comparingInt(Span::start));
        }

        Span privateDataIn(int from, int to) {
            int i = firstFrom(privateData, from);
            return i < privateData.size() && privateData.get(i).start() < to ? privateData.get(i) : null;
        }

        List<Span> mailboxesIn(int from, int to) {
            int i = firstFrom(mailboxes, from);
            int j = i;
            while (j < mailboxes.size() && mailboxes.get(j).start() < to && j - i < 8) {
                j++;
            }
            return mailboxes.subList(i, j);
        }

        private static int firstFrom(List<Span> sorted, int from) {
            int lo = 0;
            int hi = sorted.size();
            while (lo < hi) {
                int mid = (lo + hi) >>> 1;
                if (sorted.get(mid).start() < from) {
                    lo = mid + 1;
                } else {
                    hi = mid;
                }
            }
            return lo;
        }
    }

    private boolean privateMailbox(PageScan scan, Span localPart) {
        int at = localPart.end();
        if (at >= scan.text.length() || scan.text.charAt(at) != '@') {
            return false;
        }
        int e = at + 1;
        while (e < scan.text.length() && (Character.isLetterOrDigit(scan.text.charAt(e)) || scan.text.charAt(e) == '.'
                || scan.text.charAt(e) == '-')) {
            e++;
        }
        String domain = scan.text.substring(at + 1, e).toLowerCase(Locale.ROOT);
        while (domain.endsWith(".")) {
            domain = domain.substring(0, domain.length() - 1);
        }
        return words.privateMailDomains.contains(domain);
    }

    // ------------------------------------------------------------------ data

    /** The thousand most frequent Dutch surnames (lexicon): a surname alone that common is nobody in particular. */
    private static Set<Long> commonSurnames() {
        Set<Long> out = new HashSet<>();
        try (InputStream in = PublicOffices.class.getResourceAsStream("/nl/openbaar/detection/lexicon/surnames-top1000.tsv")) {
            if (in == null) {
                return Set.of();
            }
            try (BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
                String line = r.readLine(); // header
                while ((line = r.readLine()) != null) {
                    int tab = line.indexOf('\t');
                    String name = tab < 0 ? line : line.substring(0, tab);
                    if (!name.isBlank()) {
                        out.add(TermTable.hash(core(name)));
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return Set.copyOf(out);
    }
}
