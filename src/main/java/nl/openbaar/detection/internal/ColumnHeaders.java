package nl.openbaar.detection.internal;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * What a table column holds, judged by its header ("Naam", "Telefoon", "E-mailadres", "BSN", "Organisatie"), from
 * the word list {@code tables/column-headers.tsv}. A header of several words must consist of header words of one
 * kind and neutral qualifiers ("Naam medewerker", "Telefoonnummer (mobiel)"), so "Naam document" is no name column;
 * a public word anywhere makes it public ("Naam organisatie").
 */
final class ColumnHeaders {

    /** What the values of a column are. */
    enum Kind {
        PERSON, PHONE, EMAIL, STREET_ADDRESS, POSTCODE, BSN, IBAN, DATE_OF_BIRTH, LICENCE_PLATE, PUBLIC
    }

    private static final String FILE = "/nl/openbaar/detection/tables/column-headers.tsv";
    /** Words that qualify a header without changing what it holds. */
    private static final Set<String> QUALIFIERS = Set.of("werk", "prive", "privé", "zakelijk", "thuis", "vast", "vaste",
            "nummer", "nr", "van", "de", "het", "en", "of", "1", "2", "3", "work", "home", "private", "business", "the", "and",
            "volledig", "volledige", "full", "number", "no");
    private static final ColumnHeaders STANDARD = load();

    private final Map<String, Kind> words;

    private ColumnHeaders(Map<String, Kind> words) {
        this.words = words;
    }

    static ColumnHeaders standard() {
        return STANDARD;
    }

    /** The kind of column under this header, null when the header says nothing about personal data. */
    Kind of(String header) {
        if (header == null || header.isBlank() || header.length() > 60) {
            return null;
        }
        String[] parts = header.toLowerCase(Locale.ROOT).split("[\\s/]+");
        StringBuilder compact = new StringBuilder();
        int n = 0;
        for (int i = 0; i < parts.length; i++) {
            parts[i] = letters(parts[i]);
            compact.append(parts[i]);
            if (!parts[i].isEmpty()) {
                parts[n++] = parts[i];
            }
        }
        if (n == 0 || n > 4) {
            return null;
        }
        Kind whole = words.get(compact.toString());
        if (whole != null) {
            return whole;
        }
        Kind kind = null;
        for (int i = 0; i < n; i++) {
            Kind k = words.get(parts[i]);
            if (k == Kind.PUBLIC) {
                return Kind.PUBLIC;
            }
            if (k == null && !QUALIFIERS.contains(parts[i])) {
                return null;
            }
            if (k != null && kind == null) {
                kind = k;
            }
        }
        return kind;
    }

    private static String letters(String s) {
        StringBuilder b = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (Character.isLetterOrDigit(c)) {
                b.append(c);
            }
        }
        return b.toString();
    }

    private static ColumnHeaders load() {
        Map<String, Kind> words = new HashMap<>();
        try (InputStream in = ColumnHeaders.class.getResourceAsStream(FILE)) {
            if (in == null) {
                throw new IllegalStateException("word list missing from the class path: " + FILE);
            }
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line = r.readLine(); line != null; line = r.readLine()) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] f = line.split("\t");
                if (f.length != 2) {
                    throw new IllegalStateException(FILE + ": not 'kind<TAB>header': " + line);
                }
                words.put(letters(f[1].toLowerCase(Locale.ROOT)), Kind.valueOf(f[0].toUpperCase(Locale.ROOT).replace('-', '_')));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new ColumnHeaders(Map.copyOf(words));
    }
}
