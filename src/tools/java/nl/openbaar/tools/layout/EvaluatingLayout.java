package nl.openbaar.tools.layout;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import nl.openbaar.OpenbaarApplication;
import nl.openbaar.document.CollectingDocuments;
import nl.openbaar.document.Documents;
import nl.openbaar.document.model.Document;
import nl.openbaar.pipeline.ProposingForReview;
import nl.openbaar.redaction.FindingRedactions;
import nl.openbaar.redaction.RedactingPdf;
import nl.openbaar.redaction.model.RedactionBox;
import nl.openbaar.request.RegisteringRequest;
import nl.openbaar.request.model.NewRequest;
import nl.openbaar.request.model.Verzoeker;
import nl.openbaar.shared.layout.PageLayout;
import org.springframework.boot.Banner;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * What survives redaction in a layout corpus: the corpus is collected as a case (every reader, OCR, renditions),
 * detection proposes and accepts what it is sure of, exactly as in the unattended pipeline, each document is
 * redacted, and poppler's pdftotext (tesseract for scanned pages) reads the result. Every planted secret still
 * readable is a miss; every public item no longer readable is an over-redaction. Runs in a scratch data folder
 * of its own, never in the installation's.
 */
public final class EvaluatingLayout {

    /** Planted and missed per class, format or layout. */
    public record Count(int planted, int missed) {
        Count plus(boolean miss) {
            return new Count(planted + 1, missed + (miss ? 1 : 0));
        }

        public double missRate() {
            return planted == 0 ? 0 : (double) missed / planted;
        }
    }

    /**
     * @param secrets     per secret class
     * @param formats     secrets per file format
     * @param layouts     secrets per layout (how the manifest says layout treats them)
     * @param publics     per public class: planted and redacted (the "missed" count)
     * @param misses      up to 300 missed secrets ("file: class 'text' (layout)")
     * @param overRedacted up to 300 public items redacted
     * @param unread      files the collector could not read, with the reason
     */
    public record Score(int documents, int secretsPlanted, int secretsMissed, int publicPlanted, int publicRedacted,
            Map<String, Count> secrets, Map<String, Count> formats, Map<String, Count> layouts, Map<String, Count> publics,
            List<String> misses, List<String> overRedacted, List<String> unread, double seconds) {
    }

    public Score evaluate(Path corpus, Path work) throws IOException {
        long t0 = System.nanoTime();
        Manifest manifest = Manifest.read(corpus);
        Files.createDirectories(work);
        try (ConfigurableApplicationContext context = context(work.resolve("data"))) {
            String kenmerk = context.getBean(RegisteringRequest.class).register(new NewRequest(null, "woo",
                    new Verzoeker("Evaluatie Opmaak", null, null, null), LocalDate.of(2021, 10, 21), LocalDate.of(2021, 10, 25),
                    "post", "Opmaakcorpus", List.of("Alle documenten"), null, null, null, null), "eval").verzoek().kenmerk();
            context.getBean(CollectingDocuments.class).collect(kenmerk, List.of(documentsOf(corpus, work)), "corpus", p -> {
            });
            context.getBean(ProposingForReview.class).propose(kenmerk);
            Map<String, StringBuilder> texts = new HashMap<>();
            List<String> unread = new ArrayList<>();
            Documents documents = context.getBean(Documents.class);
            FindingRedactions redactions = context.getBean(FindingRedactions.class);
            Map<Long, Document> byId = new HashMap<>();
            List<Document> all = documents.forRequest(kenmerk);
            all.forEach(d -> byId.put(d.id(), d));
            Path out = work.resolve("redacted");
            Files.createDirectories(out);
            for (Document d : all) {
                String file = topFile(d, byId);
                if (d.failed()) {
                    unread.add(file + ": " + d.errorReason());
                    continue;
                }
                if (d.pageCount() == 0) {
                    continue;
                }
                List<RedactionBox> boxes = redactions.boxesToApply(d.id());
                Path redacted = out.resolve(d.id() + ".pdf");
                new RedactingPdf().redact(documents.rendition(d.id()), boxes, redacted);
                boolean scanned = documents.pages(d.id()).stream().anyMatch(PageLayout::ocr);
                texts.computeIfAbsent(file, k -> new StringBuilder()).append(read(redacted, scanned, work)).append('\n');
            }
            return score(manifest, texts, unread, (System.nanoTime() - t0) / 1e9);
        }
    }

