package nl.openbaar.detection;

import java.io.BufferedReader;
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
import nl.openbaar.detection.model.LabelledDocument;
import nl.openbaar.detection.model.PublicMention;
import nl.openbaar.law.Regime;
import nl.openbaar.shared.InvalidInputException;
import nl.openbaar.shared.layout.PageLayout;

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
                    boolean touched = redact.stream().anyMatch(f -> f.page() == g.page() && f.start() < g.end() && g.start() < f.end());
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
                        ? r.findings().stream().anyMatch(f -> f.category() == Category.POLICY_OPINION && f.page() == g.page()
                                && f.start() < g.end() && g.start() < f.end())
                        : covered(redact, g);
                if (hit) {
                    c[1]++;
                } else {
                    missed.computeIfAbsent(g.label(), k -> new ArrayList<>()).add(d.name() + ": " + g.text());
                }
            }
            for (Finding f : redact) {
                redactFindings++;
                boolean tp = d.gold().stream().anyMatch(g -> !g.isPublic() && g.page() == f.page()
                        && f.start() < g.end() && g.start() < f.end());
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
            if (redact.stream().noneMatch(f -> f.page() == g.page() && f.start() <= pos && pos < f.end())) {
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

    // ------------------------------------------------------------------ BIO-tagged NER corpus

    /**
     * @param goldSpans     PER spans in the corpus
     * @param predicted     name spans detection found (redacted, for review, or kept visible as public)
     * @param exactPrecision predicted spans that equal a gold span / predicted
     * @param overlapRecall  gold spans overlapped by a prediction / gold
     */
    public record NerScore(int tokens, int goldSpans, int predicted, double exactPrecision, double exactRecall,
            double exactF1, double overlapPrecision, double overlapRecall, double overlapF1, double seconds) {
    }

    /**
     * Person-name quality on a BIO file ("token TAG" a line). The text is rebuilt with single spaces and cut
     * into pages of about 400 tokens (the corpus has no sentence breaks); each page is its own document with
     * a fresh register. Spans are compared without surrounding punctuation, which the corpus glues to tokens
     * ("Bosch,"). Names detection keeps visible on purpose (public office) count as found names here.
     */
    public NerScore ner(Path bio) {
        List<String> tokens = new ArrayList<>();
        List<String> tags = new ArrayList<>();
        try (BufferedReader r = Files.newBufferedReader(bio, StandardCharsets.UTF_8)) {
            String line;
            int n = 0;
            while ((line = r.readLine()) != null) {
                n++;
                if (line.isBlank()) {
                    continue;
                }
                int sp = line.lastIndexOf(' ');
                if (sp <= 0) {
                    throw new InvalidInputException("ner", bio + " regel " + n + ": verwacht 'token TAG'");
                }
                tokens.add(line.substring(0, sp));
                tags.add(line.substring(sp + 1).trim());
            }
        } catch (IOException e) {
            throw new InvalidInputException("ner", "kan " + bio + " niet lezen: " + e.getMessage());
        }
        long t0 = System.nanoTime();
        int gold = 0;
        int predicted = 0;
        int exact = 0;
        int goldOverlapped = 0;
        int predOverlapping = 0;
        int from = 0;
        while (from < tokens.size()) {
            int to = Math.min(tokens.size(), from + 400);
            while (to < tokens.size() && to < from + 600 && !tokens.get(to - 1).endsWith(".")) {
                to++;
            }
            StringBuilder text = new StringBuilder();
            List<int[]> goldSpans = new ArrayList<>();
            int[] open = null;
            for (int k = from; k < to; k++) {
                if (k > from) {
                    text.append(' ');
                }
                int s = text.length();
                text.append(tokens.get(k));
                String tag = tags.get(k);
                if (tag.equals("B-PER") || tag.equals("I-PER") && open == null) {
                    open = new int[] {s, text.length()};
                    goldSpans.add(open);
                } else if (tag.equals("I-PER")) {
                    open[1] = text.length();
                } else {
                    open = null;
                }
            }
            String page = text.toString();
            DetectionResult r = detection.detect(List.of(TextPages.page(1, page)), DetectionSettings.of(Regime.WOO));
            List<int[]> pred = new ArrayList<>();
            for (Finding f : r.findings()) {
                if (f.category() == Category.PERSON_NAME && f.handling() == Handling.REDACT) {
                    pred.add(trim(page, f.start(), f.end()));
                }
            }
            for (PublicMention m : r.publicMentions()) {
                pred.add(trim(page, m.start(), m.end()));
            }
            List<int[]> goldTrimmed = goldSpans.stream().map(g -> trim(page, g[0], g[1])).toList();
            gold += goldTrimmed.size();
            predicted += pred.size();
            for (int[] p : pred) {
                boolean eq = false;
                boolean ov = false;
                for (int[] g : goldTrimmed) {
                    eq |= p[0] == g[0] && p[1] == g[1];
                    ov |= p[0] < g[1] && g[0] < p[1];
                }
                exact += eq ? 1 : 0;
                predOverlapping += ov ? 1 : 0;
            }
            for (int[] g : goldTrimmed) {
                for (int[] p : pred) {
                    if (p[0] < g[1] && g[0] < p[1]) {
                        goldOverlapped++;
                        break;
                    }
                }
            }
            from = to;
        }
        double seconds = (System.nanoTime() - t0) / 1e9;
        double ep = predicted == 0 ? 0 : (double) exact / predicted;
        double er = gold == 0 ? 0 : (double) exact / gold;
        double op = predicted == 0 ? 0 : (double) predOverlapping / predicted;
        double or = gold == 0 ? 0 : (double) goldOverlapped / gold;
        return new NerScore(tokens.size(), gold, predicted, ep, er, f1(ep, er), op, or, f1(op, or), seconds);
    }

    private static int[] trim(String text, int s, int e) {
        while (s < e && !Character.isLetterOrDigit(text.charAt(s))) {
            s++;
        }
        while (e > s && !Character.isLetterOrDigit(text.charAt(e - 1)) && text.charAt(e - 1) != '.') {
            e--;
        }
        // a final full stop belongs to an initial ("J.") but not to a name ending a sentence ("Bosch.")
        if (e - s > 2 && text.charAt(e - 1) == '.' && Character.isLowerCase(text.charAt(e - 2))) {
            e--;
        }
        return new int[] {s, e};
    }

    private static double f1(double p, double r) {
        return p + r == 0 ? 0 : 2 * p * r / (p + r);
    }
}
