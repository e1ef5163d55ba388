package nl.openbaar.detection.internal;

import java.util.BitSet;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import nl.openbaar.detection.model.Category;
import nl.openbaar.detection.model.KnownPerson;
import nl.openbaar.shared.layout.TableCell;

/**
 * Reads tables and spreadsheets by their columns: a value under "Naam", "Voornaam" or "Achternaam" is a person's
 * name even when no name list knows it, a value under "Telefoon" a phone number however it is written, and so on
 * ({@link ColumnHeaders}); values under "Organisatie", "Functie" or "Gemeente" are public. Each value is its own
 * cell, so a first name and a surname in two columns are two findings, and a value is never made of two cells:
 * a candidate that runs from one cell into another is dropped ({@link #dropCrossing}).
 */
final class TableColumns {

    static final String ID = "table.column";
    /** Above the pipeline's unattended threshold (0.9): the header and the value's shape agree. */
    private static final double SCORE = 0.95;
    private static final Set<String> NO_VALUE = Set.of("", "-", "--", "x", "nvt", "n.v.t.", "n.v.t", "onbekend", "geen", "leeg",
            "unknown", "none", "n/a", "na", "nb", "?", "idem", "zie boven", "ja", "nee", "yes", "no");
    private static final Pattern PHONE = Pattern.compile("[+(]?[0-9][0-9 ()./\\-\\n]{5,24}");
    private static final Pattern POSTCODE = Pattern.compile("[1-9][0-9]{3}\\s?[A-Za-z]{2}");
    private static final Pattern BSN = Pattern.compile("[0-9][0-9 .\\-]{6,12}[0-9]");
    private static final Pattern IBAN = Pattern.compile("[A-Za-z]{2}[0-9]{2}[A-Za-z0-9 \\n]{8,32}");
    private static final Pattern PLATE = Pattern.compile("[A-Za-z0-9]{1,3}(?:[- ]?[A-Za-z0-9]{1,3}){1,3}");

    private final ColumnHeaders headers;

    TableColumns(ColumnHeaders headers) {
        this.headers = headers;
    }

    /** Cells under a public header are public, and so are the headers themselves: nothing personal is looked for in them. */
    void markPublic(PageScan scan) {
        for (TableCell c : scan.cells) {
            if (headers.of(c.header()) == ColumnHeaders.Kind.PUBLIC) {
                scan.publicSpans.add(new PublicSpan(c.start(), c.end(), PublicSpan.Kind.ORGANISATION,
                        "in de kolom '" + brief(c.header()) + "'"));
            } else if (c.header() == null && headers.of(scan.text.substring(c.start(), c.end())) != null) {
                scan.publicSpans.add(new PublicSpan(c.start(), c.end(), PublicSpan.Kind.HEADING, "kolomkop"));
            }
        }
    }

    /**
     * A value a recognizer found in a cell of a column that says it holds that kind of value (a BSN under "BSN", a
     * number under "Telefoon") is sure: its confidence is raised to that of a value found by its column.
     */
    void confirm(PageScan scan) {
        if (scan.cells.isEmpty() || scan.spans.isEmpty()) {
            return;
        }
        int n = scan.cells.size();
        int[] starts = new int[n];
        int[] ends = new int[n];
        ColumnHeaders.Kind[] kinds = new ColumnHeaders.Kind[n];
        for (int i = 0; i < n; i++) {
            TableCell c = scan.cells.get(i);
            starts[i] = c.start();
            ends[i] = c.end();
            kinds[i] = headers.of(c.header());
        }
        for (int i = 0; i < scan.spans.size(); i++) {
            Span s = scan.spans.get(i);
            int k = cellAt(starts, ends, s.start());
            if (k >= 0 && s.end() <= ends[k] && kinds[k] != null && matches(kinds[k], s.category()) && s.score() < SCORE
                    && !s.reviewOnly()) {
                scan.spans.set(i, s.withScore(SCORE, "in de kolom '" + brief(scan.cells.get(k).header()) + "'"));
            }
        }
    }

