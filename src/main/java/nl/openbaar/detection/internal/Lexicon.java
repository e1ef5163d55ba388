package nl.openbaar.detection.internal;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.zip.GZIPInputStream;

/**
 * Every word list detection uses, in one {@link TermTable}: a token is looked up once and its flags say
 * whether it is a first name, a surname core, an ordinary word, a title, and so on. Loaded once from the
 * class path (see lexicon/SOURCES.md for where the lists come from); immutable afterwards, so one instance
 * serves all threads.
 */
public final class Lexicon {

    public static final int FIRST = 1;
    public static final int SURNAME = 1 << 1;
    /** The surname core occurs with an interfix ("van den Heuvel"). */
    public static final int SURNAME_INTERFIX = 1 << 2;
    /** An ordinary Dutch word (lower-case entry in OpenTaal): lowers the prior that a capitalised token is a name. */
    public static final int COMMON = 1 << 3;
    public static final int INTERFIX = 1 << 4;
    public static final int TITLE = 1 << 5;
    public static final int OFFICE = 1 << 6;
    public static final int GREETING = 1 << 7;
    public static final int JOB = 1 << 8;
    public static final int BSN_CONTEXT = 1 << 9;
    public static final int PHONE_CONTEXT = 1 << 10;
    public static final int BIRTH_CONTEXT = 1 << 11;
    public static final int MONTH = 1 << 12;
    public static final int PARTY = 1 << 13;
    public static final int GROUP_WORD = 1 << 14;
    public static final int NOT_A_NAME = 1 << 15;
    public static final int ORGANISATION = 1 << 16;
    public static final int HEADER = 1 << 17;
    public static final int STREET_SUFFIX = 1 << 18;
    /** The first word of an opinion marker phrase ("volgens" of "volgens mij"). */
    public static final int OPINION_START = 1 << 19;
    /** "Aanwezig:", "de heeren": a list of people follows. */
    public static final int LIST_LABEL = 1 << 20;
    /** "Joh", "Alex" before a full stop: an abbreviated first name, used like an initial. */
    public static final int FIRST_ABBREVIATION = 1 << 21;
    /** "jr", "sr", "Az" after a surname. */
    public static final int NAME_SUFFIX = 1 << 22;
    /** "Duitser", "Thaise": an inhabitant or adjective of a country or city, never part of a person's name. */
    public static final int NATIONALITY = 1 << 23;
    /** A city, region or country (world cities over 15,000 inhabitants, Dutch country names): {@code places.txt.gz}. */
    public static final int PLACE = 1 << 24;
    /** A day of the month in words ("twaalf"). */
    public static final int DAY_WORD = 1 << 28;

    private static final String BASE = "/nl/openbaar/detection/lexicon/";

    private final TermTable table;
    private final List<String> jobSuffixes;
    private final List<String> streetSuffixes;
    private final List<String> signoffs;
    private final List<String[]> opinionMarkers;
    /** The opinion markers by their first word, lower case: looked up per candidate token, not scanned. */
    private final java.util.Map<String, List<String[]>> opinionMarkersByFirst = new java.util.HashMap<>();

    private Lexicon(TermTable table, List<String> jobSuffixes, List<String> streetSuffixes, List<String> signoffs,
            List<String[]> opinionMarkers) {
        this.table = table;
        this.jobSuffixes = jobSuffixes;
        this.streetSuffixes = streetSuffixes;
        this.signoffs = signoffs;
        this.opinionMarkers = opinionMarkers;
        for (String[] m : opinionMarkers) {
            opinionMarkersByFirst.computeIfAbsent(m[0].toLowerCase(java.util.Locale.ROOT), k -> new ArrayList<>()).add(m);
        }
    }

    public static Lexicon standard() {
        return Holder.STANDARD;
    }

    private static final class Holder {
        static final Lexicon STANDARD = load();
    }

