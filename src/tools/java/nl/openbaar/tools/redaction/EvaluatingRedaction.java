package nl.openbaar.tools.redaction;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import nl.openbaar.pipeline.RedactingWithFallback;
import nl.openbaar.redaction.model.RedactionBox;
import nl.openbaar.shared.InvalidInputException;
import nl.openbaar.shared.layout.Box;
import nl.openbaar.verification.model.Leak;

/**
 * Redacts one word on page 1 of every PDF in a folder, as a new user would with {@code openbaar redact}, and counts
 * the outcomes: verified glyph-level, verified with the fallback, refused, bad input, no usable word, crash; with the
 * reasons of fallbacks and refusals counted; and whether poppler can still read the word in a published result (a
 * leak). The word is one that occurs once in the whole document's text, so that the gate refusing for another
 * occurrence is not counted against it.
 */
public final class EvaluatingRedaction {

    public enum Outcome { GLYPH_LEVEL, FALLBACK, REFUSED, BAD_INPUT, NO_WORD, CRASH }

    public record FileResult(String file, Outcome outcome, List<String> reasons, boolean leak, double seconds) {
    }

    public record Report(int files, Map<Outcome, Integer> outcomes, Map<String, Integer> fallbackReasons,
            Map<String, Integer> refusalReasons, Map<String, Integer> crashes, Map<String, Integer> badInput, int leaks,
            List<FileResult> results) {
    }

    private static final Pattern WORD = Pattern.compile(
            "<word xMin=\"([\\d.]+)\" yMin=\"([\\d.]+)\" xMax=\"([\\d.]+)\" yMax=\"([\\d.]+)\">([^<]*)</word>");
    private static final Pattern LETTERS = Pattern.compile("\\p{IsAlphabetic}{5,}");

    private final long timeoutSeconds;

    public EvaluatingRedaction(long timeoutSeconds) {
        this.timeoutSeconds = timeoutSeconds;
    }

