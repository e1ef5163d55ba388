package nl.openbaar.publication.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nl.openbaar.publication.model.BundlePart;
import nl.openbaar.publication.model.FileKind;

/**
 * Splits a published bundle (decision, inventory and documents in one PDF) into its parts, from the text of its pages
 * and its bookmarks. The rules, strongest first:
 * <ol>
 * <li><b>Bookmarks</b>: when the file has at least two top-level bookmarks on increasing pages, each starts a part;
 * a title with "inventaris" is the inventory, the first part is the decision, a part titled "bijlage" before the
 * inventory stays with the decision, the others are documents numbered by the first number in their title.</li>
 * <li><b>The inventory</b>: pages headed "inventaris…" with lines that start with a number and hold a judgement
 * (openbaar, deels openbaar, niet openbaar, reeds openbaar); its lines give each document's number, date, title,
 * judgement and grounds. Everything before the first inventory page is the decision.</li>
 * <li><b>The document number in the page header or footer</b> (the first three or last two lines):
 * "Document 12", "Documentnummer 12", "Doc. 12", "Nr. 12", "ID 1284562", or a bare number of four or more digits
 * that the inventory lists. A page whose number differs from the page before starts a document.</li>
 * <li>Without numbers on the pages: a page that begins with an <b>e-mail header</b> (Van/From followed by
 * Verzonden/Sent/Aan/To/Onderwerp/Subject), with <b>page numbering</b> at one ("pagina 1 van 3", "1/3"), or with a
 * <b>letterhead</b> (a ministry, municipality or province in the first lines, "Datum" below it) starts a document;
 * a page numbered "pagina 2 van 3" never does. A title of the inventory at the top of a page starts one too, and so
 * does a page without text after one with text, or the other way round (a scan begins or ends). The documents found are numbered
 * in the inventory's order, anchored on the dates they show ({@link InventoryAlignment}); documents the inventory
 * calls "niet openbaar" or "reeds openbaar" are not looked for.</li>
 * </ol>
 * Where the inventory and the split disagree (a number listed but not found, more documents found than listed) the
 * split says so in its warnings: a person looks before importing.
 */
public final class BundleSplitter {

    /** A top-level bookmark: its title and the page (from 1) it points at. */
    public record Bookmark(String title, int page) {
    }

    /** A line of the inventory. */
    public record Row(String number, LocalDate date, String title, String judgement, String grounds) {
    }

    public record Result(List<BundlePart> parts, Map<String, Row> inventory, List<String> warnings) {
    }

    static final Pattern JUDGEMENT = Pattern.compile("(?iu)\\b(reeds openbaar|deels openbaar|gedeeltelijk openbaar|niet openbaar|openbaar)\\b");
    private static final Pattern ROW = Pattern.compile("(?iu)^\\s*(\\d{1,8})[.)]?\\s+(.+?)\\s+(reeds openbaar|deels openbaar|gedeeltelijk openbaar"
            + "|niet openbaar|openbaar)\\b[\\s|;,]*(.*)$");
    private static final Pattern GROUND = Pattern.compile("(?<![\\p{L}\\d.])(\\d{1,2}(?:\\.\\d{1,2}){1,2}(?:\\.?[a-l])?)(?![\\p{L}\\d])");
    private static final Pattern STAMP = Pattern.compile("(?iu)^\\s*(?:document(?:nummer|nr\\.?)?|doc\\.?|nr\\.?|id)\\s*[:.#]?\\s*(\\d{1,8})\\s*$");
    private static final Pattern BARE_NUMBER = Pattern.compile("^\\s*(\\d{4,8})\\s*$");
    private static final Pattern MAIL_FROM = Pattern.compile("(?iu)^\\s*(van|from)\\s*:");
    private static final Pattern MAIL_FIELD = Pattern.compile("(?iu)^\\s*(verzonden|sent|aan|to|onderwerp|subject|datum|date)\\s*:");
    private static final Pattern PAGE_OF = Pattern.compile("(?iu)^\\s*(?:pagina|page|blad)?\\s*(\\d{1,4})\\s*(?:van|of|/)\\s*(\\d{1,4})\\s*$");
    private static final Pattern ISSUER = Pattern.compile("(?iu)^\\s*(ministerie van|gemeente|provincie|waterschap|hoogheemraadschap"
            + "|rijkswaterstaat|autoriteit|college van)\\b");
    private static final Pattern DATUM = Pattern.compile("(?iu)^\\s*datum\\b");
    private static final Pattern INVENTORY_HEAD = Pattern.compile("(?iu)^\\s*(?:bijlage\\s*\\d*\\s*[:.-]?\\s*)?inventaris(?:lijst)?\\b");

