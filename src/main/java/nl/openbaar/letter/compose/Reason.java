package nl.openbaar.letter.compose;

import java.util.List;
import java.util.Locale;

/**
 * A reason as a case handler types it ("de omvang van de informatie vergt meer tijd", "Gelet op de omvang van de
 * gevraagde informatie is meer tijd nodig.", "vanwege het aantal betrokken derden"), placed so the letter reads as
 * Dutch: a clause after "omdat", a phrase after a comma, or a sentence of its own. Putting a whole sentence after
 * "omdat" gave "omdat Gelet op de omvang …".
 *
 * @param clause   the reason as a subordinate clause ("omdat {reden}"), or null
 * @param phrase   the reason as a prepositional phrase (", {redenbepaling}"), or null
 * @param sentence the reason as a sentence of its own (". {redenzin}"), ending in a full stop, or null
 */
public record Reason(String clause, String phrase, String sentence) {

    private static final List<String> PREPOSITIONS = List.of("gelet op ", "gezien ", "vanwege ", "wegens ", "in verband met ",
            "door ", "met het oog op ", "op grond van ", "naar aanleiding van ", "als gevolg van ", "om reden van ");

    public static Reason of(String typed) {
        if (typed == null || typed.isBlank()) {
            return new Reason(null, null, null);
        }
        String t = typed.strip().replaceAll("\\s+", " ");
        String lower = t.toLowerCase(Locale.ROOT);
        if (lower.startsWith("omdat ")) {
            return new Reason(withoutFinalStop(t.substring(6).strip()), null, null);
        }
        for (String p : PREPOSITIONS) {
            if (lower.startsWith(p) && Character.isLowerCase(t.charAt(0))) {
                return new Reason(null, withoutFinalStop(t), null);
            }
        }
        boolean capitalised = Character.isUpperCase(t.charAt(0)) && t.length() > 1 && Character.isLowerCase(t.charAt(1));
        if (capitalised) {
            return new Reason(null, null, endsAsSentence(t) ? t : t + ".");
        }
        return new Reason(withoutFinalStop(t), null, null);
    }

    /** The places a letter text fills with this reason. */
    String[] places() {
        return new String[] {"reden", clause, "redenbepaling", phrase, "redenzin", sentence};
    }

    private static boolean endsAsSentence(String s) {
        return s.endsWith(".") || s.endsWith("!") || s.endsWith("?");
    }

    private static String withoutFinalStop(String s) {
        return s.endsWith(".") ? s.substring(0, s.length() - 1).strip() : s;
    }
}
