package nl.openbaar.tools.detection;

import nl.openbaar.detection.TextPages;
import nl.openbaar.detection.DetectionSettings;
import nl.openbaar.detection.DetectingPersonalData;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import nl.openbaar.detection.model.Category;
import nl.openbaar.detection.model.DetectionResult;
import nl.openbaar.detection.model.Finding;
import nl.openbaar.detection.model.Handling;

import nl.openbaar.detection.model.PublicMention;
import nl.openbaar.law.Regime;
import nl.openbaar.shared.InvalidInputException;
import nl.openbaar.shared.layout.PageLayout;
import nl.openbaar.shared.layout.PageRange;

/**
 * Quality figures for detection: recall (what matters most: a missed name is a leak) and precision on the
 * labelled Woo-style set, and person-name precision/recall/F1 on a BIO-tagged NER corpus (exact and
 * overlapping spans).
 */
public final class EvaluatingDetection {

    private final DetectingPersonalData detection;

    public EvaluatingDetection(DetectingPersonalData detection) {
        this.detection = detection;
    }

    // ------------------------------------------------------------------ Woo-style labelled set

    /** Per label: how many gold spans, how many a redacting finding covered, and which were missed. */
    public record LabelScore(String label, int gold, int found, List<String> missed) {
        public double recall() {
            return gold == 0 ? 1 : (double) found / gold;
        }
    }

    /**
     * @param recall        share of gold spans (all labels except PUBLIC and OPINION) fully covered by REDACT findings
     * @param opinionRecall share of OPINION spans overlapped by a review candidate
     * @param precision     share of REDACT findings that overlap a gold span
     * @param publicKept    share of PUBLIC spans no REDACT finding touches
     * @param falsePositives up to 50 findings outside every gold span ("document: text (category)")
     */
    public record WooScore(int documents, Map<String, LabelScore> labels, double recall, double opinionRecall,
            double precision, double publicKept, int findings, List<String> falsePositives, List<String> publicRedacted) {
    }

    public WooScore woo(List<LabelledDocument> docs, Regime regime) {
        Map<String, int[]> counts = new TreeMap<>();
        Map<String, List<String>> missed = new TreeMap<>();
        int redactFindings = 0;
        int truePositives = 0;
        int publicTotal = 0;
        int publicKept = 0;
        List<String> falsePositives = new ArrayList<>();
        List<String> publicRedacted = new ArrayList<>();
        // one register for the whole set: the sample documents are one case
        DetectionSettings settings = DetectionSettings.of(regime);
        Map<String, List<PageLayout>> byName = new LinkedHashMap<>();
        for (LabelledDocument d : docs) {
            byName.put(d.name(), TextPages.pages(d.pages()));
        }
        Map<String, DetectionResult> results = detection.detectCase(byName, settings);
        for (LabelledDocument d : docs) {
            DetectionResult r = results.get(d.name());
            List<Finding> redact = r.toRedact();
            for (LabelledDocument.Gold g : d.gold()) {
                if (g.isPublic()) {
                    publicTotal++;
                    boolean touched = redact.stream().anyMatch(f -> f.overlaps(g.page(), g.start(), g.end()));
                    if (touched) {
                        publicRedacted.add(d.name() + ": " + g.text());
                    } else {
                        publicKept++;
                    }
                    continue;
                }
                int[] c = counts.computeIfAbsent(g.label(), k -> new int[2]);
                c[0]++;
                boolean hit = g.label().equals("OPINION")
                        ? r.findings().stream().anyMatch(f -> f.category() == Category.POLICY_OPINION && f.overlaps(g.page(), g.start(), g.end()))
                        : covered(redact, g);
                if (hit) {
                    c[1]++;
                } else {
                    missed.computeIfAbsent(g.label(), k -> new ArrayList<>()).add(d.name() + ": " + g.text());
                }
            }
            for (Finding f : redact) {
                redactFindings++;
                boolean tp = d.gold().stream().anyMatch(g -> !g.isPublic() && f.overlaps(g.page(), g.start(), g.end()));
                if (tp) {
                    truePositives++;
                } else if (falsePositives.size() < 50) {
                    falsePositives.add(d.name() + ": " + f.text() + " (" + f.category() + ", " + f.recognizer() + ")");
                }
            }
        }
        Map<String, LabelScore> labels = new LinkedHashMap<>();
        int gold = 0;
        int found = 0;
        for (Map.Entry<String, int[]> e : counts.entrySet()) {
            labels.put(e.getKey(), new LabelScore(e.getKey(), e.getValue()[0], e.getValue()[1],
                    List.copyOf(missed.getOrDefault(e.getKey(), List.of()))));
            if (!e.getKey().equals("OPINION")) {
                gold += e.getValue()[0];
                found += e.getValue()[1];
            }
        }
        LabelScore op = labels.get("OPINION");
        return new WooScore(docs.size(), labels, gold == 0 ? 1 : (double) found / gold, op == null ? 1 : op.recall(),
                redactFindings == 0 ? 1 : (double) truePositives / redactFindings,
                publicTotal == 0 ? 1 : (double) publicKept / publicTotal, redactFindings, falsePositives, publicRedacted);
    }

