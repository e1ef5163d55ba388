package nl.openbaar.tools.detection;

import java.util.ArrayList;
import java.util.List;

/**
 * Rebuilds running text from a CoNLL document's tokens, cut into pages of a few hundred tokens, with each
 * token's character range and the person entities as token ranges. Tokens are joined the way text is written:
 * no space before closing punctuation ("Smit ," becomes "Smit,"), none after an opening bracket; one sentence a
 * line. A long sentence (a file without sentence breaks) is cut after a token ending in a full stop, never
 * inside an entity.
 */
final class ConllPages {

    /** Pages are cut at a sentence end once this many tokens are on the page. */
    static final int PAGE_TOKENS = 400;
    /** Without a sentence end, a page is cut here anyway (outside an entity). */
    static final int MAX_PAGE_TOKENS = 700;

    /**
     * @param tokens  the tokens on the page, as written in the file
     * @param start   character offset of each token in {@code text}
     * @param end     character end of each token
     * @param persons person entities as token ranges {from, to} (to exclusive), page-relative
     */
    record Page(String text, List<String> tokens, int[] start, int[] end, List<int[]> persons) {
    }

    private ConllPages() {
    }

    static List<Page> of(ConllCorpus.Document document) {
        List<Page> pages = new ArrayList<>();
        Builder b = new Builder();
        for (ConllCorpus.Sentence s : document.sentences()) {
            int[] entityEnd = new int[s.tokens().size()];
            for (ConllCorpus.Entity e : s.entities()) {
                for (int k = e.from(); k < e.to() - 1; k++) {
                    entityEnd[k] = 1; // a cut after token k would split the entity
                }
            }
            if (b.size() > 0) {
                b.newLine();
            }
            for (int k = 0; k < s.tokens().size(); k++) {
                for (ConllCorpus.Entity e : s.entities()) {
                    if (e.from() == k && e.isPerson()) {
                        b.openPerson(e.to() - e.from());
                    }
                }
                String tok = s.tokens().get(k);
                b.add(tok);
                boolean insideEntity = entityEnd[k] == 1;
                if (!insideEntity && k < s.tokens().size() - 1
                        && (b.size() >= MAX_PAGE_TOKENS || b.size() >= PAGE_TOKENS && tok.endsWith("."))) {
                    pages.add(b.page());
                    b = new Builder();
                }
            }
            if (b.size() >= PAGE_TOKENS) {
                pages.add(b.page());
                b = new Builder();
            }
        }
        if (b.size() > 0) {
            pages.add(b.page());
        }
        return pages;
    }

    private static final class Builder {
        final StringBuilder text = new StringBuilder();
        final List<String> tokens = new ArrayList<>();
        int[] start = new int[64];
        int[] end = new int[64];
        final List<int[]> persons = new ArrayList<>();
        boolean lineStart = true;
        boolean glueNext;

        int size() {
            return tokens.size();
        }

        void newLine() {
            text.append('\n');
            lineStart = true;
            glueNext = false;
        }

        void openPerson(int length) {
            persons.add(new int[] {tokens.size(), tokens.size() + length});
        }

        void add(String tok) {
            if (!lineStart && !glueNext && !closing(tok)) {
                text.append(' ');
            }
            lineStart = false;
            int n = tokens.size();
            if (n == start.length) {
                start = java.util.Arrays.copyOf(start, n * 2);
                end = java.util.Arrays.copyOf(end, n * 2);
            }
            start[n] = text.length();
            text.append(tok);
            end[n] = text.length();
            tokens.add(tok);
            glueNext = opening(tok);
        }

        Page page() {
            int n = tokens.size();
            return new Page(text.toString(), List.copyOf(tokens), java.util.Arrays.copyOf(start, n),
                    java.util.Arrays.copyOf(end, n), List.copyOf(persons));
        }

        private static boolean closing(String tok) {
            for (int i = 0; i < tok.length(); i++) {
                if (".,;:!?)]}%»”".indexOf(tok.charAt(i)) < 0) {
                    return false;
                }
            }
            return true;
        }

        private static boolean opening(String tok) {
            return tok.length() == 1 && "([{«„“".indexOf(tok.charAt(0)) >= 0;
        }
    }
}
