package nl.openbaar.pipeline;

import java.io.IOException;
import java.io.InputStream;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nl.openbaar.detection.DetectingPersonalData;
import nl.openbaar.detection.DetectionSettings;
import nl.openbaar.document.ReadingPdfPages;
import nl.openbaar.law.Regime;
import nl.openbaar.redaction.RedactingPdf;
import nl.openbaar.redaction.model.RedactionBox;
import nl.openbaar.redaction.model.RedactionOutcome;
import nl.openbaar.redaction.model.RemovedText;
import nl.openbaar.shared.layout.Box;
import nl.openbaar.shared.layout.PageLayout;
import nl.openbaar.verification.VerifyingRedaction;
import nl.openbaar.verification.model.BoxOnPage;
import nl.openbaar.verification.model.DocumentVerdict;
import nl.openbaar.verification.model.Secret;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

/**
 * {@code bench redaction}: a generated text PDF (e-mail pages in an embedded CID font, as renditions are) with a few
 * names per page, redacted by Openbaar and by MuPDF ({@code mutool run} with Redact annotations and
 * applyRedactions) on the same boxes in the same run. Both figures are pages per second of CPU time (per core: both
 * engines run single-threaded) and of wall-clock time. Every measured step has run on a smaller document first,
 * as it has in a server that has been up for a while; the output says so.
 */
public class BenchmarkingRedaction {

    public record Rate(double wallSeconds, double cpuSeconds, int pages) {
        public double pagesPerSecondCpu() {
            return cpuSeconds <= 0 ? 0 : pages / cpuSeconds;
        }

        public double pagesPerSecondWall() {
            return wallSeconds <= 0 ? 0 : pages / wallSeconds;
        }
    }

    /**
     * The whole path from a text PDF: reading (text and word boxes, by the code that reads a collected document),
     * detection over all pages, redacting what detection proposed; CPU seconds per step.
     */
    public record Pipeline(Rate rate, double readCpu, double detectCpu, double redactCpu, int boxes) {
    }

    public record Result(int pages, int boxes, Rate openbaar, Rate mutool, Pipeline pipeline, Rate verification,
            boolean verified, List<String> verificationFindings, boolean mutoolRemovedNames, int warmUpPages, int rounds) {
        public double ratio() {
            return mutool.pagesPerSecondCpu() <= 0 ? 0 : openbaar.pagesPerSecondCpu() / mutool.pagesPerSecondCpu();
        }

        public double pipelineRatio() {
            return mutool.pagesPerSecondCpu() <= 0 ? 0 : pipeline.rate().pagesPerSecondCpu() / mutool.pagesPerSecondCpu();
        }
    }

    /**
     * Pages of the document every measured step first runs on, {@link #WARM_UP_ROUNDS} times, so that the figures
     * are those of a running server (which compiles its hot code once) and not of the JIT compiler at work.
     */
    static final int WARM_UP_PAGES = 300;
    static final int WARM_UP_ROUNDS = 3;
    /** Measured runs per engine; the median counts. */
    static final int ROUNDS = 3;

    private static final String[] FIRST = {"Lotte", "Daan", "Ingrid", "Pieter", "Fatima", "Johan", "Sanne", "Mehmet"};
    private static final String[] LAST = {"Verbeek", "Smit", "Heuvel", "Bakker", "Yilmaz", "Jansen", "Mulder", "Kok"};
    private static final String[] TEXT = {
        "Heb je het bericht van vanochtend gezien over de klantenlijst van Clearview AI?",
        "Volgens mij moeten we nagaan of er bij ons iets is afgenomen of getest.",
        "Staatssecretaris Knops krijgt er waarschijnlijk Kamervragen over.",
        "Graag voor vrijdag een eerste inventarisatie van de stand van zaken.",
        "De directie Digitale Overheid stemt het antwoord af met Justitie en Veiligheid.",
        "Dit bericht kan informatie bevatten die niet voor u is bestemd.",
    };

