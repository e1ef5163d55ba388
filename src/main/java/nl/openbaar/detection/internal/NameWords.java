package nl.openbaar.detection.internal;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

/**
 * The small word lists that steer the name rules ({@code lexicon/name-words.txt}): which words open a list of
 * people, which prepositions turn a surname into a place, which pronouns make a capitalised word a verb. One
 * table, one bit per list, so a token is looked up once per question without allocating; loaded once.
 */
final class NameWords {

    /** A section of name-words.txt; the bit is its position. */
    enum Section {
        TITLE_ARTICLES("title-articles"),
        PEOPLE_PLURALS("people-plurals"),
        NOBILITY_IN_NAME("nobility-in-name"),
        DIGRAPH_INITIALS("digraph-initials"),
        ROYAL_HONORIFICS("royal-honorifics"),
        PREPOSITIONS_AFTER_SURNAME("prepositions-after-surname"),
        INTERFIXES_ONLY_BEFORE_ANOTHER("interfixes-only-before-another"),
        PLACE_PREPOSITIONS("place-prepositions"),
        PRONOUNS("pronouns"),
        SIGN_OFF_WORDS("sign-off-words"),
        ORGANISATION_CONNECTORS("organisation-connectors"),
        PERSON_CUES("person-cues"),
        SURNAME_OPENERS("surname-openers");

        final String section;

        Section(String section) {
            this.section = section;
        }

        int bit() {
            return 1 << ordinal();
        }
    }

    private static final String RESOURCE = "/nl/openbaar/detection/lexicon/name-words.txt";
    private static final TermTable TABLE = load();

    private NameWords() {
    }

    /** True when token i is a word in the list. */
    static boolean is(Tokens t, int i, Section list) {
        return t.isWord(i) && (TABLE.get(t.text, t.start[i], t.end[i]) & list.bit()) != 0;
    }

    /** True when the characters text[start, end) are an entry of the list. */
    static boolean is(CharSequence text, int start, int end, Section list) {
        return (TABLE.get(text, start, end) & list.bit()) != 0;
    }

    private static TermTable load() {
        TermTable table = new TermTable(128);
        boolean[] seen = new boolean[Section.values().length];
        try (InputStream in = NameWords.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("word list missing from the class path: " + RESOURCE);
            }
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            Section current = null;
            String line;
            while ((line = r.readLine()) != null) {
                int hash = line.indexOf('#');
                String l = (hash >= 0 ? line.substring(0, hash) : line).strip();
                if (l.isEmpty()) {
                    continue;
                }
                if (l.startsWith("[") && l.endsWith("]")) {
                    current = section(l.substring(1, l.length() - 1));
                    seen[current.ordinal()] = true;
                } else if (current != null) {
                    table.add(l.toLowerCase(Locale.ROOT), current.bit());
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        for (Section l : Section.values()) {
            if (!seen[l.ordinal()]) {
                throw new IllegalStateException("name-words.txt lacks section [" + l.section + "]");
            }
        }
        return table;
    }

    private static Section section(String name) {
        for (Section l : Section.values()) {
            if (l.section.equals(name)) {
                return l;
            }
        }
        throw new IllegalStateException("name-words.txt: unknown section [" + name + "]");
    }
}