    public Report run(Path corpus, int limit, Path work) throws IOException {
        List<Path> files;
        try (Stream<Path> s = Files.walk(corpus)) {
            files = s.filter(p -> p.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".pdf")).sorted().toList();
        }
        if (limit > 0 && files.size() > limit) {
            // an even spread over the sorted names, not the first few: a fixed, repeatable sample
            List<Path> sample = new ArrayList<>();
            for (int i = 0; i < limit; i++) {
                sample.add(files.get((int) ((long) i * files.size() / limit)));
            }
            files = sample;
        }
        Files.createDirectories(work);
        List<FileResult> results = new ArrayList<>();
        ExecutorService pool = Executors.newSingleThreadExecutor(r -> {
            Thread t = new Thread(r, "eval-redaction");
            t.setDaemon(true);
            return t;
        });
        try {
            for (Path f : files) {
                long start = System.nanoTime();
                Future<FileResult> job = pool.submit(() -> one(f, work));
                FileResult r;
                try {
                    r = job.get(timeoutSeconds, TimeUnit.SECONDS);
                } catch (TimeoutException e) {
                    job.cancel(true);
                    pool.shutdownNow();
                    pool = Executors.newSingleThreadExecutor();
                    r = new FileResult(f.getFileName().toString(), Outcome.CRASH, List.of("geen antwoord na " + timeoutSeconds + " s"), false, 0);
                } catch (Exception e) {
                    r = new FileResult(f.getFileName().toString(), Outcome.CRASH, List.of(kind(e.getCause() == null ? e : e.getCause())), false, 0);
                }
                results.add(new FileResult(r.file(), r.outcome(), r.reasons(), r.leak(), (System.nanoTime() - start) / 1e9));
            }
        } finally {
            pool.shutdownNow();
        }
        Map<Outcome, Integer> outcomes = new LinkedHashMap<>();
        for (Outcome o : Outcome.values()) {
            outcomes.put(o, 0);
        }
        Map<String, Integer> fallback = new TreeMap<>();
        Map<String, Integer> refused = new TreeMap<>();
        Map<String, Integer> crashes = new TreeMap<>();
        Map<String, Integer> bad = new TreeMap<>();
        int leaks = 0;
        for (FileResult r : results) {
            outcomes.merge(r.outcome(), 1, Integer::sum);
            Map<String, Integer> into = switch (r.outcome()) {
                case FALLBACK -> fallback;
                case REFUSED -> refused;
                case CRASH -> crashes;
                case BAD_INPUT -> bad;
                default -> null;
            };
            if (into != null) {
                r.reasons().stream().distinct().forEach(s -> into.merge(s, 1, Integer::sum));
            }
            if (r.leak()) {
                leaks++;
            }
        }
        return new Report(results.size(), outcomes, fallback, refused, crashes, bad, leaks, results);
    }

    private FileResult one(Path pdf, Path work) throws IOException {
        String name = pdf.getFileName().toString();
        String all;
        String bbox;
        try {
            all = run(List.of("pdftotext", "-enc", "UTF-8", pdf.toString(), "-"));
            bbox = run(List.of("pdftotext", "-enc", "UTF-8", "-bbox", "-f", "1", "-l", "1", pdf.toString(), "-"));
        } catch (IOException e) {
            // poppler cannot read it either (encrypted, broken): what openbaar says about it is the outcome
            all = "";
            bbox = "";
        }
        String lower = all.toLowerCase(Locale.ROOT);
        String word = null;
        Box box = null;
        Matcher m = WORD.matcher(bbox);
        while (m.find()) {
            String w = m.group(5).replace("&amp;", "&");
            Matcher l = LETTERS.matcher(w);
            if (!l.matches()) {
                continue;
            }
            String lw = w.toLowerCase(Locale.ROOT);
            if (lower.indexOf(lw) != lower.lastIndexOf(lw)) {
                continue;
            }
            double x0 = Double.parseDouble(m.group(1));
            double y0 = Double.parseDouble(m.group(2));
            double x1 = Double.parseDouble(m.group(3));
            double y1 = Double.parseDouble(m.group(4));
            if (x1 - x0 < 1 || y1 - y0 < 1) {
                continue;
            }
            word = w;
            box = new Box(x0, y0, x1 - x0, y1 - y0);
            break;
        }
        Path out = work.resolve(name.replaceAll("[^A-Za-z0-9._-]", "_") + ".redacted.pdf");
        List<RedactionBox> boxes = box == null ? List.of() : List.of(new RedactionBox(1, box, "5.1.2e", "woord"));
        RedactingWithFallback.Result r;
        try {
            r = new RedactingWithFallback().redact(new RedactingWithFallback.Request(pdf, null, boxes, out,
                    word == null ? List.of() : List.of(word), List.of(), Set.of(), true, true));
        } catch (InvalidInputException e) {
            return new FileResult(name, Outcome.BAD_INPUT, List.of(e.getMessage().replace(name, "BESTAND")), false, 0);
        } catch (RuntimeException e) {
            return new FileResult(name, Outcome.CRASH, List.of(kind(e)), false, 0);
        }
        if (word == null) {
            // redacting nothing still has to give a clean fresh file; but there is no word to measure
            Files.deleteIfExists(out);
            return new FileResult(name, Outcome.NO_WORD, List.of(), false, 0);
        }
        List<String> reasons = new ArrayList<>();
        Outcome outcome = switch (r.kind()) {
            case GLYPH_LEVEL -> Outcome.GLYPH_LEVEL;
            case FALLBACK -> Outcome.FALLBACK;
            default -> Outcome.REFUSED;
        };
        if (outcome == Outcome.FALLBACK) {
            if (r.engineFailure() != null) {
                reasons.add("engine faalde");
            } else if (r.glyphLevelVerdict() != null) {
                r.glyphLevelVerdict().leaks().forEach(l -> reasons.add(reason(l)));
            }
        } else if (outcome == Outcome.REFUSED) {
            r.verdict().leaks().forEach(l -> reasons.add(reason(l)));
        }
        boolean leak = false;
        if (outcome != Outcome.REFUSED) {
            // poppler as an outsider would use it, on the published file
            String after = run(List.of("pdftotext", "-enc", "UTF-8", out.toString(), "-")).toLowerCase(Locale.ROOT);
            leak = after.contains(word.toLowerCase(Locale.ROOT));
        }
        Files.deleteIfExists(out);
        return new FileResult(name, outcome, reasons, leak, 0);
    }

    private static String reason(Leak l) {
        return l.check() + ": " + l.category();
    }

    private static String kind(Throwable e) {
        String msg = String.valueOf(e.getMessage());
        return e.getClass().getSimpleName() + ": " + (msg.length() > 120 ? msg.substring(0, 120) : msg);
    }

    private static String run(List<String> command) throws IOException {
        Path err = Files.createTempFile("eval-redaction", ".err");
        try {
            Process p = new ProcessBuilder(command).redirectError(err.toFile()).start();
            byte[] out = p.getInputStream().readAllBytes();
            if (!p.waitFor(120, TimeUnit.SECONDS) || p.exitValue() != 0) {
                p.destroyForcibly();
                throw new IOException(command.get(0) + " faalde");
            }
            return new String(out, StandardCharsets.UTF_8);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("onderbroken", e);
        } finally {
            Files.deleteIfExists(err);
        }
    }
}
