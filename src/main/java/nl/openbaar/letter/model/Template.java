package nl.openbaar.letter.model;

import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nl.openbaar.shared.InvalidInputException;

/**
 * Fills a letter text: {@code {name}} is replaced by its value; a part between {@code [[ ]]} is printed only
 * when every place in it has a value ("Bij brief van {datum}[[ (met kenmerk {briefkenmerk})]] …"). A place
 * the letter does not know is an error naming the text, so a typo by an administrator never reaches a letter.
 */
public final class Template {

    private static final Pattern PLACE = Pattern.compile("\\{([a-z0-9][a-z0-9_-]*)}");
    private static final Pattern OPTIONAL = Pattern.compile("\\[\\[(.*?)]]", Pattern.DOTALL);

    private Template() {
    }

    /**
     * @param values the places this letter knows; a known place without a value maps to null
     * @param key    the text's key, for the error message
     */
    public static String fill(String text, Map<String, String> values, String key) {
        for (String place : places(text)) {
            if (!values.containsKey(place)) {
                throw new InvalidInputException("tekst [" + key + "]", "onbekende invulplaats {" + place + "}; bekend zijn: "
                        + String.join(", ", values.keySet().stream().sorted().map(p -> "{" + p + "}").toList()));
            }
        }
        Matcher optional = OPTIONAL.matcher(text);
        StringBuilder out = new StringBuilder();
        while (optional.find()) {
            String part = optional.group(1);
            boolean complete = places(part).stream().allMatch(p -> present(values.get(p)));
            optional.appendReplacement(out, Matcher.quoteReplacement(complete ? replace(part, values) : ""));
        }
        optional.appendTail(out);
        return replace(out.toString(), values);
    }

    /** The places a text uses, in order of appearance. */
    public static Set<String> places(String text) {
        Set<String> places = new LinkedHashSet<>();
        Matcher m = PLACE.matcher(text);
        while (m.find()) {
            places.add(m.group(1));
        }
        return places;
    }

    private static String replace(String text, Map<String, String> values) {
        Matcher m = PLACE.matcher(text);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            String v = values.get(m.group(1));
            m.appendReplacement(out, Matcher.quoteReplacement(v == null ? "" : v));
        }
        m.appendTail(out);
        return out.toString();
    }

    private static boolean present(String v) {
        return v != null && !v.isBlank();
    }
}
