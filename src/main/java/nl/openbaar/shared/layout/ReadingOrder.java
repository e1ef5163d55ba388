package nl.openbaar.shared.layout;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Reads a document's pages as a person does and writes its {@link DocumentText}: lines found from the word
 * boxes ({@link TextLines}), grouped into blocks and ordered by columns and bands ({@link TextBlocks}), running
 * headers and footers set apart, and each line break judged: wrapped (soft) or deliberate (hard).
 *
 * <p>A line was wrapped when the first word of the next line would not have fitted at its end. The same test
 * decides whether the last line of a column flows on into the next column, or the last line of a page onto the
 * next page. A word hyphenated at a wrapped line end is joined again: "Berg-" + "Schouten" reads
 * "Berg-Schouten" (a capital or a name's interfix keeps the hyphen), "gemeente-" + "raad" reads "gemeenteraad".
 */
public final class ReadingOrder {

    private static final Pattern PAGE_NUMBER = Pattern.compile(
            "(?:(?:pagina|page|blad|p\\.)\\s*)?[-–]?\\s*#+\\s*[-–]?(?:\\s*(?:van|of|/)\\s*#+)?");
    private static final Set<String> INTERFIXES = Set.of("de", "den", "der", "van", "ter", "ten", "te", "het", "in", "op",
            "la", "le", "du", "da", "di", "del", "des", "dos", "el", "al", "bin", "ben", "von", "zu", "vande", "vander");
    /** Running headers and footers live in this share of the page height at the top and at the bottom. */
    private static final double MARGIN = 0.1;
    private static final double SPACE = 0.25;

    private ReadingOrder() {
    }

    public static DocumentText of(List<PageLayout> pages) {
        List<List<TextBlock>> perPage = new ArrayList<>(pages.size());
        for (int p = 0; p < pages.size(); p++) {
            perPage.add(TextBlocks.of(p, TextLines.of(p, pages.get(p)), pages.get(p).words(), pages.get(p).cells()));
        }
        markRunning(pages, perPage);
        List<TextBlock> body = new ArrayList<>();
        List<TextBlock> running = new ArrayList<>();
        for (List<TextBlock> blocks : perPage) {
            for (TextBlock b : blocks) {
                (b.running ? running : body).add(b);
            }
        }
        DocumentText.Builder out = new DocumentText.Builder(pages);
        new Writer(pages, out).write(body, true);
        out.blockBreak();
        new Writer(pages, out).write(running, false);
        return out.build();
    }

    /**
     * The header of every written cell: the text of the top cell of its column (cells of one column share their
     * left and right lines and follow each other without a gap). A table that runs on over the next page keeps its
     * header: when the top cell there is not the header repeated, it is data under the previous page's header.
     */
    static List<TableCell> headers(List<PageLayout> pages, List<int[]> written, String text) {
        List<TableCell> out = new ArrayList<>(written.size());
        if (written.isEmpty()) {
            return out;
        }
        // per page: cell index -> its written text (cells may be written in several pieces: the first one counts)
        Map<Long, String> texts = new HashMap<>();
        for (int[] w : written) {
            texts.putIfAbsent(((long) w[0] << 32) | w[1], text.substring(w[2], w[3]).strip());
        }
        Map<Long, String> headerOf = new HashMap<>();
        Map<String, String> previousPage = Map.of();
        for (int p = 0; p < pages.size(); p++) {
            List<Box> cells = pages.get(p).cells();
            if (cells.isEmpty()) {
                previousPage = Map.of();
                continue;
            }
            double height = pages.get(p).height();
            Map<String, List<Integer>> columns = new HashMap<>();
            double top = Double.MAX_VALUE;
            double bottom = -Double.MAX_VALUE;
            for (int i = 0; i < cells.size(); i++) {
                Box c = cells.get(i);
                columns.computeIfAbsent(Math.round(c.x()) + ":" + Math.round(c.right()), k -> new ArrayList<>()).add(i);
                top = Math.min(top, c.y());
                bottom = Math.max(bottom, c.bottom());
            }
            // a table runs on from the previous page when that page's table reached its foot, this one starts at the
            // head of the page, and the columns are the same ones
            boolean runsOn = !previousPage.isEmpty() && top < 0.3 * height && previousPage.keySet().equals(firstRow(cells, top));
            Map<String, String> thisPage = new HashMap<>();
            for (Map.Entry<String, List<Integer>> e : columns.entrySet()) {
                List<Integer> column = e.getValue();
                column.sort((a, b) -> Double.compare(cells.get(a).y(), cells.get(b).y()));
                String header = null;
                for (int k = 0; k < column.size(); k++) {
                    int i = column.get(k);
                    long key = ((long) p << 32) | i;
                    String own = texts.getOrDefault(key, "");
                    boolean head = k == 0 || cells.get(i).y() - cells.get(column.get(k - 1)).bottom() > 2;
                    if (head) {
                        String carried = runsOn && k == 0 && Math.abs(cells.get(i).y() - top) < 2 ? previousPage.get(e.getKey()) : null;
                        if (carried != null && !carried.equalsIgnoreCase(own)) {
                            header = carried; // the table runs on from the previous page: this cell is data
                            headerOf.put(key, header);
                        } else {
                            header = own;
                        }
                    } else {
                        headerOf.put(key, header);
                    }
                }
            }
            // what runs on to the next page: the columns of the table at the foot of this one, with their headers
            if (bottom > 0.7 * height) {
                for (Map.Entry<String, List<Integer>> e : columns.entrySet()) {
                    List<Integer> column = e.getValue();
                    int last = column.get(column.size() - 1);
                    if (Math.abs(cells.get(last).bottom() - bottom) < 2) {
                        long key = ((long) p << 32) | last;
                        String h = headerOf.getOrDefault(key, texts.get(key));
                        if (h != null && !h.isEmpty()) {
                            thisPage.put(e.getKey(), h);
                        }
                    }
                }
            }
            previousPage = thisPage;
        }
        for (int[] w : written) {
            long key = ((long) w[0] << 32) | w[1];
            out.add(new TableCell(w[2], w[3], pages.get(w[0]).number(), headerOf.get(key)));
        }
        return out;
    }

    /** Blocks of one or two lines in the top or bottom margin that repeat on other pages, and page numbers. */
    private static void markRunning(List<PageLayout> pages, List<List<TextBlock>> perPage) {
        if (pages.size() < 2) {
            return;
        }
        Map<String, Set<Integer>> seen = new HashMap<>();
        Map<TextBlock, String> keys = new HashMap<>();
        for (int p = 0; p < pages.size(); p++) {
            PageLayout page = pages.get(p);
            for (TextBlock b : perPage.get(p)) {
                if (b.lines.size() <= 2 && (b.bottom <= MARGIN * page.height() || b.top >= (1 - MARGIN) * page.height())) {
                    String key = key(b, page);
                    keys.put(b, key);
                    seen.computeIfAbsent(key, k -> new HashSet<>()).add(p);
                }
            }
        }
        keys.forEach((b, key) -> b.running = seen.get(key).size() >= 2 || PAGE_NUMBER.matcher(key).matches());
    }

    /** The block's text in lower case with digits as '#': the same on every page for a running header. */
    private static String key(TextBlock b, PageLayout page) {
        StringBuilder s = new StringBuilder();
        for (TextLine l : b.lines) {
            for (int k = 0; k < l.size; k++) {
                if (!s.isEmpty()) {
                    s.append(' ');
                }
                s.append(page.words().get(l.words[k]).text());
            }
        }
        return s.toString().toLowerCase(Locale.ROOT).replaceAll("\\d+", "#").strip();
    }

    /** The column keys of the cells in a page's first row of cells. */
    private static Set<String> firstRow(List<Box> cells, double top) {
        Set<String> keys = new HashSet<>();
        for (Box c : cells) {
            if (Math.abs(c.y() - top) < 2) {
                keys.add(Math.round(c.x()) + ":" + Math.round(c.right()));
            }
        }
        return keys;
    }

    /** Writes blocks into the builder, deciding at every line end how the text goes on. */
    private static final class Writer {
        private final List<PageLayout> pages;
        private final DocumentText.Builder out;

        Writer(List<PageLayout> pages, DocumentText.Builder out) {
            this.pages = pages;
            this.out = out;
        }

        void write(List<TextBlock> blocks, boolean flowing) {
            for (int i = 0; i < blocks.size(); i++) {
                TextBlock b = blocks.get(i);
                int start = out.length();
                for (int k = 0; k < b.lines.size(); k++) {
                    TextLine line = b.lines.get(k);
                    TextLine next = k + 1 < b.lines.size() ? b.lines.get(k + 1) : null;
                    boolean wrapped = next != null && wrapped(line, b.available, next);
                    if (next == null && flowing && i + 1 < blocks.size() && flowsInto(b, blocks.get(i + 1))) {
                        next = blocks.get(i + 1).firstLine();
                        wrapped = true;
                    }
                    boolean joined = writeLine(line, wrapped ? next : null);
                    if (!joined) {
                        if (wrapped) {
                            out.lineBreak(true);
                        } else if (next != null) {
                            out.lineBreak(false);
                        } else {
                            out.blockBreak();
                        }
                    }
                }
                if (b.cell >= 0) {
                    out.cell(b.page, b.cell, start);
                }
            }
        }

        /**
         * Writes a line's words; when the line ends in a hyphenated word that {@code next} completes, the
         * hyphen is dropped or kept and true is returned (no line break follows).
         */
        private boolean writeLine(TextLine line, TextLine next) {
            List<LaidOutWord> words = pages.get(line.page).words();
            boolean joined = next != null && hyphenJoin(words.get(line.last()).text(), firstWord(next).text());
            for (int k = 0; k < line.size; k++) {
                String t = words.get(line.words[k]).text();
                out.space();
                if (k == line.size - 1 && joined) {
                    boolean keep = keepHyphen(t, firstWord(next).text());
                    out.word(line.page, line.words[k], 0, keep ? t.length() : t.length() - 1);
                } else {
                    out.word(line.page, line.words[k], 0, t.length());
                }
            }
            if (joined) {
                out.glue(); // the next line's first word completes this one: no space, no line break
            }
            return joined;
        }

        private LaidOutWord firstWord(TextLine l) {
            return pages.get(l.page).words().get(l.first());
        }

        /**
         * The first word of the next line would not have fitted at the end of this one, or this line ends in a
         * word hyphenated for the next (nobody ends a line on "Berg-" by choice).
         */
        private boolean wrapped(TextLine line, double available, TextLine next) {
            if (hyphenJoin(pages.get(line.page).words().get(line.last()).text(), firstWord(next).text())) {
                return true;
            }
            double first = firstWord(next).box().width();
            return line.right + SPACE * line.height() + first > available - 0.1 * line.height();
        }

        /** The text of block a goes on in block b: b is the next column, or the top of the next page. */
        private boolean flowsInto(TextBlock a, TextBlock b) {
            if (a.cell >= 0 || b.cell >= 0) {
                return false; // a cell's text ends in its cell
            }
            boolean nextColumn = a.page == b.page && b.top < a.bottom - a.lastLine().height() && b.left >= a.left + (a.right - a.left) / 2;
            boolean nextPage = b.page == a.page + 1;
            return (nextColumn || nextPage) && wrapped(a.lastLine(), a.available, b.firstLine());
        }
    }

    /** "Berg-" then "Schouten": a word hyphenated at the line end, completed on the next line. */
    static boolean hyphenJoin(String last, String first) {
        int n = last.length();
        if (n < 3 || first.isEmpty() || !Character.isLetter(first.charAt(0))) {
            return false;
        }
        char h = last.charAt(n - 1);
        return (h == '-' || h == '\u00ad' || h == '\u2010') && Character.isLetter(last.charAt(n - 2));
    }

    /** A capital, a name's interfix ("Jansen-de Vries") or an address keeps the hyphen; a soft hyphen never does. */
    static boolean keepHyphen(String last, String first) {
        if (last.charAt(last.length() - 1) == '\u00ad') {
            return false;
        }
        if (Character.isUpperCase(first.charAt(0)) || INTERFIXES.contains(first.toLowerCase(Locale.ROOT))) {
            return true;
        }
        return addressLike(last) || addressLike(first);
    }

    private static boolean addressLike(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '@' || c == '.' || c == '_' || Character.isDigit(c)) {
                return true;
            }
        }
        return false;
    }
}
