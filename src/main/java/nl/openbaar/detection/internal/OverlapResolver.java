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

    /**
     * The hook for what is public: a personal candidate that lies wholly under public spans (an organisation's name,
     * its contact data, a heading, a timestamp, an office holder in that role) is dropped; a person's name that lies
     * partly under one keeps only the part outside ("Vermeulen" of "heer Vermeulen van Vermeulen Groep" stays, the
     * company does not). A value (phone number, postcode …) is dropped only when wholly public, never cut. Dropped
     * names and job titles are reported as public mentions with the reason, so the reviewer sees what was kept.
     */
    public static void suppressPublic(PageScan scan) {
        if (scan.publicSpans.isEmpty() || scan.spans.isEmpty()) {
            return;
        }
        PublicCover cover = new PublicCover(scan.publicSpans);
        List<Span> kept = new ArrayList<>(scan.spans.size());
        for (Span s : scan.spans) {
            if (!cover.overlaps(s.start(), s.end())) {
                kept.add(s); // the common case, found with one search instead of one per character
                continue;
            }
            PublicSpan first = null;
            int firstOpen = -1;
            int lastOpen = -1;
            for (int i = s.start(); i < s.end(); i++) {
                if (!Character.isLetterOrDigit(scan.text.charAt(i))) {
                    continue;
                }
                PublicSpan p = cover.at(i);
                if (p == null) {
                    if (firstOpen < 0) {
                        firstOpen = i;
                    }
                    lastOpen = i;
                } else if (first == null) {
                    first = p;
                }
            }
            if (first == null) {
                kept.add(s);
            } else if (firstOpen < 0) {
                if (s.category() == Category.PERSON_NAME || s.category() == Category.JOB_TITLE) {
                    scan.publicMentions.add(new Span(s.start(), s.end(), s.category(), s.score(), s.recognizer(), s.subject(),
                            first.reason(), false));
                }
            } else if (s.category() == Category.PERSON_NAME) {
                int start = wordStart(scan.text, firstOpen);
                int end = wordEnd(scan.text, lastOpen + 1);
                kept.add(new Span(start, end, s.category(), s.score(), s.recognizer(), s.subject(),
                        s.explanation() + "; zonder '" + scan.text.substring(first.start(), first.end()) + "' (" + first.reason() + ")",
                        s.reviewOnly()));
            } else {
                kept.add(s);
            }
        }
        scan.spans.clear();
        scan.spans.addAll(kept);
    }

    /** Which public span covers an offset: the spans sorted by start, with the furthest end so far, searched in log time. */
    private static final class PublicCover {
        private final int[] starts;
        /** reach[i]: the furthest end among the first i + 1 spans by start, and the span that reaches it. */
        private final int[] reach;
        private final PublicSpan[] reacher;

        PublicCover(List<PublicSpan> spans) {
            PublicSpan[] byStart = spans.toArray(PublicSpan[]::new);
            java.util.Arrays.sort(byStart, Comparator.comparingInt(PublicSpan::start));
            starts = new int[byStart.length];
            reach = new int[byStart.length];
            reacher = new PublicSpan[byStart.length];
            for (int i = 0; i < byStart.length; i++) {
                starts[i] = byStart[i].start();
                boolean further = i == 0 || byStart[i].end() > reach[i - 1];
                reach[i] = further ? byStart[i].end() : reach[i - 1];
                reacher[i] = further ? byStart[i] : reacher[i - 1];
            }
        }

        /** True when some public span overlaps [start, end). */
        boolean overlaps(int start, int end) {
            int lo = 0;
            int hi = starts.length - 1;
            int last = -1;
            while (lo <= hi) {
                int mid = (lo + hi) >>> 1;
                if (starts[mid] < end) {
                    last = mid;
                    lo = mid + 1;
                } else {
                    hi = mid - 1;
                }
            }
            return last >= 0 && reach[last] > start;
        }

        PublicSpan at(int offset) {
            int lo = 0;
            int hi = starts.length - 1;
            int last = -1;
            while (lo <= hi) {
                int mid = (lo + hi) >>> 1;
                if (starts[mid] <= offset) {
                    last = mid;
                    lo = mid + 1;
                } else {
                    hi = mid - 1;
                }
            }
            return last >= 0 && reach[last] > offset ? reacher[last] : null;
        }
    }

    private static int wordStart(String text, int i) {
        while (i > 0 && Character.isLetterOrDigit(text.charAt(i - 1))) {
            i--;
        }
        return i;
    }

    private static int wordEnd(String text, int i) {
        while (i < text.length() && (Character.isLetterOrDigit(text.charAt(i)) || text.charAt(i) == '.' && i > 0
                && Character.isUpperCase(text.charAt(i - 1)))) {
            i++;
        }
        return i;
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