    private static boolean matches(ColumnHeaders.Kind kind, Category category) {
        return switch (kind) {
            case PERSON -> category == Category.PERSON_NAME;
            case PHONE -> category == Category.PHONE_NUMBER;
            case EMAIL -> category == Category.EMAIL_LOCAL_PART || category == Category.GROUP_MAILBOX;
            case STREET_ADDRESS -> category == Category.STREET_ADDRESS;
            case POSTCODE -> category == Category.POSTCODE;
            case BSN -> category == Category.BSN;
            case IBAN -> category == Category.IBAN;
            case DATE_OF_BIRTH -> category == Category.DATE_OF_BIRTH;
            case LICENCE_PLATE -> category == Category.LICENCE_PLATE;
            case PUBLIC -> false;
        };
    }

    /** Phone numbers, e-mail addresses, addresses, numbers and dates by their column, where no recognizer found them. */
    void recognizeValues(PageScan scan) {
        if (scan.cells.isEmpty()) {
            return;
        }
        BitSet found = covered(scan);
        for (TableCell c : scan.cells) {
            ColumnHeaders.Kind kind = headers.of(c.header());
            if (kind == null || kind == ColumnHeaders.Kind.PERSON || kind == ColumnHeaders.Kind.PUBLIC) {
                continue;
            }
            String value = scan.text.substring(c.start(), c.end());
            String one = value.replace('\n', ' ').strip();
            if (NO_VALUE.contains(one.toLowerCase(Locale.ROOT))) {
                continue;
            }
            // a narrow cell wraps a number or code at any character ("2504L" / "I"): read it glued too
            String glued = value.replace("\n", "").strip();
            String why = "in de kolom '" + brief(c.header()) + "'";
            switch (kind) {
                case EMAIL -> {
                    int at = value.indexOf('@');
                    if (at > 0 && !any(found, c.start(), c.start() + at)) {
                        scan.add(c.start(), c.start() + at, Category.EMAIL_LOCAL_PART, SCORE, ID, null, "e-mailadres " + why);
                    }
                }
                case PHONE -> add(scan, found, c, (PHONE.matcher(one).matches() || PHONE.matcher(glued).matches()) && digits(one) >= 6, Category.PHONE_NUMBER,
                        "telefoonnummer " + why);
                case STREET_ADDRESS -> add(scan, found, c, one.length() <= 80 && !one.contains("@"), Category.STREET_ADDRESS,
                        "adres " + why);
                case POSTCODE -> add(scan, found, c, POSTCODE.matcher(one).matches() || POSTCODE.matcher(glued).matches(), Category.POSTCODE, "postcode " + why);
                case BSN -> add(scan, found, c, (BSN.matcher(one).matches() || BSN.matcher(glued).matches()) && digits(one) >= 8 && digits(one) <= 9, Category.BSN,
                        "burgerservicenummer " + why);
                case IBAN -> add(scan, found, c, IBAN.matcher(one).matches() || IBAN.matcher(glued).matches(), Category.IBAN, "rekeningnummer " + why);
                case DATE_OF_BIRTH -> add(scan, found, c, one.length() <= 30 && digits(one) >= 1, Category.DATE_OF_BIRTH,
                        "geboortedatum " + why);
                case LICENCE_PLATE -> add(scan, found, c, one.length() <= 10 && (PLATE.matcher(one).matches() || PLATE.matcher(glued).matches()) && digits(one) >= 1,
                        Category.LICENCE_PLATE, "kenteken " + why);
                default -> {
                }
            }
        }
    }

    /** Names by their column: every cell under a name header that reads as a name. */
    void recognizeNames(PageScan scan) {
        for (TableCell c : scan.cells) {
            if (headers.of(c.header()) != ColumnHeaders.Kind.PERSON) {
                continue;
            }
            String one = scan.text.substring(c.start(), c.end()).replace('\n', ' ').strip();
            if (!nameLike(one)) {
                continue;
            }
            String key = one.toLowerCase(Locale.ROOT).replaceAll("\\s+", " ");
            scan.add(c.start(), c.end(), Category.PERSON_NAME, SCORE, ID, "person:" + key,
                    "naam in de kolom '" + brief(c.header()) + "'");
            learn(scan, one);
        }
    }

