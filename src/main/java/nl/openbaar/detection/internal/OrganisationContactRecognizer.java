package nl.openbaar.detection.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nl.openbaar.detection.model.Category;

/**
 * Marks an organisation's own contact data as public: its visiting and postal address and postcode, its
 * switchboard number and its website, where they stand as the organisation's: in a letterhead or address block
 * (a block of lines with "Postbus", a website or a line that is an organisation's name), or on one line with the
 * organisation's name ("Locatie: Ministerie van …, Turfmarkt 147, 2511 DP Den Haag").
 *
 * <p>A phone number is the organisation's when the block names no person (a letterhead, not a signature), when a
 * switchboard word stands before it ("receptie", "algemeen"), or when it is a municipality's 14-number
 * ("14 030"). A mobile number never is. Runs after the organisation and name recognizers: it reads their spans.
 */
public final class OrganisationContactRecognizer implements Recognizer {

    private static final Pattern POSTCODE = Pattern.compile("\\b[1-9]\\d{3} ?[A-Z]{2}\\b");
    private static final Pattern STREET_AND_NUMBER = Pattern.compile(
            "\\b\\p{Lu}[\\p{L}'.-]*(?: (?:\\p{Ll}{1,4}|\\p{Lu}[\\p{L}'.-]*)){0,3} \\d{1,5}(?: ?[a-zA-Z]\\b|-\\d{1,4})?");
    private static final Pattern WEBSITE = Pattern.compile("(?i)\\b(?:https?://|www\\.)[\\w.-]+(?:/[\\w./%#?=&-]*)?");
    private static final Pattern MUNICIPAL_NUMBER = Pattern.compile("\\b14 ?0\\d{2,3}\\b");
    private static final Pattern PHONE_DIGITS = Pattern.compile("(?:\\+|\\(|\\d)[\\d ()+.-]{7,}\\d");
    private static final java.util.Set<String> PHONE_LABELS = java.util.Set.of("t", "tel", "telefoon", "telefoonnummer", "phone",
            "tel.nr", "telnr");

    private final OrganisationWords words;

    public OrganisationContactRecognizer(OrganisationWords words) {
        this.words = words;
    }

    /** Per line, what stands on it: built once per page, so that no line looks through all spans of a long text. */
    private static final class Lines {
        static final int ORGANISATION_ON_LINE = 1;
        static final int BODY_STARTS_LINE = 2;
        static final int COMPANY_STARTS_LINE = 4;
        static final int PERSON = 8;
        static final int BLOCK_WORD = 16;
        static final int WEBSITE = 32;
        final int[] flags;

        Lines(PageScan scan, OrganisationWords words, List<int[]> websites) {
            flags = new int[Math.max(1, scan.tokens.lines)];
            Tokens t = scan.tokens;
            for (int i = 0; i < t.size; i++) {
                if (t.kind[i] == Tokens.WORD && (words.flags(scan.text, t.start[i], t.end[i]) & OrganisationWords.BLOCK_WORD) != 0) {
                    flags[t.line[i]] |= BLOCK_WORD;
                }
            }
            for (int[] w : websites) {
                flags[lineOf(scan, w[0])] |= WEBSITE;
            }
            List<PublicSpan> organisations = new ArrayList<>();
            for (PublicSpan p : scan.publicSpans) {
                if (p.kind() != PublicSpan.Kind.ORGANISATION) {
                    continue;
                }
                organisations.add(p);
                int ln = lineOf(scan, p.start());
                boolean startsLine = scan.text.substring(scan.lineStart(ln), p.start()).isBlank();
                flags[ln] |= ORGANISATION_ON_LINE;
                if (startsLine) {
                    flags[ln] |= isCompany(p) ? COMPANY_STARTS_LINE : BODY_STARTS_LINE;
                }
            }
            organisations.sort(java.util.Comparator.comparingInt(PublicSpan::start));
            int[] starts = organisations.stream().mapToInt(PublicSpan::start).toArray();
            for (Span s : scan.spans) {
                if (s.category() == Category.PERSON_NAME && !inside(organisations, starts, s)) {
                    flags[lineOf(scan, s.start())] |= PERSON;
                }
            }
        }