    private BundleSplitter() {
    }

    public static Result split(List<String> pages, List<Bookmark> outline) {
        List<List<String>> lines = pages.stream().map(BundleSplitter::lines).toList();
        boolean[] inventoryPage = new boolean[pages.size()];
        Map<String, Row> rows = new LinkedHashMap<>();
        for (int i = 0; i < pages.size(); i++) {
            List<Row> found = rows(lines.get(i));
            boolean headed = lines.get(i).stream().limit(8).anyMatch(l -> INVENTORY_HEAD.matcher(l).find());
            boolean continues = i > 0 && inventoryPage[i - 1] && found.size() >= 2;
            if ((headed && !found.isEmpty()) || continues) {
                inventoryPage[i] = true;
                found.forEach(r -> rows.putIfAbsent(r.number(), r));
            }
        }
        List<String> warnings = new ArrayList<>();
        List<BundlePart> parts = fromOutline(outline, pages.size(), rows, lines);
        if (parts == null) {
            parts = fromPages(lines, inventoryPage, rows, warnings);
        }
        check(parts, rows, warnings);
        return new Result(parts, rows, warnings);
    }

    // --- bookmarks -------------------------------------------------------------------------------------------------

    private static List<BundlePart> fromOutline(List<Bookmark> outline, int pageCount, Map<String, Row> rows, List<List<String>> lines) {
        if (outline == null || outline.size() < 2) {
            return null;
        }
        for (int i = 0; i < outline.size(); i++) {
            int p = outline.get(i).page();
            if (p < 1 || p > pageCount || (i > 0 && p <= outline.get(i - 1).page())) {
                return null;
            }
        }
        List<BundlePart> parts = new ArrayList<>();
        boolean inventorySeen = false;
        int next = 1;
        for (int i = 0; i < outline.size(); i++) {
            Bookmark b = outline.get(i);
            int last = i + 1 < outline.size() ? outline.get(i + 1).page() - 1 : pageCount;
            int first = i == 0 ? 1 : b.page();
            String t = b.title() == null ? "" : b.title().toLowerCase(Locale.ROOT);
            if (t.contains("inventaris")) {
                parts.add(new BundlePart(FileKind.INVENTORY, first, last, null, "Inventarislijst", null, null, null, "bladwijzer"));
                inventorySeen = true;
            } else if (i == 0) {
                parts.add(new BundlePart(FileKind.DECISION, first, last, null, "Besluit", null, null, null, "bladwijzer"));
            } else if (!inventorySeen && t.startsWith("bijlage") && parts.getLast().kind() == FileKind.DECISION) {
                BundlePart d = parts.removeLast();
                parts.add(new BundlePart(FileKind.DECISION, d.firstPage(), last, null, d.title(), null, null, null, d.found()));
            } else {
                Matcher m = Pattern.compile("(\\d{1,8})").matcher(b.title() == null ? "" : b.title());
                String number = m.find() ? normalise(m.group(1)) : String.valueOf(next);
                next = Integer.parseInt(number.length() > 9 ? "0" : number) + 1;
                parts.add(document(number, first, last, rows, lines, "bladwijzer", b.title()));
            }
        }
        return parts;
    }

    // --- page text -------------------------------------------------------------------------------------------------