    /** Every character of the gold span lies under some REDACT finding (a half-covered name is a leak). */
    private static boolean covered(List<Finding> redact, LabelledDocument.Gold g) {
        for (int p = g.start(); p < g.end(); p++) {
            int pos = p;
            if (isSpaceOrPunct(g, p)) {
                continue;
            }
            if (redact.stream().noneMatch(f -> f.covers(g.page(), pos))) {
                return false;
            }
        }
        return true;
    }

    /** Spaces, quotes and commas inside a gold span ("Verbeek, Lotte") need no box. */
    private static boolean isSpaceOrPunct(LabelledDocument.Gold g, int p) {
        char c = g.text().charAt(p - g.start());
        return Character.isWhitespace(c) || c == ',' || c == '"' || c == '(' || c == ')' || c == '|';
    }

    /** Reads every {@code *.txt} of a folder as a labelled document, in name order. */
    public static List<LabelledDocument> readLabelled(Path dir) {
        if (!Files.isDirectory(dir)) {
            throw new InvalidInputException("woo", "geen map: " + dir);
        }
        try (var files = Files.list(dir)) {
            List<Path> txt = files.filter(p -> p.getFileName().toString().endsWith(".txt")).sorted().toList();
            List<LabelledDocument> docs = new ArrayList<>();
            for (Path p : txt) {
                docs.add(LabelledDocument.parse(p.getFileName().toString(), Files.readString(p, StandardCharsets.UTF_8)));
            }
            if (docs.isEmpty()) {
                throw new InvalidInputException("woo", "geen .txt-bestanden in " + dir);
            }
            return docs;
        } catch (IOException e) {
            throw new InvalidInputException("woo", "kan " + dir + " niet lezen: " + e.getMessage());
        }
    }

    // ------------------------------------------------------------------ CoNLL-style NER corpus

    /**
     * @param goldSpans      PER spans in the corpus
     * @param predicted      name spans detection found (redacted, kept visible as public, with {@code review} also
     *                       those proposed for review only)
     * @param exactPrecision predicted spans that cover exactly the tokens of a gold span / predicted
     * @param overlapRecall  gold spans sharing a token with a prediction / gold
     * @param missed         up to 200 gold spans not found exactly, with their line ("Lotte Verbeek | …text…")
     * @param wrong          up to 200 predictions that are no exact gold span
     */
    public record NerScore(int tokens, int goldSpans, int predicted, double exactPrecision, double exactRecall,
            double exactF1, double overlapPrecision, double overlapRecall, double overlapF1, double seconds,
            List<String> missed, List<String> wrong) {
    }

    /** Person names on a CoNLL-style file; see {@link #ner(ConllCorpus, boolean)}. */
    public NerScore ner(Path conll) {
        return ner(ConllCorpus.read(conll), false);
    }