    /** A candidate that starts in one cell and ends outside it (in the next cell, or beyond) is no value. */
    static void dropCrossing(PageScan scan) {
        if (scan.cells.isEmpty() || scan.spans.isEmpty()) {
            return;
        }
        int n = scan.cells.size();
        int[] starts = new int[n];
        int[] ends = new int[n];
        for (int i = 0; i < n; i++) {
            starts[i] = scan.cells.get(i).start();
            ends[i] = scan.cells.get(i).end();
        }
        scan.spans.removeIf(s -> cellAt(starts, ends, s.start()) != cellAt(starts, ends, s.end() - 1)
                || crossesInto(starts, s.start(), s.end()));
    }

    /** The cell holding offset {@code at}, -1 outside cells. */
    private static int cellAt(int[] starts, int[] ends, int at) {
        int k = lastAtOrBefore(starts, at);
        return k >= 0 && at < ends[k] ? k : -1;
    }

    /** A cell starts inside (start, end): the span reaches from outside into a cell. */
    private static boolean crossesInto(int[] starts, int start, int end) {
        int k = lastAtOrBefore(starts, end - 1);
        return k >= 0 && starts[k] > start;
    }

    private static int lastAtOrBefore(int[] a, int v) {
        int lo = 0;
        int hi = a.length;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (a[mid] <= v) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo - 1;
    }

    private static void add(PageScan scan, BitSet found, TableCell c, boolean ok, Category category, String why) {
        if (ok && !any(found, c.start(), c.end())) {
            scan.add(c.start(), c.end(), category, SCORE, ID, null, why);
        }
    }

    /** Characters already under a candidate of the pattern recognizers. */
    private static BitSet covered(PageScan scan) {
        BitSet b = new BitSet(scan.text.length());
        for (Span s : scan.spans) {
            if (s.category() != Category.POLICY_OPINION) {
                b.set(s.start(), s.end());
            }
        }
        return b;
    }

    private static boolean any(BitSet b, int from, int to) {
        int i = b.nextSetBit(from);
        return i >= 0 && i < to;
    }

    /** Letters, spaces and the marks of names; no digits, at most six words, not a placeholder. */
    static boolean nameLike(String s) {
        if (s.length() < 2 || s.length() > 80 || NO_VALUE.contains(s.toLowerCase(Locale.ROOT))) {
            return false;
        }
        int words = 1;
        boolean letter = false;
        for (int i = 0; i < s.length(); i++) {
            char ch = s.charAt(i);
            if (Character.isLetter(ch)) {
                letter = true;
            } else if (ch == ' ') {
                words++;
            } else if (ch != '-' && ch != '\'' && ch != '.' && ch != '’' && ch != ',' && ch != '(' && ch != ')') {
                return false;
            }
        }
        return letter && words <= 6 && Character.isLetter(s.charAt(0));
    }

    /** A full name ("Jan de Vries") joins the case register, so the person is found elsewhere in the case too. */
    private static void learn(PageScan scan, String name) {
        String[] w = name.split(" ");
        if (w.length < 2 || w.length > 4 || !Character.isUpperCase(w[0].charAt(0)) || w[0].endsWith(".")
                || !Character.isUpperCase(w[w.length - 1].charAt(0))) {
            return;
        }
        StringBuilder interfix = new StringBuilder();
        for (int i = 1; i < w.length - 1; i++) {
            if (!w[i].equals(w[i].toLowerCase(Locale.ROOT))) {
                return;
            }
            interfix.append(interfix.isEmpty() ? "" : " ").append(w[i]);
        }
        scan.learned.add(new KnownPerson(w[0], "", interfix.toString(), w[w.length - 1], "tabelkolom"));
    }

    private static int digits(String s) {
        int n = 0;
        for (int i = 0; i < s.length(); i++) {
            if (Character.isDigit(s.charAt(i))) {
                n++;
            }
        }
        return n;
    }

    private static String brief(String header) {
        String h = header.replace('\n', ' ').strip();
        return h.length() > 40 ? h.substring(0, 40) + "…" : h;
    }
}
