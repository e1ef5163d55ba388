package nl.openbaar.detection.internal;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The word lists that say what is an organisation and what is public (data files under
 * {@code detection/organisations/}, sources in SOURCES.md there): names of public bodies and well-known companies,
 * organisation head words ("Directie …", "gemeente …"), legal forms ("… B.V.", "… Holding"), heading words
 * ("Antwoord 1"), switchboard labels and private mail providers. Loaded once; immutable.
 */
public final class OrganisationWords {

    private static final String BASE = "/nl/openbaar/detection/organisations/";

    /** A listed name, as its lower-case words (punctuation kept as words: "landbouw , natuur"). */
    record Phrase(String[] words, String section) {
    }

    /** Flags per word (case-folded hash), so that a token is looked up once, without building a string. */
    static final int PHRASE_START = 1;
    static final int HEAD = 1 << 1;
    static final int LEGAL_FORM_START = 1 << 2;
    static final int HEADING = 1 << 3;
    static final int SWITCHBOARD = 1 << 4;
    static final int BLOCK_WORD = 1 << 5;
    static final int KVK = 1 << 6;
    static final int PHONE_LABEL = 1 << 7;
    private final TermTable table = new TermTable(4096);

    private final Map<String, List<Phrase>> phrasesByFirstWord = new HashMap<>();
    final Set<String> heads;
    private final Map<String, List<String[]>> legalFormsByFirstWord = new HashMap<>();
    final Set<String> headings;
    final Set<String> switchboardWords;
    final Set<String> privateMailDomains;

    private OrganisationWords(Map<String, List<String>> bodies, List<String> companies, Map<String, List<String>> words) {
        bodies.forEach((section, names) -> names.forEach(n -> addPhrase(n, section)));
        companies.forEach(n -> addPhrase(n, "companies"));
        heads = lower(words.get("heads"));
        for (String form : lower(words.get("legal-forms"))) {
            String[] w = words(form);
            legalFormsByFirstWord.computeIfAbsent(w[0], k -> new ArrayList<>()).add(w);
        }
        headings = lower(words.get("headings"));
        switchboardWords = lower(words.get("switchboard-words"));
        privateMailDomains = lower(words.get("private-mail-domains"));
        phrasesByFirstWord.keySet().forEach(w -> table.add(w, PHRASE_START));
        heads.forEach(w -> table.add(w, HEAD));
        legalFormsByFirstWord.keySet().forEach(w -> table.add(w, LEGAL_FORM_START));
        headings.forEach(w -> table.add(w, HEADING));
        switchboardWords.forEach(w -> table.add(w, SWITCHBOARD));
        List.of("postbus", "antwoordnummer", "bezoekadres", "postadres", "retouradres").forEach(w -> table.add(w, BLOCK_WORD));
        List.of("kvk", "kvk-nummer", "koophandel").forEach(w -> table.add(w, KVK));
        List.of("t", "tel", "telefoon", "telefoonnummer", "phone", "telnr").forEach(w -> table.add(w, PHONE_LABEL));
    }

    /** The flags above of text[start, end), case-insensitive. */
    int flags(CharSequence text, int start, int end) {
        return table.get(text, start, end);
    }

    public static OrganisationWords standard() {
        return Holder.STANDARD;
    }

    private static final class Holder {
        static final OrganisationWords STANDARD = new OrganisationWords(sections(read("public-bodies.txt")),
                read("companies.txt"), sections(read("organisation-words.txt")));
    }

    private void addPhrase(String name, String section) {
        String[] w = words(name);
        if (w.length > 0) {
            phrasesByFirstWord.computeIfAbsent(w[0], k -> new ArrayList<>()).add(new Phrase(w, section));
        }
    }

    /** The listed names that start with this (lower-case) word. */
    List<Phrase> phrasesStartingWith(String lowerWord) {
        return phrasesByFirstWord.getOrDefault(lowerWord, List.of());
    }

    /** The legal forms ("b . v .", "holding") that start with this (lower-case) word. */
    List<String[]> legalFormsStartingWith(String lowerWord) {
        return legalFormsByFirstWord.getOrDefault(lowerWord, List.of());
    }

    /** Cuts a name as {@link Tokens} does: words, numbers and single punctuation characters, lower case. */
    static String[] words(String name) {
        List<String> out = new ArrayList<>();
        int i = 0;
        int n = name.length();
        while (i < n) {
            char c = name.charAt(i);
            if (Character.isWhitespace(c)) {
                i++;
                continue;
            }
            int s = i;
            if (Character.isLetter(c)) {
                i++;
                while (i < n && (Character.isLetter(name.charAt(i)) || ((name.charAt(i) == '-' || name.charAt(i) == '\'')
                        && i + 1 < n && Character.isLetter(name.charAt(i + 1)) && !interfixAfterHyphen(name, i + 1)))) {
                    i++;
                }
            } else if (Character.isDigit(c)) {
                while (i < n && Character.isDigit(name.charAt(i))) {
                    i++;
                }
            } else {
                i++;
            }
            out.add(name.substring(s, i).toLowerCase(Locale.ROOT));
        }
        return out.toArray(String[]::new);
    }

    /** Mirrors {@code Tokens}: "Vries-van der Meer" cuts before the interfix. */
    private static boolean interfixAfterHyphen(String s, int i) {
        int e = i;
        while (e < s.length() && Character.isLetter(s.charAt(e))) {
            e++;
        }
        if (e >= s.length() || s.charAt(e) != ' ' || e - i > 3 || !Character.isLowerCase(s.charAt(i))) {
            return false;
        }
        return Set.of("de", "van", "der", "den", "ter", "ten", "te", "het", "in", "op", "el", "al").contains(s.substring(i, e));
    }

    private static Set<String> lower(List<String> list) {
        if (list == null) {
            throw new IllegalStateException("organisation-words.txt lacks a section");
        }
        Set<String> out = new HashSet<>();
        list.forEach(w -> out.add(w.toLowerCase(Locale.ROOT)));
        return Set.copyOf(out);
    }

    private static Map<String, List<String>> sections(List<String> lines) {
        Map<String, List<String>> sections = new LinkedHashMap<>();
        List<String> current = null;
        for (String l : lines) {
            if (l.startsWith("[") && l.endsWith("]")) {
                current = sections.computeIfAbsent(l.substring(1, l.length() - 1), k -> new ArrayList<>());
            } else if (current != null) {
                current.add(l);
            }
        }
        return sections;
    }

    /** Non-blank lines without comments. */
    private static List<String> read(String name) {
        try (InputStream in = OrganisationWords.class.getResourceAsStream(BASE + name)) {
            if (in == null) {
                throw new IllegalStateException("word list missing from the class path: " + BASE + name);
            }
            List<String> out = new ArrayList<>();
            try (BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
                String line;
                while ((line = r.readLine()) != null) {
                    int hash = line.indexOf('#');
                    String l = (hash >= 0 ? line.substring(0, hash) : line).strip();
                    if (!l.isEmpty()) {
                        out.add(l);
                    }
                }
            }
            return out;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
