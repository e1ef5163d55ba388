package nl.openbaar.detection.internal;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
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
        // accepted spans never overlap each other, so they sit in a map by start: the only candidates to overlap a
        // new span are the last one starting before its end and those before it that still reach into it
        TreeMap<Integer, Span> accepted = new TreeMap<>();
        for (Span s : rest) {
            Map.Entry<Integer, Span> e = accepted.lowerEntry(s.end());
            if (e == null || e.getValue().end() <= s.start()) {
                accepted.put(s.start(), s);
                continue;
            }
            Span a = e.getValue();
            if (a.category() == s.category() && (s.start() < a.start() || s.end() > a.end())) {
                int start = Math.min(a.start(), s.start());
                int end = Math.max(a.end(), s.end());
                // swallow every accepted span of the merged range of the same category; others stay as they are
                boolean clash = false;
                for (Span o : accepted.subMap(start, true, end, false).values()) {
                    if (o != a && o.category() != a.category()) {
                        clash = true;
                        break;
                    }
                }
                Map.Entry<Integer, Span> before = accepted.lowerEntry(start);
                if (!clash && (before == null || before.getValue().end() <= start)) {
                    accepted.subMap(start, true, end, false).clear();
                    accepted.remove(a.start());
                    accepted.put(start, new Span(start, end, a.category(), a.score(), a.recognizer(), a.subject(),
                            a.explanation(), a.reviewOnly()));
                }
            }
        }
        List<Span> result = new ArrayList<>(accepted.values());
        result.addAll(opinions);
        List<Span> acceptedList = result;
        acceptedList.sort(Comparator.comparingInt(Span::start).thenComparingInt(Span::end));
        return acceptedList;
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
