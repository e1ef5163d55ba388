package nl.openbaar.detection.internal;

import java.util.ArrayList;
import java.util.List;
import nl.openbaar.detection.model.Category;

/**
 * A job title attached to a redacted name ("Lotte Verbeek / Beleidsmedewerker informatiebeleid",
 * "Daan Smit, senior adviseur"): on the name's line after a comma, bar or bracket, or on the line below a
 * name that ends its line. A title that stands alone ("Aan: plv. directeur") is left: without the name it
 * describes a function, and senior functions are public.
 */
public final class JobTitleRecognizer implements Recognizer {

    private static final int MAX_WORDS = 6;

    @Override
    public void recognize(PageScan scan) {
        Tokens t = scan.tokens;
        List<Span> names = new ArrayList<>();
        for (Span s : scan.spans) {
            if (s.category() == Category.PERSON_NAME && s.score() >= 0.5) {
                names.add(s);
            }
        }
        for (Span name : names) {
            int last = PhoneRecognizer.tokenBefore(t, name.end());
            if (last < 0) {
                continue;
            }
            int k = last + 1;
            if (k < t.size && t.line[k] == t.line[last]) {
                if (t.isChar(k, ',') || t.isChar(k, '|') || t.isChar(k, '(') || t.isChar(k, '-') || t.isChar(k, '\u2013')) {
                    title(scan, k + 1, t.line[last], name);
                }
                continue;
            }
            // the name ends its line: the next line may hold the function
            if (k < t.size && t.line[k] == t.line[last] + 1) {
                title(scan, k, t.line[k], name);
            }
        }
    }

    private static void title(PageScan scan, int from, int ln, Span name) {
        Tokens t = scan.tokens;
        if (from >= t.size || t.line[from] != ln || !t.isWord(from)
                || !scan.lexicon.isJobWord(scan.text, t.start[from], t.end[from])) {
            return;
        }
        if (t.has(from, Lexicon.OFFICE) && !t.has(from, Lexicon.JOB)) {
            return;
        }
        int last = from;
        int words = 0;
        for (int k = from; k < t.size && t.line[k] == ln && words < MAX_WORDS; k++) {
            if (t.isChar(k, ',') || t.isChar(k, '|') || t.isChar(k, ')') || t.isChar(k, ';') || t.isChar(k, '@')
                    || t.is(k, Tokens.NUMBER)) {
                break;
            }
            if (t.isWord(k)) {
                if (t.shape(k, Tokens.CAPITALISED) && t.has(k, Lexicon.ORGANISATION) && k > from) {
                    break; // "adviseur Directie Digitale Overheid": the unit is not the function
                }
                words++;
            }
            last = k;
        }
        while (last > from && !t.isWord(last)) {
            last--;
        }
        scan.add(new Span(t.start[from], t.end[last], Category.JOB_TITLE, Math.min(0.9, name.score()), "jobtitle",
                name.subject(), "functie bij een naam", false));
    }
}