    private static List<BundlePart> fromPages(List<List<String>> lines, boolean[] inventoryPage, Map<String, Row> rows, List<String> warnings) {
        int n = lines.size();
        List<BundlePart> parts = new ArrayList<>();
        int firstInventory = -1;
        int lastInventory = -1;
        for (int i = 0; i < n; i++) {
            if (inventoryPage[i]) {
                if (firstInventory < 0) {
                    firstInventory = i;
                }
                lastInventory = i;
            }
        }
        String[] stamps = new String[n];
        int stamped = 0;
        for (int i = 0; i < n; i++) {
            if (!inventoryPage[i]) {
                stamps[i] = stamp(lines.get(i), rows);
                if (stamps[i] != null) {
                    stamped++;
                }
            }
        }
        // The decision: from page 1 to the inventory, or to the first page that is stamped or begins a document.
        int decisionEnd;
        if (firstInventory > 0) {
            decisionEnd = firstInventory - 1;
        } else {
            decisionEnd = 0;
            while (decisionEnd + 1 < n && stamps[decisionEnd + 1] == null && !inventoryPage[decisionEnd + 1]
                    && start(lines.get(decisionEnd + 1), rows) == null) {
                decisionEnd++;
            }
        }
        if (firstInventory != 0) {
            parts.add(new BundlePart(FileKind.DECISION, 1, decisionEnd + 1, null, "Besluit", null, null, null, "eerste pagina's"));
        }
        int from = decisionEnd + 1;
        if (firstInventory >= 0) {
            parts.add(new BundlePart(FileKind.INVENTORY, firstInventory + 1, lastInventory + 1, null, "Inventarislijst", null, null, null,
                    "kop 'inventaris' met regels per document"));
            from = Math.max(from, lastInventory + 1);
        }
        if (from >= n) {
            return parts;
        }
        boolean byStamp = stamped > 0;
        List<Integer> starts = new ArrayList<>();
        List<String> numbers = new ArrayList<>();
        List<String> how = new ArrayList<>();
        String current = null;
        for (int i = from; i < n; i++) {
            if (byStamp) {
                if (stamps[i] != null && !stamps[i].equals(current)) {
                    starts.add(i);
                    numbers.add(stamps[i]);
                    how.add("documentnummer op de pagina");
                    current = stamps[i];
                } else if (i == from) {
                    starts.add(i);
                    numbers.add(null);
                    how.add("eerste pagina na de inventaris");
                }
            } else {
                String signal = start(lines.get(i), rows);
                if (signal == null && i > from && lines.get(i).isEmpty() != lines.get(i - 1).isEmpty()) {
                    // A page without text among pages with text (or the other way round): a scan begins or ends.
                    signal = "overgang tussen tekst en scan";
                }
                if (signal != null || i == from) {
                    starts.add(i);
                    numbers.add(null);
                    how.add(signal != null ? signal : "eerste pagina na de inventaris");
                }
            }
        }
        if (!byStamp) {
            // In the inventory's order: the k-th document found is the k-th line of the inventory that can be in the
            // bundle (a document not made public, or public already, is listed but never included).
            List<String> listed = rows.values().stream().filter(BundleSplitter::inBundle).map(Row::number).toList();
            if (!listed.isEmpty() && listed.size() != starts.size()) {
                warnings.add("de inventaris noemt " + listed.size() + " documenten, de pagina's wijzen er " + starts.size()
                        + " aan: kijk de grenzen na");
            }
            List<LocalDate> dates = starts.stream().map(i -> mailDate(lines.get(i))).toList();
            List<LocalDate> listedDates = listed.stream().map(nr -> rows.get(nr).date()).toList();
            int[] row = InventoryAlignment.align(dates, listedDates);
            for (int k = 0; k < numbers.size(); k++) {
                numbers.set(k, row[k] >= 0 ? listed.get(row[k]) : String.valueOf(k + 1));
            }
        } else {
            int unnumbered = 0;
            for (int k = 0; k < numbers.size(); k++) {
                if (numbers.get(k) == null) {
                    numbers.set(k, "0");
                    unnumbered++;
                }
            }
            if (unnumbered > 0) {
                warnings.add("pagina " + (from + 1) + " en volgende tot het eerste documentnummer horen bij geen document van de"
                        + " inventaris: als document 0 opgenomen");
            }
        }
        for (int k = 0; k < starts.size(); k++) {
            int first = starts.get(k) + 1;
            int last = k + 1 < starts.size() ? starts.get(k + 1) : n;
            parts.add(document(numbers.get(k), first, last, rows, lines, how.get(k), null));
        }
        return parts;
    }

