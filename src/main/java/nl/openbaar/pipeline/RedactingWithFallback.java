package nl.openbaar.pipeline;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import nl.openbaar.redaction.RasterisingPages;
import nl.openbaar.redaction.RedactingPdf;
import nl.openbaar.redaction.RedactionFailedException;
import nl.openbaar.redaction.model.RasterisedPage;
import nl.openbaar.redaction.model.RedactionBox;
import nl.openbaar.redaction.model.RedactionOutcome;
import nl.openbaar.redaction.model.RemovedText;
import nl.openbaar.verification.VerifyingRedaction;
import nl.openbaar.verification.model.BoxOnPage;
import nl.openbaar.verification.model.DocumentVerdict;
import nl.openbaar.verification.model.Leak;
import nl.openbaar.verification.model.Secret;

/**
 * Redacts one PDF so that it can always be published provably. Glyph-level removal first; where the gate cannot prove
 * a page clean, that page is rasterised (rendered, boxes burned into the pixels, OCR text layer) and the whole file is
 * checked again; when findings remain that no page can be blamed for, every page is rasterised and checked once more.
 * What the gate still finds after that refuses the file. The result says which pages were rasterised and why.
 */
public class RedactingWithFallback {

    /** How the file came out. */
    public enum Kind { GLYPH_LEVEL, FALLBACK, REFUSED, UNVERIFIED }

    /**
     * @param outcome       the glyph-level engine's work, or null when the engine could not redact the file
     * @param engineFailure why the engine could not, or null
     * @param verdict       the gate's last verdict, or null with --no-verify
     * @param rasterised    the pages published as images, with the reasons
     */
    public record Result(Kind kind, RedactionOutcome outcome, String engineFailure, DocumentVerdict verdict,
            DocumentVerdict glyphLevelVerdict, List<RasterisedPage> rasterised) {
    }

    /**
     * @param secrets      texts that may be found nowhere (besides what the engine removed)
     * @param scannedPages pages whose image was redacted: read back with OCR for the given secrets
     * @param chosen       pages a reviewer chose to publish as images
     * @param fallback     whether the automatic fallback may be used
     */
    public record Request(Path in, String password, List<RedactionBox> boxes, Path out, List<String> secrets,
            List<Integer> scannedPages, Set<Integer> chosen, boolean fallback, boolean verify) {
    }

    private final RedactingPdf redacting = new RedactingPdf();
    private final RasterisingPages rasterising = new RasterisingPages();
    private final VerifyingRedaction gate = new VerifyingRedaction();

    public Result redact(Request r) {
        RedactionOutcome outcome = null;
        String failure = null;
        try {
            outcome = redacting.redact(r.in(), r.password(), r.boxes(), r.out());
        } catch (RedactionFailedException e) {
            if (!r.fallback()) {
                throw e;
            }
            failure = e.getMessage();
        }
        // a rasterised page is the original's render: its boxes are burned in where the text lies there
        List<RedactionBox> drawn = outcome != null ? outcome.covered() : r.boxes();
        List<RemovedText> removed = outcome != null ? outcome.removedText() : redacting.textUnder(r.in(), r.password(), r.boxes());
        List<Secret> secrets = secrets(r, removed);
        List<BoxOnPage> onPages = (outcome != null ? outcome.drawn() : drawn).stream().map(b -> new BoxOnPage(b.page(), b.box())).toList();
        String name = r.out().getFileName().toString();

        Map<Integer, List<String>> why = new TreeMap<>();
        r.chosen().forEach(p -> why.computeIfAbsent(p, x -> new ArrayList<>()).add("gekozen door de beoordelaar"));
        DocumentVerdict first = null;
        if (outcome != null) {
            if (!r.verify()) {
                return new Result(Kind.UNVERIFIED, outcome, null, null, null, List.of());
            }
            if (why.isEmpty()) {
                first = gate.check(name, r.out(), secrets, onPages);
                if (first.passed() || !r.fallback()) {
                    return new Result(first.passed() ? Kind.GLYPH_LEVEL : Kind.REFUSED, outcome, null, first, first, List.of());
                }
                boolean wholeFile = false;
                for (Leak l : first.leaks()) {
                    if (l.page() > 0) {
                        why.computeIfAbsent(l.page(), x -> new ArrayList<>()).add(reason(l));
                    } else {
                        wholeFile = true;
                    }
                }
                if (why.isEmpty() && wholeFile) {
                    // a finding about the file as a whole: a fresh file of the same pages may already cure it
                    DocumentVerdict v = rebuild(r, outcome, Set.of(), drawn, secrets, onPages, name);
                    if (v.passed()) {
                        return new Result(Kind.FALLBACK, outcome, null, v, first, List.of());
                    }
                    first.leaks().forEach(l -> everyPage(r, why, reason(l)));
                }
            }
        } else {
            everyPage(r, why, "het weglakken op tekenniveau faalde: " + failure);
        }
        DocumentVerdict v = rebuild(r, outcome, why.keySet(), drawn, secrets, onPages, name);
        if (v.passed() || !r.verify()) {
            return new Result(r.verify() ? Kind.FALLBACK : Kind.UNVERIFIED, outcome, failure, v, first, pages(why));
        }
        if (outcome != null && why.size() < redacting.pages(r.in(), r.password())) {
            // a finding no page was blamed for (a stream the fonts share, say): every page as an image, checked again
            for (Leak l : v.leaks()) {
                everyPage(r, why, "na rasteren van de eerste pagina's nog gevonden: " + reason(l));
            }
            v = rebuild(r, null, why.keySet(), drawn, secrets, onPages, name);
        }
        return new Result(v.passed() ? Kind.FALLBACK : Kind.REFUSED, outcome, failure, v, first, pages(why));
    }