        boolean has(int ln, int flag) {
            return (flags[ln] & flag) != 0;
        }

        /** Inside an organisation's name that starts at most a few names before it (names are short). */
        private static boolean inside(List<PublicSpan> organisations, int[] starts, Span s) {
            int i = java.util.Arrays.binarySearch(starts, s.start());
            i = i >= 0 ? i : -i - 2;
            for (int k = i; k >= 0 && k > i - 4; k--) {
                PublicSpan p = organisations.get(k);
                if (p.start() <= s.start() && s.end() <= p.end()) {
                    return true;
                }
            }
            return false;
        }
    }

    private static int lineOf(PageScan scan, int offset) {
        int[] ls = scan.tokens.lineStarts;
        int lo = 0;
        int hi = scan.tokens.lines - 1;
        while (lo < hi) {
            int mid = (lo + hi + 1) >>> 1;
            if (ls[mid] <= offset) {
                lo = mid;
            } else {
                hi = mid - 1;
            }
        }
        return Math.max(0, lo);
    }

    @Override
    public void recognize(PageScan scan) {
        Tokens t = scan.tokens;
        if (t.lines == 0) {
            return;
        }
        List<int[]> websites = websites(scan.text);
        Lines lines = new Lines(scan, words, websites);
        int ln = 0;
        while (ln < t.lines) {
            if (scan.lineBlank(ln)) {
                ln++;
                continue;
            }
            int first = ln;
            while (ln < t.lines && !scan.lineBlank(ln)) {
                ln++;
            }
            block(scan, lines, first, ln);
        }
        municipalNumbers(scan);
        for (int[] w : websites) {
            scan.publicSpans.add(new PublicSpan(w[0], w[1], PublicSpan.Kind.ORGANISATION_CONTACT, "website"));
        }
    }

    /** "www.…" and "http(s)://…", found from their fixed prefix (a pattern over every character is slow on a long text). */
    private static List<int[]> websites(String text) {
        List<int[]> out = new ArrayList<>();
        Matcher m = WEBSITE.matcher(text).useTransparentBounds(true);
        for (String prefix : new String[] {"www.", "http"}) {
            for (int at = text.indexOf(prefix); at >= 0; at = text.indexOf(prefix, at + 1)) {
                m.region(at, Math.min(text.length(), at + 400));
                if (m.lookingAt()) {
                    out.add(new int[] {at, m.end()});
                    at = m.end() - 1;
                }
            }
        }
        return out;
    }

    /** A municipality's "14 0xx(x)" number, from each "14" that stands as a word. */
    private static void municipalNumbers(PageScan scan) {
        String text = scan.text;
        Matcher m = MUNICIPAL_NUMBER.matcher(text).useTransparentBounds(true);
        for (int at = text.indexOf("14"); at >= 0; at = text.indexOf("14", at + 1)) {
            m.region(at, Math.min(text.length(), at + 8));
            if (m.lookingAt()) {
                scan.publicSpans.add(new PublicSpan(at, m.end(), PublicSpan.Kind.ORGANISATION_CONTACT, "gemeentelijk 14-nummer"));
            }
        }
    }

    /** Lines [from, to) without blank lines between. */
    private void block(PageScan scan, Lines lines, int from, int to) {
        boolean organisation = false;
        boolean company = false;
        boolean person = false;
        for (int ln = from; ln < to; ln++) {
            organisation |= organisationLine(scan, lines, ln, true);
            company |= lines.has(ln, Lines.COMPANY_STARTS_LINE);
            person |= lines.has(ln, Lines.PERSON);
        }
        // "Mw. mr. Kuijpers / Advocatenkantoor Kuijpers & Partners / Stationsweg 41": a person at a firm's address is
        // that person's address (a practice, a one-person business); a public body's or a Postbus block stays public
        if (company && person && !organisation) {
            return;
        }
        organisation |= company;
        for (int ln = from; ln < to; ln++) {
            boolean here = organisation || organisationLine(scan, lines, ln, false);
            if (!here || lines.has(ln, Lines.PERSON)) {
                continue;
            }
            boolean addressLine = addressShaped(scan, ln) || (ln + 1 < to && startsWithPostcode(scan, ln + 1));
            contact(scan, ln, addressLine, !person || switchboardWord(scan, ln));
        }
    }

