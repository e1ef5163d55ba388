package nl.openbaar.tools.detection;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import nl.openbaar.detection.DetectingPersonalData;
import nl.openbaar.detection.DetectionSettings;
import nl.openbaar.detection.TextPages;
import nl.openbaar.detection.model.DetectionResult;
import nl.openbaar.detection.model.Finding;
import nl.openbaar.detection.model.Handling;
import nl.openbaar.law.Regime;
import nl.openbaar.shared.layout.PageLayout;

/**
 * What detection does with what is public and with the private people who share a public person's name, on a
 * labelled set ({@code {{PUBLIC-ORG:RIVM}}}, {@code [[NAMESAKE:Mark Rutte]]}; see {@link LabelledDocument}).
 *
 * <ul>
 * <li><b>over-redaction</b>: public mentions a finding proposed for redaction touches, over all public mentions
 * (per kind: PERSON, ORG, CONTACT, HEADING, TIME);</li>
 * <li><b>under-redaction</b>: private namesakes of public office holders that the unattended pipeline leaves
 * readable (not wholly covered by a finding it redacts), over all namesakes; "silently kept" are those not even
 * proposed for review;</li>
 * <li>recall of the other personal data in the set, so that keeping things visible is not bought with leaks.</li>
 * </ul>
 */
public final class EvaluatingPublicMentions {

    private final DetectingPersonalData detection;

    public EvaluatingPublicMentions(DetectingPersonalData detection) {
        this.detection = detection;
    }

    /** Counts of one kind of public mention. */
    public record KindScore(String kind, int total, int redacted, int proposed) {
        public double overRedaction() {
            return total == 0 ? 0 : (double) redacted / total;
        }
    }

    /**
     * @param publicTotal        public mentions in the set
     * @param publicRedacted     of which touched by a finding redacted unattended
     * @param publicProposed     of which touched by any finding (redacted or for review)
     * @param namesakes          private people sharing a public office holder's name
     * @param namesakesReadable  of which not wholly covered by a redacted finding
     * @param namesakesSilent    of which not covered by any finding at all
     * @param personalTotal      other labelled personal data (NAME, EMAIL, PHONE, …)
     * @param personalRedacted   of which wholly covered by a redacted finding
     * @param examples           what went wrong, per public mention or namesake ("document: text (why)"), at most 80
     */
    public record Score(int documents, Map<String, KindScore> kinds, int publicTotal, int publicRedacted, int publicProposed,
            int namesakes, int namesakesReadable, int namesakesSilent, int personalTotal, int personalRedacted,
            List<String> examples) {

        public double overRedaction() {
            return publicTotal == 0 ? 0 : (double) publicRedacted / publicTotal;
        }

        public double underRedaction() {
            return namesakes == 0 ? 0 : (double) namesakesReadable / namesakes;
        }

        public double personalRecall() {
            return personalTotal == 0 ? 1 : (double) personalRedacted / personalTotal;
        }
    }

    /** Scores one set; its documents are one case (one register), as the labelled Woo set is. */
    public Score score(List<LabelledDocument> docs, Regime regime) {
        DetectionSettings settings = DetectionSettings.of(regime);
        Map<String, List<PageLayout>> byName = new LinkedHashMap<>();
        for (LabelledDocument d : docs) {
            byName.put(d.name(), TextPages.pages(d.pages()));
        }
        Map<String, DetectionResult> results = detection.detectCase(byName, settings);
        Map<String, int[]> kinds = new TreeMap<>();
        int publicTotal = 0;
        int publicRedacted = 0;
        int publicProposed = 0;
        int namesakes = 0;
        int readable = 0;
        int silent = 0;
        int personal = 0;
        int personalRedacted = 0;
        List<String> examples = new ArrayList<>();
        for (LabelledDocument d : docs) {
            List<Finding> all = results.get(d.name()).findings();
            List<Finding> redact = all.stream().filter(f -> f.handling() == Handling.REDACT).toList();
            for (LabelledDocument.Gold g : d.gold()) {
                if (g.isPublic()) {
                    int[] c = kinds.computeIfAbsent(g.publicKind().isEmpty() ? "OTHER" : g.publicKind(), k -> new int[3]);
                    c[0]++;
                    publicTotal++;
                    Finding hit = touching(redact, g);
                    if (hit != null) {
                        c[1]++;
                        publicRedacted++;
                        example(examples, d, g, "gelakt als " + hit.category().labelNl() + ", " + hit.recognizer());
                    }
                    Finding any = touching(all, g);
                    if (any != null) {
                        c[2]++;
                        publicProposed++;
                        if (hit == null) {
                            example(examples, d, g, "ter beoordeling als " + any.category().labelNl());
                        }
                    }
                } else if (g.label().equals("NAMESAKE")) {
                    namesakes++;
                    if (!covered(redact, g)) {
                        readable++;
                        boolean proposed = covered(all, g);
                        if (!proposed) {
                            silent++;
                        }
                        example(examples, d, g, proposed ? "naamgenoot alleen ter beoordeling" : "naamgenoot leesbaar gebleven");
                    }
                } else if (!g.label().equals("OPINION")) {
                    personal++;
                    if (covered(redact, g)) {
                        personalRedacted++;
                    } else {
                        example(examples, d, g, "persoonsgegeven (" + g.label() + ") gemist");
                    }
                }
            }
        }
        Map<String, KindScore> byKind = new LinkedHashMap<>();
        kinds.forEach((k, c) -> byKind.put(k, new KindScore(k, c[0], c[1], c[2])));
        return new Score(docs.size(), byKind, publicTotal, publicRedacted, publicProposed, namesakes, readable, silent,
                personal, personalRedacted, List.copyOf(examples));
    }

    private static void example(List<String> examples, LabelledDocument d, LabelledDocument.Gold g, String why) {
        if (examples.size() < 80) {
            examples.add(d.name() + ": " + g.text().replace('\n', ' ') + " (" + why + ")");
        }
    }

    private static Finding touching(List<Finding> findings, LabelledDocument.Gold g) {
        for (Finding f : findings) {
            if (f.overlaps(g.page(), g.start(), g.end())) {
                return f;
            }
        }
        return null;
    }

    /** Every letter of the span lies under some finding (a name split in two findings is covered). */
    private static boolean covered(List<Finding> findings, LabelledDocument.Gold g) {
        for (int i = g.start(); i < g.end(); i++) {
            if (Character.isWhitespace(g.text().charAt(i - g.start()))) {
                continue;
            }
            int at = i;
            if (findings.stream().noneMatch(f -> f.covers(g.page(), at))) {
                return false;
            }
        }
        return true;
    }
}
