package nl.openbaar.detection.internal;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Marks headings and timestamps as public, so that no recognizer takes them for personal data: a heading word and
 * its number ("Antwoord 1", "Vraag 3:", "Bijlage 2") is no street address, and a chat's "[12-03-2024 09:15]" or a
 * meeting's "10:42" is no phone number.
 */
public final class HeadingAndTimeRecognizer implements Recognizer {

    /** A date with a time ("12-03-2024 09:15", "[12/03/2024, 09:15:07]") or a time on its own ("10:42", "9.15 uur" not). */
    private static final Pattern TIMESTAMP = Pattern.compile(
            "\\[?(?:\\d{1,2}[-/.]\\d{1,2}[-/.]\\d{2,4},?\\s{1,2}|\\d{4}-\\d{2}-\\d{2}[ T])?(?<h>[012]?\\d):(?<m>[0-5]\\d)(?::[0-5]\\d)?\\]?");

    private final OrganisationWords words;

    public HeadingAndTimeRecognizer(OrganisationWords words) {
        this.words = words;
    }

    @Override
    public void recognize(PageScan scan) {
        headings(scan);
        timestamps(scan);
    }

    private void headings(PageScan scan) {
        Tokens t = scan.tokens;
        for (int i = 0; i + 1 < t.size; i++) {
            if (t.kind[i] != Tokens.WORD || t.kind[i + 1] != Tokens.NUMBER || t.line[i + 1] != t.line[i]
                    || (words.flags(scan.text, t.start[i], t.end[i]) & OrganisationWords.HEADING) == 0) {
                continue;
            }
            int end = i + 1;
            // "Vraag 3a", "Bijlage 2.1"
            while (end + 2 < t.size && t.isChar(end + 1, '.') && t.kind[end + 2] == Tokens.NUMBER && t.adjacent(end, end + 1)
                    && t.adjacent(end + 1, end + 2)) {
                end += 2;
            }
            if (end + 1 < t.size && t.isWord(end + 1) && t.length(end + 1) == 1 && t.adjacent(end, end + 1)) {
                end++;
            }
            scan.publicSpans.add(new PublicSpan(t.start[i], t.end[end], PublicSpan.Kind.HEADING, "kop: " + t.str(i)));
            i = end;
        }
    }

    private static void timestamps(PageScan scan) {
        String text = scan.text;
        Matcher m = TIMESTAMP.matcher(text).useTransparentBounds(true);
        // only around a colon between digits: the pattern itself is too slow to run over every character of a document
        for (int colon = text.indexOf(':'); colon >= 0; colon = text.indexOf(':', colon + 1)) {
            if (colon == 0 || colon + 2 >= text.length() || !Character.isDigit(text.charAt(colon - 1))
                    || !Character.isDigit(text.charAt(colon + 1))) {
                continue;
            }
            m.region(Math.max(0, colon - 20), Math.min(text.length(), colon + 8));
            boolean found = m.find();
            while (found && m.end() <= colon) {
                found = m.find();
            }
            if (!found || m.start() > colon) {
                continue;
            }
            int end = m.end();
            int h = Integer.parseInt(m.group("h"));
            boolean wordBefore = m.start() > 0 && Character.isLetterOrDigit(scan.text.charAt(m.start() - 1));
            boolean wordAfter = m.end() < scan.text.length() && Character.isLetterOrDigit(scan.text.charAt(m.end()));
            if (h > 24 || wordBefore || wordAfter) {
                continue;
            }
            scan.publicSpans.add(new PublicSpan(m.start(), end, PublicSpan.Kind.TIMESTAMP, "tijdstip"));
            colon = end;
        }
    }
}
