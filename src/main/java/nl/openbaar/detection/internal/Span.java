package nl.openbaar.detection.internal;

import nl.openbaar.detection.model.Category;

/**
 * A candidate found by a recognizer, before overlaps are resolved and grounds assigned.
 *
 * @param reviewOnly never redacted without a person's decision, whatever the score
 */
public record Span(int start, int end, Category category, double score, String recognizer, String subject,
        String explanation, boolean reviewOnly) {

    public Span withScore(double s, String why) {
        return new Span(start, end, category, s, recognizer, subject, why == null ? explanation : explanation + "; " + why,
                reviewOnly);
    }

    public boolean overlaps(Span o) {
        return start < o.end && o.start < end;
    }

    public int length() {
        return end - start;
    }
}