    /** Writes the benchmark PDF and returns the boxes over the names on it. */
    public List<RedactionBox> generate(Path pdf, int pages, int boxesPerPage) throws IOException {
        List<RedactionBox> boxes = new ArrayList<>();
        try (PDDocument doc = new PDDocument();
                InputStream ttf = getClass().getResourceAsStream("/nl/openbaar/redaction/DejaVuSans-Bold.ttf")) {
            PDType0Font font = PDType0Font.load(doc, ttf, true);
            float size = 10;
            float leading = 14;
            for (int p = 0; p < pages; p++) {
                PDPage page = new PDPage(PDRectangle.A4);
                doc.addPage(page);
                try (PDPageContentStream cs = new PDPageContentStream(doc, page)) {
                    cs.beginText();
                    cs.setFont(font, size);
                    float y = 800;
                    cs.newLineAtOffset(56, y);
                    int line = 0;
                    int named = 0;
                    while (y > 60) {
                        String text;
                        if (named < boxesPerPage && line % 4 == 1) {
                            String name = FIRST[(p + line) % FIRST.length] + " " + LAST[(p * 3 + line) % LAST.length];
                            String prefix = "Kun jij navragen bij ";
                            text = prefix + name + " van inkoop (tel. 070 426 77" + (10 + line) + ")?";
                            double x = 56 + font.getStringWidth(prefix) / 1000 * size;
                            double w = font.getStringWidth(name) / 1000 * size;
                            double top = 842 - y - font.getFontDescriptor().getAscent() / 1000 * size;
                            double h = (font.getFontDescriptor().getAscent() - font.getFontDescriptor().getDescent()) / 1000 * size;
                            boxes.add(new RedactionBox(p + 1, new Box(x, top, w, h), "5.1.2e", "naam"));
                            named++;
                        } else {
                            text = TEXT[(p + line) % TEXT.length];
                        }
                        cs.showText(text);
                        cs.newLineAtOffset(0, -leading);
                        y -= leading;
                        line++;
                    }
                    cs.endText();
                }
            }
            doc.save(pdf.toFile());
        }
        return boxes;
    }

    public Result run(Path work, int pages, int boxesPerPage, boolean verify) throws IOException {
        Files.createDirectories(work);
        Path in = work.resolve("bench-in.pdf");
        List<RedactionBox> boxes = generate(in, pages, boxesPerPage);

        // warm up every measured step (reading, detection, redaction) on a smaller document first
        Path warm = work.resolve("bench-warm.pdf");
        List<RedactionBox> warmBoxes = generate(warm, WARM_UP_PAGES, boxesPerPage);
        for (int i = 0; i < WARM_UP_ROUNDS; i++) {
            new RedactingPdf().redact(warm, warmBoxes, work.resolve("bench-warm-out.pdf"));
            pipeline(warm, work.resolve("bench-warm-pipeline.pdf"), WARM_UP_PAGES);
        }

        // each engine runs ROUNDS times, alternating, and the run with the median CPU time counts: other processes
        // on a shared machine disturb single runs (caches, memory bandwidth), the median is what a run usually costs
        Path out = work.resolve("bench-openbaar.pdf");
        List<Rate> openbaarRuns = new ArrayList<>();
        List<Rate> mutoolRuns = new ArrayList<>();
        List<Pipeline> pipelineRuns = new ArrayList<>();
        RedactionOutcome outcome = null;
        for (int round = 0; round < ROUNDS; round++) {
            long cpu0 = processCpu();
            long t0 = System.nanoTime();
            outcome = new RedactingPdf().redact(in, boxes, out);
            openbaarRuns.add(new Rate((System.nanoTime() - t0) / 1e9, (processCpu() - cpu0) / 1e9, pages));
            mutoolRuns.add(mutool(work, in, boxes, pages));
            pipelineRuns.add(pipeline(in, work.resolve("bench-pipeline.pdf"), pages));
        }
        Comparator<Rate> byCpu = Comparator.comparingDouble(Rate::cpuSeconds);
        Rate openbaar = median(openbaarRuns, byCpu);
        Rate mutool = median(mutoolRuns, byCpu);
        Pipeline pipeline = median(pipelineRuns, Comparator.comparing(Pipeline::rate, byCpu));
        boolean mutoolRemoved = !pdftotext(work.resolve("bench-mutool.pdf")).contains(FIRST[1] + " " + LAST[4]);

        Rate verification = new Rate(0, 0, pages);
        boolean verified = false;
        List<String> findings = List.of();
        if (verify) {
            List<Secret> secrets = new ArrayList<>();
            for (RemovedText r : outcome.removedText()) {
                secrets.add(new Secret(r.page(), r.category(), r.text(), false));
            }
            long v0 = System.nanoTime();
            long vc0 = processCpu();
            DocumentVerdict verdict = new VerifyingRedaction().check("bench", out, secrets,
                    outcome.drawn().stream().map(b -> new BoxOnPage(b.page(), b.box())).toList());
            verification = new Rate((System.nanoTime() - v0) / 1e9, (processCpu() - vc0) / 1e9, pages);
            verified = verdict.passed();
            findings = verdict.leaks().stream().limit(10).map(l -> l.describe()).toList();
        }
        return new Result(pages, boxes.size(), openbaar, mutool, pipeline, verification, verified, findings, mutoolRemoved,
                WARM_UP_PAGES * WARM_UP_ROUNDS, ROUNDS);
    }

    private static <T> T median(List<T> runs, Comparator<T> order) {
        List<T> sorted = new ArrayList<>(runs);
        sorted.sort(order);
        return sorted.get(sorted.size() / 2);
    }

