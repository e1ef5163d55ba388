package nl.openbaar.detection.internal;

/**
 * A part of a page that is public and so no personal data: an office holder in that role, an organisation's name,
 * its own contact data, a heading, a timestamp. Personal candidates that lie under public spans are dropped
 * ({@link OverlapResolver#suppressPublic}); what they would have redacted is reported as a public mention.
 */
public record PublicSpan(int start, int end, Kind kind, String reason) {

    public enum Kind {
        OFFICE_HOLDER, ORGANISATION, ORGANISATION_CONTACT, HEADING, TIMESTAMP
    }

    public PublicSpan {
        if (end < start) {
            throw new IllegalArgumentException("bad public span " + start + ".." + end);
        }
    }
}