    private static BundlePart document(String number, int first, int last, Map<String, Row> rows, List<List<String>> lines, String how,
            String bookmark) {
        Row row = rows.get(number);
        List<String> firstPage = lines.get(first - 1);
        String title = row != null && row.title() != null && !row.title().isBlank() ? row.title()
                : bookmark != null && !bookmark.isBlank() ? bookmark.strip() : mailSubject(firstPage);
        if (title == null || title.isBlank()) {
            title = "Document " + number;
        }
        LocalDate date = row != null && row.date() != null ? row.date() : mailDate(firstPage);
        return new BundlePart(FileKind.DOCUMENT, first, last, number, title, row == null ? null : row.judgement(),
                row == null ? null : row.grounds(), date, how);
    }

    /** The document number printed on a page, or null. */
    static String stamp(List<String> lines, Map<String, Row> rows) {
        List<String> edge = new ArrayList<>(lines.subList(0, Math.min(3, lines.size())));
        edge.addAll(lines.subList(Math.max(lines.size() - 2, Math.min(3, lines.size())), lines.size()));
        for (String l : edge) {
            Matcher m = STAMP.matcher(l);
            if (m.matches()) {
                return normalise(m.group(1));
            }
        }
        for (String l : edge) {
            Matcher m = BARE_NUMBER.matcher(l);
            if (m.matches() && rows.containsKey(normalise(m.group(1)))) {
                return normalise(m.group(1));
            }
        }
        return null;
    }

    /**
     * Why this page begins a document (without numbers on the pages), or null when it does not: its page numbering,
     * its e-mail header or letterhead, or a title of the inventory at its top (a report or note begins with its title).
     */
    static String start(List<String> lines, Map<String, Row> rows) {
        String layout = start(lines);
        if (layout != null || lines.isEmpty() || isContinued(lines)) {
            return layout;
        }
        for (String l : lines.subList(0, Math.min(3, lines.size()))) {
            String top = comparable(l);
            if (top.length() >= 12 && rows.values().stream().anyMatch(r -> inBundle(r) && r.title() != null && comparable(r.title()).equals(top))) {
                return "titel uit de inventaris";
            }
        }
        return null;
    }

    private static boolean isContinued(List<String> lines) {
        return lines.stream().anyMatch(l -> {
            Matcher m = PAGE_OF.matcher(l);
            return m.matches() && Integer.parseInt(m.group(1)) > 1;
        });
    }

    private static String comparable(String text) {
        return text.toLowerCase(Locale.ROOT).replaceAll("[\\s\\p{Punct}]+", " ").strip();
    }

    static String start(List<String> lines) {
        List<String> head = lines.subList(0, Math.min(8, lines.size()));
        for (String l : head) {
            Matcher m = PAGE_OF.matcher(l);
            if (m.matches()) {
                return Integer.parseInt(m.group(1)) == 1 ? "paginanummering begint bij 1" : null;
            }
        }
        for (String l : lines.subList(Math.max(0, lines.size() - 3), lines.size())) {
            Matcher m = PAGE_OF.matcher(l);
            if (m.matches() && Integer.parseInt(m.group(2)) >= 1) {
                return Integer.parseInt(m.group(1)) == 1 ? "paginanummering begint bij 1" : null;
            }
        }
        if (!head.isEmpty() && MAIL_FROM.matcher(head.getFirst()).find()
                && head.stream().skip(1).limit(5).anyMatch(l -> MAIL_FIELD.matcher(l).find())) {
            return "e-mailkop";
        }
        if (head.stream().limit(3).anyMatch(l -> ISSUER.matcher(l).find())
                && lines.stream().limit(20).anyMatch(l -> DATUM.matcher(l).find())) {
            return "briefhoofd";
        }
        return null;
    }

