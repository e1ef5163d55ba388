package nl.openbaar.letter.model;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nl.openbaar.law.Regime;
import nl.openbaar.shared.InvalidInputException;

/**
 * The texts letters are made of, by key. Written in a plain format an administrator can edit:
 * <pre>
 * # a comment
 * [besluit.procedure.ontvangen]
 * Op {datum} heb ik uw {regime}-verzoek ontvangen.
 *
 * [overweging.algemeen@woo]
 * … a text only for Woo requests …
 * </pre>
 * A key with {@code @woo} or {@code @wob} is used for that regime before the plain key. Blank lines separate
 * paragraphs. Catalogues are layered: the defaults in the jar, then a file in the data folder, then the
 * database, then the texts of one case; a later layer replaces a key of an earlier one.
 */
public final class TextCatalogue {

    private static final Pattern HEADER = Pattern.compile("^\\[([a-z0-9][a-z0-9._-]*(?:@(?:woo|wob))?)]\\s*$");

    private final Map<String, String> texts;
    private final Map<String, String> origins;

    private TextCatalogue(Map<String, String> texts, Map<String, String> origins) {
        this.texts = Collections.unmodifiableMap(texts);
        this.origins = Collections.unmodifiableMap(origins);
    }

    public static TextCatalogue empty() {
        return new TextCatalogue(Map.of(), Map.of());
    }

    /** Reads the text format; {@code origin} names the file in error messages and {@link #origin}. */
    public static TextCatalogue parse(String source, String origin) {
        Map<String, String> texts = new LinkedHashMap<>();
        Map<String, String> origins = new LinkedHashMap<>();
        String key = null;
        StringBuilder body = new StringBuilder();
        int lineNo = 0;
        for (String line : source.replace("\r\n", "\n").replace('\r', '\n').split("\n", -1)) {
            lineNo++;
            if (line.startsWith("#")) {
                continue;
            }
            Matcher m = HEADER.matcher(line);
            if (m.matches()) {
                if (key != null) {
                    put(texts, origins, key, body, origin);
                }
                key = m.group(1);
                if (texts.containsKey(key)) {
                    throw new InvalidInputException(origin, "regel " + lineNo + ": de tekst [" + key + "] staat er twee keer in");
                }
                body.setLength(0);
            } else if (line.startsWith("[") && line.strip().endsWith("]") && !line.startsWith("[[")) {
                throw new InvalidInputException(origin, "regel " + lineNo + ": '" + line.strip()
                        + "' is geen geldige sleutel (kleine letters, cijfers, . _ -, eventueel @woo of @wob)");
            } else if (key == null) {
                if (!line.isBlank()) {
                    throw new InvalidInputException(origin, "regel " + lineNo + ": tekst vóór de eerste [sleutel]");
                }
            } else {
                body.append(line).append('\n');
            }
        }
        if (key != null) {
            put(texts, origins, key, body, origin);
        }
        return new TextCatalogue(texts, origins);
    }

    private static void put(Map<String, String> texts, Map<String, String> origins, String key, StringBuilder body, String origin) {
        texts.put(key, body.toString().strip());
        origins.put(key, origin);
    }

    /** One text as a catalogue of its own: how the database and case layers add a single key. */
    public static TextCatalogue of(Map<String, String> texts, String origin) {
        Map<String, String> t = new LinkedHashMap<>();
        Map<String, String> o = new LinkedHashMap<>();
        texts.forEach((k, v) -> {
            t.put(k, v.strip());
            o.put(k, origin);
        });
        return new TextCatalogue(t, o);
    }

    /** This catalogue with every key of {@code layer} replaced or added. */
    public TextCatalogue overriddenBy(TextCatalogue layer) {
        Map<String, String> t = new LinkedHashMap<>(texts);
        Map<String, String> o = new LinkedHashMap<>(origins);
        t.putAll(layer.texts);
        o.putAll(layer.origins);
        return new TextCatalogue(t, o);
    }

    /** The text for a regime: {@code key@woo} first, then {@code key}. */
    public Optional<String> find(String key, Regime regime) {
        String specific = texts.get(key + "@" + regime.code());
        return Optional.ofNullable(specific != null ? specific : texts.get(key));
    }

    public String get(String key, Regime regime) {
        return find(key, regime).orElseThrow(() -> new IllegalStateException("letter text [" + key + "] is missing"));
    }

    public boolean has(String key) {
        return texts.containsKey(key);
    }

    /** Where the text in use for this exact key came from (the jar, a file, the database, the case). */
    public String origin(String key) {
        return origins.get(key);
    }

    public Set<String> keys() {
        return texts.keySet();
    }

    /** The raw text of this exact key (no regime fallback). */
    public String raw(String key) {
        return texts.get(key);
    }
}