    /**
     * The unattended pipeline's second chance for a document the gate refused: the pages it blamed (every page for a
     * finding about the file as a whole) are rendered as images with the boxes burned in and a fresh OCR text layer,
     * the other pages are taken from the glyph-level file, into {@code out}. Returns the pages with the reasons; empty
     * when rasterising cannot cure the refusal and nothing was written: what the gate's own detection found outside
     * every box is in the pixels too, so those findings stand and refuse the document.
     */
    public List<RasterisedPage> rasteriseRefusedPages(Path original, Path glyphLevel, List<RedactionBox> drawn, DocumentVerdict refused,
            Path out) {
        Map<Integer, List<String>> why = pagesToRasterise(refused, redacting.pages(original, null));
        if (why.isEmpty()) {
            return List.of();
        }
        rasterising.rasterise(original, null, glyphLevel, why.keySet(), drawn, out);
        return pages(why);
    }

    /**
     * Which pages a refusal blames, with the reasons: a finding on a page blames that page, one about the whole file
     * every page. A finding of the gate's own detection (personal data outside every box) blames none: rasterising only
     * removes for certain what lies under the boxes.
     */
    static Map<Integer, List<String>> pagesToRasterise(DocumentVerdict refused, int pageCount) {
        Map<Integer, List<String>> why = new TreeMap<>();
        for (Leak l : refused.leaks()) {
            if ("detectie".equals(l.check())) {
                continue;
            }
            int from = l.page() > 0 ? l.page() : 1;
            int to = l.page() > 0 ? l.page() : pageCount;
            for (int p = from; p <= to; p++) {
                List<String> reasons = why.computeIfAbsent(p, x -> new ArrayList<>());
                if (!reasons.contains(reason(l))) {
                    reasons.add(reason(l));
                }
            }
        }
        return why;
    }

    private DocumentVerdict rebuild(Request r, RedactionOutcome outcome, Set<Integer> pages, List<RedactionBox> drawn,
            List<Secret> secrets, List<BoxOnPage> onPages, String name) {
        Path glyphLevel = null;
        try {
            if (outcome != null) {
                glyphLevel = r.out().resolveSibling(r.out().getFileName() + ".glyph.pdf");
                java.nio.file.Files.move(r.out(), glyphLevel, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
            }
            rasterising.rasterise(r.in(), r.password(), glyphLevel, pages, drawn, r.out());
        } catch (java.io.IOException e) {
            throw new RedactionFailedException(r.in().getFileName().toString(), e.getMessage(), e);
        } finally {
            if (glyphLevel != null) {
                try {
                    if (!java.nio.file.Files.exists(r.out())) {
                        java.nio.file.Files.move(glyphLevel, r.out());
                    } else {
                        java.nio.file.Files.deleteIfExists(glyphLevel);
                    }
                } catch (java.io.IOException ignored) {
                    // the glyph-level file is an intermediate; the result or the exception says what happened
                }
            }
        }
        if (!r.verify()) {
            return null;
        }
        List<Secret> all = new ArrayList<>(secrets);
        // a rasterised page shows the boxes where they were burned in; a kept page as the engine drew them
        List<BoxOnPage> shown = new ArrayList<>();
        for (RedactionBox b : drawn) {
            if (outcome == null || pages.contains(b.page())) {
                shown.add(new BoxOnPage(b.page(), b.box()));
            }
        }
        for (BoxOnPage b : onPages) {
            if (outcome != null && !pages.contains(b.page())) {
                shown.add(b);
            }
        }
        return gate.check(name, r.out(), all, shown);
    }

    private void everyPage(Request r, Map<Integer, List<String>> why, String reason) {
        int n = redacting.pages(r.in(), r.password());
        for (int p = 1; p <= n; p++) {
            List<String> list = why.computeIfAbsent(p, x -> new ArrayList<>());
            if (!list.contains(reason)) {
                list.add(reason);
            }
        }
    }

    private static List<Secret> secrets(Request r, List<RemovedText> removed) {
        List<Secret> all = new ArrayList<>();
        removed.forEach(t -> all.add(new Secret(t.page(), t.category(), t.text(), r.scannedPages().contains(t.page()))));
        r.secrets().forEach(s -> all.add(new Secret(0, "opgegeven", s, false)));
        for (int page : r.scannedPages()) {
            r.secrets().forEach(s -> all.add(new Secret(page, "opgegeven", s, true)));
        }
        return all;
    }

    /** A reason in words, never the text found: the check and the kind of information. */
    public static String reason(Leak l) {
        return l.check() + ": " + l.category() + (l.detail() == null || l.detail().isBlank() ? "" : " (" + l.detail() + ")");
    }

    private static List<RasterisedPage> pages(Map<Integer, List<String>> why) {
        List<RasterisedPage> list = new ArrayList<>();
        why.forEach((p, reasons) -> list.add(new RasterisedPage(p, List.copyOf(new java.util.LinkedHashSet<>(reasons)))));
        return list;
    }
}