    private static Score score(Manifest manifest, Map<String, StringBuilder> texts, List<String> unread, double seconds) {
        Map<String, Count> secrets = new TreeMap<>();
        Map<String, Count> formats = new TreeMap<>();
        Map<String, Count> layouts = new TreeMap<>();
        Map<String, Count> publics = new TreeMap<>();
        List<String> misses = new ArrayList<>();
        List<String> over = new ArrayList<>();
        int planted = 0;
        int missed = 0;
        int publicPlanted = 0;
        int publicRedacted = 0;
        for (Manifest.Entry e : manifest.documents()) {
            StringBuilder text = texts.get(e.file());
            LeakCheck check = new LeakCheck(text == null ? "" : text.toString());
            boolean read = text != null;
            for (Manifest.Item s : e.secrets()) {
                // a file that could not be read is not published: nothing of it leaks, but it is reported as unread
                boolean miss = read && check.leaks(s);
                planted++;
                missed += miss ? 1 : 0;
                secrets.merge(s.kind(), new Count(1, miss ? 1 : 0), LayoutCount::add);
                formats.merge(e.format(), new Count(1, miss ? 1 : 0), LayoutCount::add);
                layouts.merge(s.layout() == null ? "?" : s.layout(), new Count(1, miss ? 1 : 0), LayoutCount::add);
                if (miss && misses.size() < 300) {
                    misses.add(e.file() + ": " + s.kind() + " '" + s.text() + "' (" + s.layout() + ")");
                }
            }
            for (Manifest.Item p : e.publics()) {
                boolean redacted = read && !check.shows(p);
                publicPlanted++;
                publicRedacted += redacted ? 1 : 0;
                publics.merge(p.kind(), new Count(1, redacted ? 1 : 0), LayoutCount::add);
                if (redacted && over.size() < 300) {
                    over.add(e.file() + ": " + p.kind() + " '" + p.text() + "' (" + p.layout() + ")");
                }
            }
        }
        return new Score(manifest.documents().size(), planted, missed, publicPlanted, publicRedacted, secrets, formats, layouts,
                publics, misses, over, unread, seconds);
    }

    /** The corpus's documents without its manifest, read-me and generator scripts, copied into the work folder. */
    private static Path documentsOf(Path corpus, Path work) throws IOException {
        Path copy = work.resolve("corpus");
        try (var files = Files.walk(corpus)) {
            for (Path f : files.filter(Files::isRegularFile).toList()) {
                String rel = corpus.relativize(f).toString().replace('\\', '/');
                if (rel.equals(Manifest.FILE) || rel.equals("README.md") || rel.startsWith("make/")) {
                    continue;
                }
                Path target = copy.resolve(rel);
                Files.createDirectories(target.getParent());
                Files.copy(f, target, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
            }
        }
        return copy;
    }

    /** Adds counts. */
    private static final class LayoutCount {
        static Count add(Count a, Count b) {
            return new Count(a.planted() + b.planted(), a.missed() + b.missed());
        }
    }

    /** The corpus file a document came from: the top of its family (an attachment belongs to its e-mail). */
    private static String topFile(Document d, Map<Long, Document> byId) {
        Document top = byId.getOrDefault(d.familyId(), d);
        String path = top.sourcePath() == null ? top.fileName() : top.sourcePath();
        return path.replace('\\', '/');
    }

    /** The redacted file's text by poppler; a file with scanned pages also by tesseract. */
    private static String read(Path pdf, boolean scanned, Path work) throws IOException {
        StringBuilder s = new StringBuilder(run(List.of("pdftotext", "-enc", "UTF-8", pdf.toString(), "-"), work));
        if (scanned) {
            Path dir = Files.createTempDirectory(work, "ocr");
            run(List.of("pdftoppm", "-r", "300", "-gray", "-png", pdf.toString(), dir.resolve("p").toString()), work);
            try (var pages = Files.list(dir)) {
                for (Path png : pages.sorted().toList()) {
                    s.append('\n').append(run(List.of("tesseract", png.toString(), "-", "-l", "nld"), work));
                }
            }
        }
        return s.toString();
    }

    private static String run(List<String> command, Path work) throws IOException {
        Path log = Files.createTempFile(work, "tool", ".log");
        try {
            Process p = new ProcessBuilder(command).redirectError(log.toFile()).start();
            byte[] out = p.getInputStream().readAllBytes();
            if (!p.waitFor(5, TimeUnit.MINUTES) || p.exitValue() != 0) {
                throw new IOException(command.get(0) + " faalde: " + Files.readString(log));
            }
            return new String(out, StandardCharsets.UTF_8);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("onderbroken", e);
        } finally {
            Files.deleteIfExists(log);
        }
    }

    private static ConfigurableApplicationContext context(Path data) {
        // as arguments, not default properties: those would lose against OPENBAAR_DATA_DIR and application.properties,
        // and the evaluation would write into the installation's database
        return new SpringApplicationBuilder(OpenbaarApplication.class).web(WebApplicationType.NONE).bannerMode(Banner.Mode.OFF)
                .logStartupInfo(false).run("--openbaar.data-dir=" + data, "--spring.datasource.url=jdbc:h2:file:" + data
                        + "/db/openbaar;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH",
                        "--openbaar.mode=cli", "--logging.level.root=WARN", "--spring.main.lazy-initialization=true");
    }
}