    static Lexicon load() {
        TermTable t = new TermTable(480_000);
        for (String w : read("common-words.txt.gz")) {
            t.add(w, COMMON);
        }
        for (String w : read("surnames.txt.gz")) {
            if (w.endsWith("+")) {
                t.add(w.substring(0, w.length() - 1), SURNAME | SURNAME_INTERFIX);
            } else {
                t.add(w, SURNAME);
            }
        }
        for (String w : read("first-names.txt")) {
            t.add(w, FIRST);
        }
        for (String w : read("places.txt.gz")) {
            t.add(w, PLACE);
        }
        Map<String, List<String>> sections = sections(read("vocabulary.txt"));
        List<String> jobSuffixes = new ArrayList<>();
        List<String> streetSuffixes = new ArrayList<>();
        addAll(t, sections, "titles", TITLE);
        addAll(t, sections, "interfixes", INTERFIX);
        addAll(t, sections, "offices", OFFICE);
        addAll(t, sections, "parties", PARTY);
        addAll(t, sections, "greetings", GREETING);
        addAll(t, sections, "headers", HEADER);
        addAll(t, sections, "bsn-context", BSN_CONTEXT);
        addAll(t, sections, "phone-context", PHONE_CONTEXT);
        addAll(t, sections, "birth-context", BIRTH_CONTEXT);
        addAll(t, sections, "months", MONTH);
        addAll(t, sections, "day-words", DAY_WORD);
        addAll(t, sections, "group-mailbox-words", GROUP_WORD);
        addAll(t, sections, "organisation-words", ORGANISATION);
        addAll(t, sections, "not-names", NOT_A_NAME);
        addAll(t, sections, "list-labels", LIST_LABEL);
        addAll(t, sections, "first-name-abbreviations", FIRST_ABBREVIATION);
        addAll(t, sections, "name-suffixes", NAME_SUFFIX);
        addAll(t, sections, "nationalities", NATIONALITY);
        for (String j : sections.getOrDefault("jobs", List.of())) {
            if (j.startsWith("*")) {
                jobSuffixes.add(j.substring(1));
            } else {
                t.add(j, JOB);
            }
        }
        for (String s : sections.getOrDefault("street-suffixes", List.of())) {
            streetSuffixes.add(s);
        }
        List<String[]> markers = new ArrayList<>();
        for (String m : sections.getOrDefault("opinion-markers", List.of())) {
            String[] words = m.split(" ");
            markers.add(words);
            t.add(words[0], OPINION_START);
        }
        return new Lexicon(t, List.copyOf(jobSuffixes), List.copyOf(streetSuffixes),
                List.copyOf(sections.getOrDefault("signoffs", List.of())), List.copyOf(markers));
    }

    private static void addAll(TermTable t, Map<String, List<String>> sections, String name, int flag) {
        List<String> words = sections.get(name);
        if (words == null) {
            throw new IllegalStateException("vocabulary.txt lacks section [" + name + "]");
        }
        for (String w : words) {
            t.add(w, flag);
        }
    }

    private static Map<String, List<String>> sections(List<String> lines) {
        Map<String, List<String>> sections = new LinkedHashMap<>();
        List<String> current = null;
        for (String line : lines) {
            int hash = line.indexOf('#');
            String l = (hash >= 0 ? line.substring(0, hash) : line).strip();
            if (l.isEmpty()) {
                continue;
            }
            if (l.startsWith("[") && l.endsWith("]")) {
                current = sections.computeIfAbsent(l.substring(1, l.length() - 1), k -> new ArrayList<>());
            } else if (current != null) {
                current.add(l.toLowerCase(Locale.ROOT));
            }
        }
        return sections;
    }

    private static List<String> read(String name) {
        try (InputStream raw = Lexicon.class.getResourceAsStream(BASE + name)) {
            if (raw == null) {
                throw new IllegalStateException("word list missing from the class path: " + BASE + name);
            }
            InputStream in = name.endsWith(".gz") ? new GZIPInputStream(raw, 1 << 16) : raw;
            List<String> out = new ArrayList<>(name.startsWith("common") ? 340_000 : 16_000);
            try (BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8), 1 << 16)) {
                String line;
                while ((line = r.readLine()) != null) {
                    if (!line.isEmpty()) {
                        out.add(line);
                    }
                }
            }
            return out;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public int flags(CharSequence text, int start, int end) {
        return table.get(text, start, end);
    }

    public int flags(CharSequence word) {
        return table.get(word);
    }

    /** A function word ending such as "…adviseur", "…medewerker", or a listed title ("senior", "plv"). */
    public boolean isJobWord(CharSequence text, int start, int end) {
        if ((flags(text, start, end) & JOB) != 0) {
            return true;
        }
        return endsWithAny(text, start, end, jobSuffixes);
    }

    public boolean isStreetName(CharSequence text, int start, int end) {
        return endsWithAny(text, start, end, streetSuffixes);
    }

    /** The sign-off phrases ("met vriendelijke groet"), lower case, longest first not guaranteed. */
    public List<String> signoffs() {
        return signoffs;
    }

    /** Opinion marker phrases, each as its lower-case words. */
    /** The opinion markers whose first word is text[start, end). */
    public List<String[]> opinionMarkersFrom(CharSequence text, int start, int end) {
        return opinionMarkersByFirst.getOrDefault(text.subSequence(start, end).toString().toLowerCase(java.util.Locale.ROOT),
                List.of());
    }

    public List<String[]> opinionMarkers() {
        return opinionMarkers;
    }

    private static boolean endsWithAny(CharSequence text, int start, int end, List<String> suffixes) {
        for (String s : suffixes) {
            int n = s.length();
            if (end - start < n) {
                continue;
            }
            boolean match = true;
            for (int i = 0; i < n; i++) {
                if (TermTable.fold(text.charAt(end - n + i)) != s.charAt(i)) {
                    match = false;
                    break;
                }
            }
            if (match) {
                return true;
            }
        }
        return false;
    }
}
