package nl.openbaar.document;

import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.function.Consumer;
import javax.imageio.ImageIO;
import nl.openbaar.document.internal.Duplicates;
import nl.openbaar.document.internal.FileStore;
import nl.openbaar.document.internal.Fingerprint;
import nl.openbaar.document.internal.JdbcOrganising;
import nl.openbaar.document.internal.OrganiseRow;
import nl.openbaar.document.model.CollectReport;
import nl.openbaar.request.RegisteringRequest;
import nl.openbaar.request.model.NewRequest;
import nl.openbaar.request.model.Verzoeker;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;

/**
 * Generated input and timings for {@code openbaar bench documents}: reading text PDFs, e-mails and scans through
 * the real collecting path (tasks, renditions, word boxes, OCR, organising, indexing), and de-duplicating a large
 * generated corpus with planted exact, near and contained duplicates. Run only on a throw-away database.
 */
@Service
public class BenchmarkingDocuments {

    private final RegisteringRequest registering;
    private final CollectingDocuments collecting;
    private final JdbcOrganising organising;
    private final JdbcTemplate jdbc;
    private final Clock clock;
    private final Random random = new Random(20211025);
    private final String[] vocabulary = vocabulary(new Random(7), 20_000);

    public BenchmarkingDocuments(RegisteringRequest registering, CollectingDocuments collecting, JdbcOrganising organising,
            JdbcTemplate jdbc, Clock clock) {
        this.registering = registering;
        this.collecting = collecting;
        this.organising = organising;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** One measurement: figures for the report and a line for people. */
    public record Result(String name, Map<String, Object> figures, String summary) {
    }

    public Result textPdfs(Path dir, int pages, Consumer<String> log) throws IOException {
        Files.createDirectories(dir);
        int perFile = 50;
        int files = Math.max(1, (pages + perFile - 1) / perFile);
        log.accept("genereren: " + files + " PDF's van " + perFile + " pagina's");
        PDType1Font font = new PDType1Font(Standard14Fonts.FontName.HELVETICA);
        for (int f = 0; f < files; f++) {
            try (PDDocument doc = new PDDocument()) {
                for (int p = 0; p < perFile; p++) {
                    PDPage page = new PDPage(PDRectangle.A4);
                    doc.addPage(page);
                    try (PDPageContentStream cs = new PDPageContentStream(doc, page)) {
                        cs.setFont(font, 10);
                        for (int l = 0; l < 48; l++) {
                            cs.beginText();
                            cs.newLineAtOffset(60, 790 - l * 15.5f);
                            cs.showText(sentence(random, 11));
                            cs.endText();
                        }
                    }
                }
                doc.save(dir.resolve("rapport-" + f + ".pdf").toFile());
            }
        }
        return collect("tekst-pdf", "BENCH-PDF", dir, log);
    }

    public Result emails(Path dir, int count, Consumer<String> log) throws IOException {
        Files.createDirectories(dir);
        log.accept("genereren: " + count + " e-mails");
        for (int i = 0; i < count; i++) {
            StringBuilder body = new StringBuilder();
            int paragraphs = 2 + random.nextInt(6);
            for (int p = 0; p < paragraphs; p++) {
                body.append(sentence(random, 40 + random.nextInt(60))).append(".\n\n");
            }
            String mail = "From: \"Medewerker " + i + "\" <medewerker" + i + "@example.org>\n"
                    + "To: \"Collega " + (i + 1) + "\" <collega" + (i + 1) + "@example.org>\n"
                    + "Subject: " + sentence(random, 5) + "\n"
                    + "Date: Mon, 1 Mar 2021 10:" + String.format("%02d", i % 60) + ":00 +0100\n"
                    + "Message-ID: <bench" + i + "@example.org>\n"
                    + "MIME-Version: 1.0\nContent-Type: text/plain; charset=utf-8\n\n" + body;
            Files.writeString(dir.resolve("mail-" + i + ".eml"), mail, StandardCharsets.UTF_8);
        }
        return collect("e-mail", "BENCH-MAIL", dir, log);
    }

    public Result ocr(Path dir, int pages, Consumer<String> log) throws IOException {
        Files.createDirectories(dir);
        log.accept("genereren: " + pages + " gescande pagina's (A4, 200 dpi)");
        Font font;
        try (InputStream in = getClass().getResourceAsStream("/nl/openbaar/document/fonts/DejaVuSans.ttf")) {
            font = Font.createFont(Font.TRUETYPE_FONT, in).deriveFont(26f);
        } catch (java.awt.FontFormatException e) {
            throw new IOException(e);
        }
        for (int i = 0; i < pages; i++) {
            BufferedImage img = new BufferedImage(1654, 2339, BufferedImage.TYPE_BYTE_GRAY);
            Graphics2D g = img.createGraphics();
            g.setColor(Color.WHITE);
            g.fillRect(0, 0, img.getWidth(), img.getHeight());
            g.setColor(Color.BLACK);
            g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
            g.setFont(font);
            for (int l = 0; l < 40; l++) {
                g.drawString(sentence(random, 9), 150, 200 + l * 50);
            }
            g.dispose();
            ImageIO.write(img, "png", dir.resolve("scan-" + i + ".png").toFile());
        }
        return collect("ocr", "BENCH-OCR", dir, log);
    }

    private Result collect(String name, String kenmerk, Path dir, Consumer<String> log) {
        String k = registering.register(new NewRequest(kenmerk, "woo", new Verzoeker("Benchmark", null, null, null), null,
                LocalDate.now(clock), "email", "benchmark", List.of("alles"), null, null, null, null), "bench").verzoek().kenmerk();
        long start = System.nanoTime();
        long cpuStart = processCpu();
        CollectReport report = collecting.collect(k, List.of(dir), null, p -> {
        });
        Duration took = Duration.ofNanos(System.nanoTime() - start);
        double seconds = took.toMillis() / 1000.0;
        // CPU time of the whole process (all workers, indexing, JIT and GC): steadier than the wall clock on a
        // machine shared with other work, and per core
        double cpu = (processCpu() - cpuStart) / 1e9;
        Map<String, Object> f = new LinkedHashMap<>();
        f.put("documents", report.documents());
        f.put("pages", report.pages());
        f.put("failed", report.failed().size());
        f.put("seconds", round(seconds));
        f.put("pagesPerSecond", round(report.pages() / seconds));
        f.put("documentsPerSecond", round(report.documents() / seconds));
        f.put("cpuSeconds", round(cpu));
        f.put("pagesPerCpuSecond", round(report.pages() / cpu));
        return new Result(name, f, String.format(Locale.ROOT,
                "%s: %d documenten, %d pagina's in %.1f s = %.1f pagina's/s (%.1f documenten/s); CPU %.1f s = %.1f pagina's per CPU-seconde",
                name, report.documents(), report.pages(), seconds, report.pages() / seconds, report.documents() / seconds, cpu,
                report.pages() / cpu));
    }

    private static long processCpu() {
        return java.lang.management.ManagementFactory.getOperatingSystemMXBean() instanceof com.sun.management.OperatingSystemMXBean os
                ? os.getProcessCpuTime() : 0;
    }

    /**
     * De-duplicating a generated corpus: documents of 150–600 words drawn from a 20,000-word vocabulary, of which
     * 5% are byte copies, 5% near copies (3% of the words changed) and 3% contained in a longer one (a reply
     * quoting it). Times the run on the stored fingerprints, and checks the planted pairs were found.
     */
    public Result deduplicate(int count, Consumer<String> log) {
        String k = registering.register(new NewRequest("BENCH-DEDUP", "woo", new Verzoeker("Benchmark", null, null, null), null,
                LocalDate.now(clock), "email", "benchmark", List.of("alles"), null, null, null, null), "bench").verzoek().kenmerk();
        long requestId = jdbc.queryForObject("select id from request where kenmerk = ?", Long.class, k);
        log.accept("genereren: " + count + " documenten met vingerafdrukken");
        long genStart = System.nanoTime();
        List<String> texts = new ArrayList<>(count);
        Map<Integer, Integer> exact = new LinkedHashMap<>();
        Map<Integer, Integer> near = new LinkedHashMap<>();
        Map<Integer, Integer> contained = new LinkedHashMap<>();
        String[] shas = new String[count];
        for (int i = 0; i < count; i++) {
            double r = random.nextDouble();
            if (i > 10 && r < 0.05) {
                int of = random.nextInt(i);
                texts.add(texts.get(of));
                shas[i] = shas[of];
                exact.put(i, of);
            } else if (i > 10 && r < 0.10) {
                int of = random.nextInt(i);
                texts.add(mutate(texts.get(of), 0.03));
                shas[i] = FileStore.sha256Hex("doc" + i);
                near.put(i, of);
            } else if (i > 10 && r < 0.13) {
                // this one is the short one; the one it is quoted in comes next (i + 1 written in the same round)
                String base = sentence(random, 150 + random.nextInt(200));
                texts.add(base);
                shas[i] = FileStore.sha256Hex("doc" + i);
                if (i + 1 < count) {
                    texts.add(sentence(random, 60 + random.nextInt(100)) + " " + base);
                    shas[i + 1] = FileStore.sha256Hex("doc" + (i + 1));
                    contained.put(i, i + 1);
                    i++;
                }
            } else {
                texts.add(sentence(random, 150 + random.nextInt(450)));
                shas[i] = FileStore.sha256Hex("doc" + i);
            }
        }
        long[] ids = insert(requestId, texts, shas);
        double generated = (System.nanoTime() - genStart) / 1e9;
        log.accept(String.format(Locale.ROOT, "opgeslagen in %.1f s; ontdubbelen …", generated));

        long t0 = System.nanoTime();
        List<OrganiseRow> rows = organising.rows(requestId);
        Map<Long, Fingerprint.Sample> samples = organising.samples(requestId);
        long t1 = System.nanoTime();
        List<Duplicates.Mark> marks = Duplicates.find(rows, samples, Duplicates.Thresholds.defaults());
        long t2 = System.nanoTime();
        organising.storeDuplicates(requestId, marks);
        long t3 = System.nanoTime();

        Map<Long, Long> keptOf = new java.util.HashMap<>();
        for (Duplicates.Mark m : marks) {
            keptOf.put(m.id(), m.keptId());
        }
        int exactFound = found(exact, ids, keptOf);
        int nearFound = found(near, ids, keptOf);
        int containedFound = found(contained, ids, keptOf);
        Set<Long> planted = new HashSet<>();
        for (var m : List.of(exact, near, contained)) {
            m.forEach((a, b) -> {
                planted.add(ids[a]);
                planted.add(ids[b]);
            });
        }
        long unexpected = marks.stream().filter(m -> !planted.contains(m.id())).count();
        double load = (t1 - t0) / 1e9;
        double find = (t2 - t1) / 1e9;
        double store = (t3 - t2) / 1e9;
        Map<String, Object> f = new LinkedHashMap<>();
        f.put("documents", count);
        f.put("loadSeconds", round(load));
        f.put("findSeconds", round(find));
        f.put("storeSeconds", round(store));
        f.put("totalSeconds", round(load + find + store));
        f.put("marked", marks.size());
        f.put("plantedExactFound", exactFound + "/" + exact.size());
        f.put("plantedNearFound", nearFound + "/" + near.size());
        f.put("plantedContainedFound", containedFound + "/" + contained.size());
        f.put("markedWithoutPlantedPair", unexpected);
        return new Result("ontdubbelen", f, String.format(Locale.ROOT,
                "ontdubbelen: %d documenten in %.1f s (laden %.1f s, zoeken %.1f s, opslaan %.1f s); gevonden exact %d/%d, bijna %d/%d,"
                        + " opgenomen %d/%d; %d gemarkeerd zonder geplant paar",
                count, load + find + store, load, find, store, exactFound, exact.size(), nearFound, near.size(), containedFound,
                contained.size(), unexpected));
    }

    /** A planted pair counts as found when both documents end up in one group (one kept, the other pointing to it). */
    private static int found(Map<Integer, Integer> pairs, long[] ids, Map<Long, Long> keptOf) {
        int n = 0;
        for (var e : pairs.entrySet()) {
            long a = ids[e.getKey()];
            long b = ids[e.getValue()];
            long ra = keptOf.getOrDefault(a, a);
            long rb = keptOf.getOrDefault(b, b);
            if (ra == rb) {
                n++;
            }
        }
        return n;
    }

    private long[] insert(long requestId, List<String> texts, String[] shas) {
        Timestamp now = Timestamp.from(clock.instant());
        long[] ids = new long[texts.size()];
        Long base = jdbc.queryForObject("select coalesce(max(id), 0) from document", Long.class);
        long next = (base == null ? 0 : base) + 1_000_000;
        List<Object[]> docs = new ArrayList<>();
        List<Object[]> sigs = new ArrayList<>();
        for (int i = 0; i < texts.size(); i++) {
            long id = next + i;
            ids[i] = id;
            String path = "bench/" + i + ".txt";
            docs.add(new Object[] {id, requestId, "TEXT", path, "bench", path, FileStore.sha256Hex(path), shas[i], texts.get(i).length(),
                id, "READ", 1, texts.get(i).length(), now});
            Fingerprint.Sample s = Fingerprint.of(texts.get(i));
            sigs.add(new Object[] {id, s.shingles(), s.toBytes()});
            if (docs.size() == 2000 || i == texts.size() - 1) {
                jdbc.batchUpdate("""
                        insert into document (id, request_id, kind, file_name, source, source_path, source_key, sha256, size_bytes,
                            family_id, status, page_count, text_length, collected_at)
                        values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""", docs);
                jdbc.batchUpdate("insert into document_signature (document_id, shingles, signature) values (?, ?, ?)", sigs);
                docs.clear();
                sigs.clear();
            }
        }
        return ids;
    }

    private String sentence(Random r, int words) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < words; i++) {
            if (i > 0) {
                sb.append(' ');
            }
            // Zipf-like: common words often, rare words rarely, as in real text
            int idx = (int) Math.min(vocabulary.length - 1, Math.floor(Math.pow(r.nextDouble(), 3) * vocabulary.length));
            sb.append(vocabulary[idx]);
        }
        return sb.toString();
    }

    private String mutate(String text, double share) {
        String[] words = text.split(" ");
        for (int i = 0; i < words.length; i++) {
            if (random.nextDouble() < share) {
                words[i] = vocabulary[random.nextInt(vocabulary.length)];
            }
        }
        return String.join(" ", words);
    }

    private static String[] vocabulary(Random r, int n) {
        String[] onset = {"b", "d", "g", "h", "k", "l", "m", "n", "p", "r", "s", "t", "v", "w", "z", "st", "sch", "br", "kl", "tr", "gr"};
        String[] vowel = {"a", "e", "i", "o", "u", "aa", "ee", "oo", "ui", "ij", "ou", "ie", "eu"};
        String[] coda = {"", "n", "r", "s", "t", "k", "l", "m", "ng", "cht", "rd", "st"};
        Set<String> words = new java.util.LinkedHashSet<>();
        while (words.size() < n) {
            int syllables = 1 + r.nextInt(4);
            StringBuilder w = new StringBuilder();
            for (int s = 0; s < syllables; s++) {
                w.append(onset[r.nextInt(onset.length)]).append(vowel[r.nextInt(vowel.length)]).append(coda[r.nextInt(coda.length)]);
            }
            words.add(w.toString());
        }
        return words.toArray(String[]::new);
    }

    private static double round(double d) {
        return Math.round(d * 10) / 10.0;
    }
}
