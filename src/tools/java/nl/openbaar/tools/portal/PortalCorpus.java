package nl.openbaar.tools.portal;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.SplittableRandom;
import java.util.function.Consumer;
import nl.openbaar.publication.model.FileKind;
import nl.openbaar.publication.model.IndexedFile;

/**
 * A generated national portal: publications of some 60 bodies in the 17 information categories over ten years, each
 * with its decision, inventory and documents of one to forty pages, their judgements and grounds; page text drawn
 * word by word with Zipf's law from the words of Openbaar's own Dutch texts (law, letters, screens; {@code
 * woorden.tsv}) and a long tail of compounds made of them, as Dutch official text has. Deterministic per seed, so a
 * run can be repeated; publication {@code i} is the same whatever the number of threads.
 */
public final class PortalCorpus {

    static final List<String> ORGANISATIONS = List.of("Ministerie van Binnenlandse Zaken en Koninkrijksrelaties",
            "Ministerie van Volksgezondheid, Welzijn en Sport", "Ministerie van Justitie en Veiligheid", "Ministerie van Financiën",
            "Ministerie van Infrastructuur en Waterstaat", "Ministerie van Economische Zaken", "Ministerie van Defensie",
            "Ministerie van Onderwijs, Cultuur en Wetenschap", "Ministerie van Sociale Zaken en Werkgelegenheid",
            "Ministerie van Buitenlandse Zaken", "Ministerie van Landbouw, Visserij, Voedselzekerheid en Natuur",
            "Ministerie van Klimaat en Groene Groei", "Provincie Groningen", "Provincie Fryslân", "Provincie Drenthe",
            "Provincie Overijssel", "Provincie Flevoland", "Provincie Gelderland", "Provincie Utrecht", "Provincie Noord-Holland",
            "Provincie Zuid-Holland", "Provincie Zeeland", "Provincie Noord-Brabant", "Provincie Limburg", "Gemeente Amsterdam",
            "Gemeente Rotterdam", "Gemeente Den Haag", "Gemeente Utrecht", "Gemeente Eindhoven", "Gemeente Groningen",
            "Gemeente Tilburg", "Gemeente Almere", "Gemeente Breda", "Gemeente Nijmegen", "Gemeente Apeldoorn", "Gemeente Arnhem",
            "Gemeente Haarlem", "Gemeente Enschede", "Gemeente Amersfoort", "Gemeente Zaanstad", "Gemeente Zwolle", "Gemeente Leiden",
            "Gemeente Maastricht", "Gemeente Dordrecht", "Gemeente Zoetermeer", "Gemeente Leeuwarden", "Gemeente Delft",
            "Gemeente Alkmaar", "Gemeente Emmen", "Gemeente Venlo", "Gemeente Deventer", "Gemeente Helmond", "Gemeente Oss",
            "Gemeente Hilversum", "Gemeente Heerlen", "Gemeente Súdwest-Fryslân", "Gemeente Assen", "Gemeente Middelburg",
            "Rijkswaterstaat", "Autoriteit Persoonsgegevens");
    static final List<String> TYPES = List.of("email", "email", "email", "email", "brief", "notitie", "notitie", "rapport", "verslag",
            "advies", "chat", "spreadsheet", "presentatie", "convenant", "document");
    static final List<String> GROUNDS = List.of("5.1.2e", "5.1.2e", "5.1.2e", "5.1.2e", "5.1.2i", "5.1.1c", "5.1.2d", "5.2.1",
            "5.1.2a", "5.1.2h", "5.1.1d");
    private static final double ZIPF = 1.05;

    private final long seed;
    private final int wordsPerPage;
    final String[] words;
    private final double[] cumulative;

    public PortalCorpus(long seed, int wordsPerPage) {
        this.seed = seed;
        this.wordsPerPage = wordsPerPage;
        this.words = vocabulary();
        this.cumulative = new double[words.length];
        double sum = 0;
        for (int i = 0; i < words.length; i++) {
            sum += 1.0 / Math.pow(i + 1, ZIPF);
            cumulative[i] = sum;
        }
        for (int i = 0; i < words.length; i++) {
            cumulative[i] /= sum;
        }
    }

