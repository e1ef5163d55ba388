package nl.openbaar.redaction.internal;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;
import java.util.stream.Collectors;
import nl.openbaar.redaction.model.PageBox;
import nl.openbaar.redaction.model.SearchMode;
import nl.openbaar.shared.InvalidInputException;
import nl.openbaar.shared.layout.Box;
import nl.openbaar.shared.layout.PageLayout;

/**
 * Finds a word, a phrase or a pattern in a document's pages and gives the boxes under each hit. Pure: works on the
 * pages' reading-order text and word boxes. A pattern runs on a text that stops it after a fixed amount of work, so a
 * pattern that backtracks without end gives a clear error instead of a hanging request.
 */
public final class TextSearch {

    /** Enough for any real search of a case; a pattern that needs more backtracks without end. */
    private static final long MAX_STEPS = 50_000_000L;
    private static final int MAX_QUERY = 200;

    private final Pattern pattern;

    public TextSearch(String query, SearchMode mode) {
        if (query == null || query.isBlank()) {
            throw new InvalidInputException("q", "wat zoekt u? (de zoekterm ontbreekt)");
        }
        String q = query.strip();
        if (q.length() > MAX_QUERY) {
            throw new InvalidInputException("q", "een zoekterm is hoogstens " + MAX_QUERY + " tekens");
        }
        String regex = switch (mode) {
            case WORD -> {
                if (q.contains(" ")) {
                    throw new InvalidInputException("q", "een woord heeft geen spaties; zoek op 'zin' voor meer woorden");
                }
                yield bounded(Pattern.quote(q));
            }
            case PHRASE -> bounded(Arrays.stream(q.split("\\s+")).map(Pattern::quote).collect(Collectors.joining("\\s+")));
            case PATTERN -> q;
        };
        try {
            pattern = Pattern.compile(regex, Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
        } catch (PatternSyntaxException e) {
            throw new InvalidInputException("q", "het patroon klopt niet: " + e.getDescription() + " (bij teken " + e.getIndex() + ")");
        }
        if (mode == SearchMode.PATTERN && pattern.matcher("").matches()) {
            throw new InvalidInputException("q", "dit patroon past ook op niets; maak het specifieker");
        }
    }

    private static String bounded(String inner) {
        return "(?<![\\p{L}\\p{N}])" + inner + "(?![\\p{L}\\p{N}])";
    }

    /** A hit on one page: the text found, a few words around it, and its boxes. */
    public record Hit(int page, String text, String context, List<PageBox> areas) {
    }

    public List<Hit> find(List<PageLayout> pages) {
        List<Hit> hits = new ArrayList<>();
        for (PageLayout p : pages) {
            Matcher m = pattern.matcher(new Bounded(p.text()));
            while (m.find()) {
                if (m.end() == m.start()) {
                    continue;
                }
                List<Box> boxes = p.boxes(m.start(), m.end());
                if (boxes.isEmpty()) {
                    continue;
                }
                String found = p.text().substring(m.start(), m.end()).replaceAll("\\s+", " ");
                hits.add(new Hit(p.number(), found, context(p.text(), m.start(), m.end()),
                        boxes.stream().filter(b -> b.width() > 0).map(b -> new PageBox(p.number(), b)).toList()));
            }
        }
        return hits;
    }

    private static String context(String text, int start, int end) {
        int from = Math.max(0, start - 40);
        int to = Math.min(text.length(), end + 40);
        while (from > 0 && from < start && !Character.isWhitespace(text.charAt(from - 1))) {
            from++;
        }
        while (to < text.length() && to > end && !Character.isWhitespace(text.charAt(to))) {
            to--;
        }
        return ((from > 0 ? "… " : "") + text.substring(from, to) + (to < text.length() ? " …" : "")).replaceAll("\\s+", " ");
    }

    /** A page's text that stops a pattern after too many steps. */
    private static final class Bounded implements CharSequence {
        private final String text;
        private long steps;

        Bounded(String text) {
            this.text = text;
        }

        @Override
        public int length() {
            return text.length();
        }

        @Override
        public char charAt(int index) {
            if (++steps > MAX_STEPS) {
                throw new InvalidInputException("q", "dit patroon kost te veel rekenwerk; maak het eenvoudiger");
            }
            return text.charAt(index);
        }

        @Override
        public CharSequence subSequence(int start, int end) {
            return text.subSequence(start, end);
        }

        @Override
        public String toString() {
            return text;
        }
    }
}
