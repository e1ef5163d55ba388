package nl.openbaar.detection.internal;

import java.util.ArrayList;
import java.util.List;
import nl.openbaar.detection.model.KnownPerson;

/** Splits the tokens of a name that was found with confidence into first name, initials, interfix and surname. */
final class NameParts {

    private NameParts() {
    }

    /**
     * @param from first token of the name
     * @param to   token after the name
     * @param surnameFirst true for "Verbeek, Lotte" (surname, comma, the rest)
     */
    static KnownPerson of(Tokens t, int from, int to, String source) {
        int comma = -1;
        for (int i = from; i < to; i++) {
            if (t.isChar(i, ',')) {
                comma = i;
                break;
            }
        }
        if (comma > from) {
            // "Verbeek, Lotte" / "Heuvel, Ingrid van den" / "Smit, D."
            KnownPerson rest = ofForward(t, comma + 1, to, source, false);
            StringBuilder surname = new StringBuilder();
            List<String> interfix = new ArrayList<>();
            for (int i = from; i < comma; i++) {
                if (!t.isWord(i)) {
                    continue;
                }
                if (t.has(i, Lexicon.INTERFIX) && !t.shape(i, Tokens.CAPITALISED)) {
                    interfix.add(t.str(i));
                } else {
                    surname.append(surname.isEmpty() ? "" : " ").append(t.str(i));
                }
            }
            String inter = !rest.interfix().isEmpty() ? rest.interfix() : String.join(" ", interfix);
            return new KnownPerson(rest.firstName(), rest.initials(), inter, surname.isEmpty() ? null : surname.toString(), source);
        }
        return ofForward(t, from, to, source, true);
    }

    private static KnownPerson ofForward(Tokens t, int from, int to, String source, boolean lastIsSurname) {
        // a double surname joined by a hyphen ("E.J.M. Kuijpers-van Leeuwen"): the word before the hyphen starts it
        for (int k = from; k + 1 < to; k++) {
            if (t.isWord(k) && t.isChar(k + 1, '-') && t.touching(k, k + 1) && k + 2 < to) {
                int first = k;
                List<String> interfix = new ArrayList<>();
                while (first - 1 >= from && t.isWord(first - 1) && t.has(first - 1, Lexicon.INTERFIX)
                        && !t.shape(first - 1, Tokens.CAPITALISED)) {
                    first--;
                    interfix.add(0, t.str(first).toLowerCase(java.util.Locale.ROOT));
                }
                KnownPerson given = first > from ? ofForward(t, from, first, source, false) : null;
                String surname = t.text.substring(t.start[k], t.end[to - 1]).replaceAll("\\s+", " ");
                return new KnownPerson(given == null ? null : given.firstName(), given == null ? "" : given.initials(),
                        String.join(" ", interfix), surname, source);
            }
        }
        StringBuilder initials = new StringBuilder();
        List<String> firsts = new ArrayList<>();
        List<String> interfix = new ArrayList<>();
        List<String> rest = new ArrayList<>();
        for (int i = from; i < to; i++) {
            if (t.isWord(i) && t.length(i) == 1 && t.shape(i, Tokens.CAPITALISED) && t.isChar(i + 1, '.')) {
                initials.append(t.str(i)).append('.');
            } else if (t.isWord(i) && t.has(i, Lexicon.INTERFIX) && (!t.shape(i, Tokens.CAPITALISED) || !rest.isEmpty()
                    || !firsts.isEmpty() || !initials.isEmpty()) && (!lastIsSurname || i + 1 < to)) {
                interfix.add(t.str(i).toLowerCase(java.util.Locale.ROOT));
            } else if (t.isWord(i)) {
                if (interfix.isEmpty()) {
                    firsts.add(t.str(i));
                } else {
                    rest.add(t.str(i));
                }
            }
        }
        String surname = null;
        if (!rest.isEmpty()) {
            surname = String.join(" ", rest);
        } else if (lastIsSurname && (firsts.size() > 1 || !initials.isEmpty() && !firsts.isEmpty())) {
            surname = firsts.remove(firsts.size() - 1);
        } else if (lastIsSurname && firsts.size() == 1 && !initials.isEmpty()) {
            surname = firsts.remove(0);
        }
        String first = firsts.isEmpty() ? null : String.join(" ", firsts);
        return new KnownPerson(first, initials.toString(), String.join(" ", interfix), surname, source);
    }
}