    static List<Row> rows(List<String> lines) {
        List<Row> rows = new ArrayList<>();
        for (String l : lines) {
            Matcher m = ROW.matcher(l.replace('|', ' ').replace('\t', ' '));
            if (l.length() > 240 || !m.matches() || m.group(2).startsWith("(")) {
                continue;
            }
            String middle = m.group(2).strip();
            LocalDate date = null;
            Matcher d = DateInText.DATE.matcher(middle);
            if (d.find()) {
                date = DateInText.of(d);
                middle = (middle.substring(0, d.start()) + " " + middle.substring(d.end())).strip();
            }
            String judgement = m.group(3).toLowerCase(Locale.ROOT).replace("gedeeltelijk", "deels");
            List<String> grounds = new ArrayList<>();
            Matcher g = GROUND.matcher(m.group(4));
            while (g.find()) {
                grounds.add(g.group(1).replace(" ", ""));
            }
            rows.add(new Row(normalise(m.group(1)), date, middle.replaceAll("\\s{2,}", " "), judgement,
                    grounds.isEmpty() ? null : String.join(", ", grounds)));
        }
        return rows;
    }

    private static void check(List<BundlePart> parts, Map<String, Row> rows, List<String> warnings) {
        List<String> found = parts.stream().filter(p -> p.kind() == FileKind.DOCUMENT).map(BundlePart::number).toList();
        List<String> missing = rows.keySet().stream().filter(n -> !found.contains(n)).toList();
        if (!missing.isEmpty()) {
            Map<String, Row> notPublished = new LinkedHashMap<>();
            missing.forEach(n -> notPublished.put(n, rows.get(n)));
            List<String> expected = missing.stream().filter(n -> inBundle(rows.get(n))).toList();
            if (!expected.isEmpty()) {
                warnings.add("de inventaris noemt document " + String.join(", ", expected) + " als (deels) openbaar, maar de bundel"
                        + " bevat het niet");
            }
        }
        List<String> seen = new ArrayList<>();
        for (String n : found) {
            if (seen.contains(n)) {
                warnings.add("document " + n + " staat op meer dan één plaats in de bundel");
            }
            seen.add(n);
        }
    }

    /** Whether a document of the inventory can be in a published bundle: not when it stays secret or is public already. */
    private static boolean inBundle(Row row) {
        return !"niet openbaar".equals(row.judgement()) && !"reeds openbaar".equals(row.judgement());
    }

    private static String mailSubject(List<String> lines) {
        for (String l : lines.subList(0, Math.min(12, lines.size()))) {
            Matcher m = Pattern.compile("(?iu)^\\s*(?:onderwerp|subject)\\s*:\\s*(.+)$").matcher(l);
            if (m.matches() && !m.group(1).isBlank()) {
                return m.group(1).strip();
            }
        }
        return null;
    }

    private static LocalDate mailDate(List<String> lines) {
        for (String l : lines.subList(0, Math.min(12, lines.size()))) {
            if (Pattern.compile("(?iu)^\\s*(verzonden|sent|datum|date)\\b").matcher(l).find()) {
                LocalDate d = DateInText.first(l);
                if (d != null) {
                    return d;
                }
            }
        }
        return null;
    }

    static String normalise(String n) {
        String s = n.replaceFirst("^0+(?=\\d)", "");
        return s;
    }

    static List<String> lines(String page) {
        List<String> out = new ArrayList<>();
        for (String l : (page == null ? "" : page).split("\\R")) {
            if (!l.isBlank()) {
                out.add(l.strip());
            }
        }
        return out;
    }
}