    /** The words by frequency, most common first: the counted words, then compounds of the longer ones. */
    private static String[] vocabulary() {
        List<String> base = new ArrayList<>();
        try (BufferedReader r = new BufferedReader(new InputStreamReader(
                Objects.requireNonNull(PortalCorpus.class.getResourceAsStream("woorden.tsv"), "woorden.tsv"), StandardCharsets.UTF_8))) {
            for (String line = r.readLine(); line != null; line = r.readLine()) {
                int tab = line.indexOf('\t');
                if (tab > 0) {
                    base.add(line.substring(0, tab));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        List<String> stems = base.stream().filter(w -> w.length() >= 5).limit(400).toList();
        LinkedHashSet<String> all = new LinkedHashSet<>(base);
        SplittableRandom r = new SplittableRandom(7);
        while (all.size() < base.size() + 60_000) {
            all.add(stems.get(r.nextInt(stems.size())) + stems.get(r.nextInt(stems.size())));
        }
        return all.toArray(String[]::new);
    }

    /** A word drawn with Zipf's law. */
    String word(SplittableRandom r) {
        int i = java.util.Arrays.binarySearch(cumulative, r.nextDouble());
        return words[Math.min(words.length - 1, i < 0 ? -i - 1 : i)];
    }

    /** The rank of a word range's words, for queries: {@code words[from..to)}. */
    String wordInRanks(SplittableRandom r, int from, int to) {
        return words[from + r.nextInt(Math.min(to, words.length) - from)];
    }

    /** One publication: its files, the decision and inventory first. Publication {@code i} is always the same. */
    public List<IndexedFile> publication(int i) {
        SplittableRandom r = new SplittableRandom(seed * 1_000_003L + i);
        String pub = "bench-" + i;
        String org = ORGANISATIONS.get(r.nextInt(ORGANISATIONS.size()));
        // most of what a portal holds are decisions on requests; the other categories are smaller
        String cat = r.nextInt(10) < 6 ? "infocat014" : String.format("infocat%03d", 1 + r.nextInt(17));
        LocalDate date = LocalDate.of(2016, 1, 1).plusDays(r.nextInt(3650));
        String subject = word(r, 30, 3000) + " en " + word(r, 30, 3000);
        String title = (cat.equals("infocat014") ? "Besluit op Woo-verzoek over " : "Publicatie over ") + subject;
        List<IndexedFile> files = new ArrayList<>();
        files.add(file(r, pub + "-b", pub, title, org, cat, date, FileKind.DECISION, title, null, "besluit", null, List.of(), 2 + r.nextInt(4)));
        int docs = 1 + (int) Math.min(150, -Math.log(1 - r.nextDouble()) * 30);
        if (cat.equals("infocat014")) {
            files.add(file(r, pub + "-i", pub, title, org, cat, date, FileKind.INVENTORY, "Inventarislijst", null, "inventaris", null,
                    List.of(), 1 + docs / 40));
        }
        for (int d = 1; d <= docs; d++) {
            String type = TYPES.get(r.nextInt(TYPES.size()));
            int pages = switch (type) {
                case "email", "chat" -> 1 + r.nextInt(3);
                case "rapport", "convenant" -> 8 + r.nextInt(33);
                default -> 1 + r.nextInt(12);
            };
            boolean partly = r.nextInt(10) < 7;
            List<String> grounds = new ArrayList<>();
            if (partly) {
                grounds.add(GROUNDS.get(r.nextInt(GROUNDS.size())));
                if (r.nextBoolean()) {
                    grounds.add(GROUNDS.get(r.nextInt(GROUNDS.size())));
                }
            }
            String number = String.format("%04d", d);
            String docTitle = type + " " + word(r, 30, 3000) + " " + word(r, 30, 3000);
            files.add(file(r, pub + "-" + number, pub, title, org, cat, date, FileKind.DOCUMENT, docTitle, number, type,
                    partly ? "deels openbaar" : "openbaar", grounds.stream().distinct().toList(), pages));
        }
        return files;
    }

    private String word(SplittableRandom r, int from, int to) {
        return wordInRanks(r, from, to);
    }

    private IndexedFile file(SplittableRandom r, String id, String pub, String pubTitle, String org, String cat, LocalDate date,
            FileKind kind, String title, String number, String type, String judgement, List<String> grounds, int pages) {
        List<String> text = new ArrayList<>(pages);
        for (int p = 0; p < pages; p++) {
            text.add(page(r));
        }
        return new IndexedFile(id, pub, pubTitle, org, cat, date, kind, title, number, type, judgement, grounds, text);
    }

    /** A page: sentences of 8 to 20 words, now and then a date or a number, as official text has. */
    String page(SplittableRandom r) {
        StringBuilder b = new StringBuilder(wordsPerPage * 8);
        int sentence = 0;
        for (int w = 0; w < wordsPerPage; w++) {
            String word = r.nextInt(40) == 0 ? Integer.toString(1 + r.nextInt(2030)) : word(r);
            if (sentence == 0) {
                b.append(Character.toUpperCase(word.charAt(0))).append(word, 1, word.length());
                sentence = 8 + r.nextInt(13);
            } else {
                b.append(word);
            }
            if (--sentence == 0) {
                b.append(r.nextInt(6) == 0 ? ".\n" : ". ");
            } else {
                b.append(' ');
            }
        }
        return b.toString();
    }
}
