package nl.openbaar.pipeline;

import java.io.IOException;
import java.io.InputStream;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nl.openbaar.redaction.RedactingPdf;
import nl.openbaar.redaction.model.RedactionBox;
import nl.openbaar.redaction.model.RemovedText;
import nl.openbaar.shared.layout.Box;
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
 * engines run single-threaded) and of wall-clock time.
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

    /** CPU seconds of the last run's reading and detection steps (the rest of the pipeline figure is redaction). */
    public double readCpu;
    public double detectCpu;

    public record Result(int pages, int boxes, Rate openbaar, Rate mutool, Rate pipeline, int pipelineBoxes, Rate verification,
            boolean verified, List<String> verificationFindings, boolean mutoolRemovedNames) {
        public double ratio() {
            return mutool.pagesPerSecondCpu() <= 0 ? 0 : openbaar.pagesPerSecondCpu() / mutool.pagesPerSecondCpu();
        }

        public double pipelineRatio() {
            return mutool.pagesPerSecondCpu() <= 0 ? 0 : pipeline.pagesPerSecondCpu() / mutool.pagesPerSecondCpu();
        }
    }

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

        // warm up the JIT on a small document first: a long-running pipeline pays this once
        Path warm = work.resolve("bench-warm.pdf");
        List<RedactionBox> warmBoxes = generate(warm, 30, boxesPerPage);
        new RedactingPdf().redact(warm, warmBoxes, work.resolve("bench-warm-out.pdf"));

        Path out = work.resolve("bench-openbaar.pdf");
        long cpu0 = processCpu();
        long t0 = System.nanoTime();
        var outcome = new RedactingPdf().redact(in, boxes, out);
        Rate openbaar = new Rate((System.nanoTime() - t0) / 1e9, (processCpu() - cpu0) / 1e9, pages);

        Rate mutool = mutool(work, in, boxes, pages);

        // the whole path from a text PDF: read the words, detect, redact what detection found (word lists warmed up first)
        nl.openbaar.detection.DetectingPersonalData.standard().detect(List.of(), nl.openbaar.detection.DetectionSettings.of(nl.openbaar.law.Regime.WOO));
        long pc0 = processCpu();
        long pt0 = System.nanoTime();
        List<RedactionBox> found = new ArrayList<>();
        try (PDDocument doc = org.apache.pdfbox.Loader.loadPDF(in.toFile())) {
            List<nl.openbaar.shared.layout.PageLayout> layout = PdfWords.read(doc);
            readCpu = (processCpu() - pc0) / 1e9;
            long dc0 = processCpu();
            var result = nl.openbaar.detection.DetectingPersonalData.standard()
                    .detect(layout, nl.openbaar.detection.DetectionSettings.of(nl.openbaar.law.Regime.WOO));
            for (var f : result.toRedact()) {
                for (Box b : f.boxes()) {
                    if (b.width() >= 0.5 && b.height() >= 0.5) {
                        found.add(new RedactionBox(f.page(), b, f.ground(), f.category().labelNl()));
                    }
                }
            }
            detectCpu = (processCpu() - dc0) / 1e9;
        }
        new RedactingPdf().redact(in, found, work.resolve("bench-pipeline.pdf"));
        Rate pipeline = new Rate((System.nanoTime() - pt0) / 1e9, (processCpu() - pc0) / 1e9, pages);
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
        return new Result(pages, boxes.size(), openbaar, mutool, pipeline, found.size(), verification, verified, findings, mutoolRemoved);
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