    /** Reads the PDF as collecting does, detects personal data on every page, and redacts what was found. */
    private static Pipeline pipeline(Path in, Path out, int pages) throws IOException {
        DetectionSettings settings = DetectionSettings.of(Regime.WOO);
        long c0 = processCpu();
        long t0 = System.nanoTime();
        List<PageLayout> layout = new ReadingPdfPages().read(in);
        long c1 = processCpu();
        List<RedactionBox> found = new ArrayList<>();
        for (var f : DetectingPersonalData.standard().detect(layout, settings).toRedact()) {
            for (var a : f.areas()) {
                if (a.box().width() >= 0.5 && a.box().height() >= 0.5) {
                    found.add(new RedactionBox(a.page(), a.box(), f.ground(), f.category().labelNl()));
                }
            }
        }
        long c2 = processCpu();
        new RedactingPdf().redact(in, found, out);
        long c3 = processCpu();
        return new Pipeline(new Rate((System.nanoTime() - t0) / 1e9, (c3 - c0) / 1e9, pages), (c1 - c0) / 1e9, (c2 - c1) / 1e9,
                (c3 - c2) / 1e9, found.size());
    }

    /** CPU time of the whole JVM (garbage collection and compiler threads included), in nanoseconds. */
    static long processCpu() {
        if (ManagementFactory.getOperatingSystemMXBean() instanceof com.sun.management.OperatingSystemMXBean os) {
            return os.getProcessCpuTime();
        }
        return ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime();
    }

    private static Rate mutool(Path work, Path in, List<RedactionBox> boxes, int pages) throws IOException {
        Path script = work.resolve("bench-mutool.js");
        Files.writeString(script, """
                var doc = new PDFDocument(scriptArgs[0]);
                var boxes = JSON.parse(read(scriptArgs[2]));
                var n = doc.countPages();
                for (var i = 0; i < n; i++) {
                  var page = doc.loadPage(i);
                  var list = boxes[i] || [];
                  for (var j = 0; j < list.length; j++) {
                    var a = page.createAnnotation("Redact");
                    a.setRect(list[j]);
                  }
                  if (list.length) page.applyRedactions(true, 2);
                }
                doc.save(scriptArgs[1], "garbage,compress");
                """);
        StringBuilder json = new StringBuilder("[");
        for (int p = 1; p <= pages; p++) {
            json.append(p == 1 ? "[" : ",[");
            boolean first = true;
            for (RedactionBox b : boxes) {
                if (b.page() == p) {
                    json.append(first ? "" : ",").append(String.format(Locale.ROOT, "[%.2f,%.2f,%.2f,%.2f]",
                            b.box().x(), b.box().y(), b.box().right(), b.box().bottom()));
                    first = false;
                }
            }
            json.append("]");
        }
        json.append("]");
        Path boxFile = work.resolve("bench-mutool-boxes.json");
        Files.writeString(boxFile, json);
        Path out = work.resolve("bench-mutool.pdf");
        // "times" reports the CPU time of the shell's children: mutool's own, unaffected by other load
        String cmd = "mutool run '" + script + "' '" + in + "' '" + out + "' '" + boxFile + "' >/dev/null && times";
        long t0 = System.nanoTime();
        String times = exec("mupdf-tools", "sh", "-c", cmd);
        double wall = (System.nanoTime() - t0) / 1e9;
        String[] lines = times.strip().split("\n");
        double cpu = wall;
        if (lines.length >= 2) {
            Matcher m = Pattern.compile("(\\d+)m([\\d.]+)s\\s+(\\d+)m([\\d.]+)s").matcher(lines[1]);
            if (m.find()) {
                cpu = Integer.parseInt(m.group(1)) * 60 + Double.parseDouble(m.group(2))
                        + Integer.parseInt(m.group(3)) * 60 + Double.parseDouble(m.group(4));
            }
        }
        return new Rate(wall, cpu, pages);
    }

    private static String pdftotext(Path pdf) throws IOException {
        return exec("poppler-utils", "pdftotext", pdf.toString(), "-");
    }

    private static String exec(String debianPackage, String... command) throws IOException {
        Process p;
        try {
            p = new ProcessBuilder(command).redirectErrorStream(true).start();
        } catch (IOException e) {
            throw new IOException(command[0] + " ontbreekt: installeer het Debian-pakket " + debianPackage, e);
        }
        byte[] out = p.getInputStream().readAllBytes();
        try {
            if (!p.waitFor(30, TimeUnit.MINUTES) || p.exitValue() != 0) {
                throw new IOException(command[0] + " faalde: " + new String(out, StandardCharsets.UTF_8));
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException(e);
        }
        return new String(out, StandardCharsets.UTF_8);
    }
}