    /**
     * Person-name quality of the whole detector on a CoNLL corpus, exact span match over tokens. The text is
     * rebuilt from the tokens ({@link ConllPages}); each document is one case with its own register (a document
     * longer than {@value #CASE_TOKENS} tokens, such as a file without document breaks, is cut into cases of a
     * page each). A prediction covers the tokens its characters touch, so punctuation glued to a token
     * ("Bosch,") does not matter. Names detection keeps visible on purpose (public office) count as found names.
     *
     * @param review also count names proposed for review only (by default only what is redacted unattended)
     */
    public NerScore ner(ConllCorpus corpus, boolean review) {
        long t0 = System.nanoTime();
        int gold = 0;
        int predicted = 0;
        int exact = 0;
        int goldOverlapped = 0;
        int predOverlapping = 0;
        List<String> missed = new ArrayList<>();
        List<String> wrong = new ArrayList<>();
        for (ConllCorpus.Document doc : corpus.documents()) {
            List<ConllPages.Page> pages = ConllPages.of(doc);
            List<List<ConllPages.Page>> cases = new ArrayList<>();
            if (doc.tokens() <= CASE_TOKENS) {
                cases.add(pages);
            } else {
                pages.forEach(p -> cases.add(List.of(p)));
            }
            for (List<ConllPages.Page> kase : cases) {
                Map<Integer, List<PageLayout>> byPage = new LinkedHashMap<>();
                for (int i = 0; i < kase.size(); i++) {
                    byPage.put(i, List.of(TextPages.page(1, kase.get(i).text())));
                }
                Map<Integer, DetectionResult> results = detection.detectCase(byPage, DetectionSettings.of(Regime.WOO));
                for (int i = 0; i < kase.size(); i++) {
                    ConllPages.Page page = kase.get(i);
                    List<int[]> pred = new ArrayList<>();
                    List<String> voices = new ArrayList<>();
                    for (Finding f : results.get(i).findings()) {
                        if (f.category() == Category.PERSON_NAME
                                && (f.handling() == Handling.REDACT || review && f.handling() == Handling.REVIEW)) {
                            int start = f.ranges().stream().mapToInt(PageRange::start).min().orElseThrow();
                            int end = f.ranges().stream().mapToInt(PageRange::end).max().orElseThrow();
                            if (addTokenSpan(pred, page, start, end)) {
                                voices.add(f.recognizer());
                            }
                        }
                    }
                    for (PublicMention m : results.get(i).publicMentions()) {
                        if (addTokenSpan(pred, page, m.start(), m.end())) {
                            voices.add("openbaar ambt");
                        }
                    }
                    gold += page.persons().size();
                    predicted += pred.size();
                    for (int n = 0; n < pred.size(); n++) {
                        int[] p = pred.get(n);
                        boolean eq = false;
                        boolean ov = false;
                        for (int[] g : page.persons()) {
                            eq |= p[0] == g[0] && p[1] == g[1];
                            ov |= p[0] < g[1] && g[0] < p[1];
                        }
                        exact += eq ? 1 : 0;
                        predOverlapping += ov ? 1 : 0;
                        if (!eq && wrong.size() < 200) {
                            wrong.add(show(page, p) + "  [" + voices.get(n) + "]");
                        }
                    }
                    for (int[] g : page.persons()) {
                        boolean eq = false;
                        for (int[] p : pred) {
                            eq |= p[0] == g[0] && p[1] == g[1];
                        }
                        for (int[] p : pred) {
                            if (p[0] < g[1] && g[0] < p[1]) {
                                goldOverlapped++;
                                break;
                            }
                        }
                        if (!eq && missed.size() < 200) {
                            missed.add(show(page, g));
                        }
                    }
                }
            }
        }
        double seconds = (System.nanoTime() - t0) / 1e9;
        double ep = predicted == 0 ? 0 : (double) exact / predicted;
        double er = gold == 0 ? 0 : (double) exact / gold;
        double op = predicted == 0 ? 0 : (double) predOverlapping / predicted;
        double or = gold == 0 ? 0 : (double) goldOverlapped / gold;
        return new NerScore(corpus.tokens(), gold, predicted, ep, er, f1(ep, er), op, or, f1(op, or), seconds,
                List.copyOf(missed), List.copyOf(wrong));
    }

    /** Documents up to this many tokens are one case (one register); longer ones are cut into a case per page. */
    static final int CASE_TOKENS = 3000;

    /** The tokens a character span touches, as {from, to}; added once (true when added). */
    private static boolean addTokenSpan(List<int[]> out, ConllPages.Page page, int start, int end) {
        int from = -1;
        int to = -1;
        for (int k = 0; k < page.tokens().size(); k++) {
            if (page.start()[k] < end && start < page.end()[k]) {
                if (from < 0) {
                    from = k;
                }
                to = k + 1;
            }
        }
        if (from < 0) {
            return false;
        }
        for (int[] p : out) {
            if (p[0] == from && p[1] == to) {
                return false;
            }
        }
        out.add(new int[] {from, to});
        return true;
    }

    private static String show(ConllPages.Page page, int[] span) {
        String name = page.text().substring(page.start()[span[0]], page.end()[span[1] - 1]);
        int s = Math.max(0, page.start()[span[0]] - 40);
        int e = Math.min(page.text().length(), page.end()[span[1] - 1] + 40);
        return name + "  |  …" + page.text().substring(s, e).replace('\n', ' ') + "…";
    }

    private static double f1(double p, double r) {
        return p + r == 0 ? 0 : 2 * p * r / (p + r);
    }
}