    private static boolean isCompany(PublicSpan p) {
        return p.reason().startsWith("onderneming") || p.reason().contains("(companies)");
    }

    /**
     * A line with "Postbus" (or a visiting, postal or return address label), a website, or an organisation's name:
     * as part of a block the name must open the line and be no company's (a letterhead); alone, it may stand anywhere.
     */
    private static boolean organisationLine(PageScan scan, Lines lines, int ln, boolean asBlock) {
        return lines.has(ln, Lines.BLOCK_WORD) || lines.has(ln, Lines.WEBSITE)
                || (asBlock ? lines.has(ln, Lines.BODY_STARTS_LINE) : lines.has(ln, Lines.ORGANISATION_ON_LINE));
    }

    private static boolean addressShaped(PageScan scan, int ln) {
        String line = scan.line(ln);
        return POSTCODE.matcher(line).find() || line.toLowerCase(Locale.ROOT).startsWith("bezoekadres")
                || line.toLowerCase(Locale.ROOT).startsWith("postadres");
    }

    private static boolean startsWithPostcode(PageScan scan, int ln) {
        Matcher m = POSTCODE.matcher(scan.line(ln));
        return m.find() && scan.line(ln).substring(0, m.start()).isBlank();
    }

    private boolean switchboardWord(PageScan scan, int ln) {
        Tokens t = scan.tokens;
        for (int i = t.firstTokenOfLine(ln), e = t.endTokenOfLine(ln); i < e; i++) {
            if (t.isWord(i) && (words.flags(scan.text, t.start[i], t.end[i]) & OrganisationWords.SWITCHBOARD) != 0) {
                return true;
            }
        }
        return false;
    }

    private void contact(PageScan scan, int ln, boolean addressLine, boolean phonesAreTheOrganisations) {
        int ls = scan.lineStart(ln);
        int le = scan.lineEnd(ln);
        String line = scan.text.substring(ls, le);
        Matcher m = POSTCODE.matcher(line);
        while (m.find()) {
            add(scan, ls + m.start(), ls + m.end(), "postcode van de organisatie");
        }
        if (addressLine) {
            m = STREET_AND_NUMBER.matcher(line);
            while (m.find()) {
                add(scan, ls + m.start(), ls + m.end(), "adres van de organisatie");
            }
        }
        if (phonesAreTheOrganisations && (phoneLabel(scan, ln) || switchboardWord(scan, ln))) {
            m = PHONE_DIGITS.matcher(line);
            while (m.find()) {
                String digits = m.group().replaceAll("\\D", "");
                boolean mobile = digits.startsWith("06") || digits.startsWith("316") || digits.startsWith("00316");
                if (!mobile && digits.length() >= 9 && digits.length() <= 13) {
                    add(scan, ls + m.start(), ls + m.end(), "algemeen telefoonnummer van de organisatie");
                }
            }
        }
    }

    private static boolean phoneLabel(PageScan scan, int ln) {
        Tokens t = scan.tokens;
        int i = t.firstTokenOfLine(ln);
        return i < t.endTokenOfLine(ln) && t.isWord(i) && PHONE_LABELS.contains(t.str(i).toLowerCase(Locale.ROOT));
    }

    private static void add(PageScan scan, int start, int end, String reason) {
        scan.publicSpans.add(new PublicSpan(start, end, PublicSpan.Kind.ORGANISATION_CONTACT, reason));
    }
}
