package nl.openbaar.detection.internal;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import nl.openbaar.detection.model.Category;

/**
 * Where candidates overlap, one wins: the stronger (validated patterns before names, then score, then
 * length). Candidates of the same category that overlap are merged into one span, so nothing that either
 * covered is left uncovered. Policy opinions are sentence-level review candidates and coexist with the
 * names inside them.
 */
public final class OverlapResolver {

    private OverlapResolver() {
    }

    public static List<Span> resolve(List<Span> spans) {
        List<Span> opinions = new ArrayList<>();
        List<Span> rest = new ArrayList<>(spans.size());
        for (Span s : spans) {
            (s.category() == Category.POLICY_OPINION ? opinions : rest).add(s);
        }
        rest.sort(Comparator.comparingDouble(OverlapResolver::strength).reversed()
                .thenComparing(Comparator.comparingInt(Span::length).reversed())
                .thenComparingInt(Span::start));
        List<Span> accepted = new ArrayList<>(rest.size());
        outer:
        for (Span s : rest) {
            for (int k = 0; k < accepted.size(); k++) {
                Span a = accepted.get(k);
                if (!a.overlaps(s)) {
                    continue;
                }
                if (a.category() == s.category() && (s.start() < a.start() || s.end() > a.end())) {
                    accepted.set(k, new Span(Math.min(a.start(), s.start()), Math.max(a.end(), s.end()), a.category(),
                            a.score(), a.recognizer(), a.subject(), a.explanation(), a.reviewOnly()));
                }
                continue outer;
            }
            accepted.add(s);
        }
        accepted.addAll(opinions);
        accepted.sort(Comparator.comparingInt(Span::start).thenComparingInt(Span::end));
        return accepted;
    }

    private static double strength(Span s) {
        return switch (s.category()) {
            case EMAIL_LOCAL_PART, GROUP_MAILBOX, PHONE_NUMBER, BSN, IBAN, LICENCE_PLATE, DATE_OF_BIRTH -> 2 + s.score();
            case STREET_ADDRESS, POSTCODE -> 1.5 + s.score();
            case PERSON_NAME -> 1 + s.score();
            case JOB_TITLE, POLICY_OPINION -> s.score();
        };
    }
}
