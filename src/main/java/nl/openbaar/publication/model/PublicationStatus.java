package nl.openbaar.publication.model;

/**
 * Where a publication stands. Nothing is public before PUBLISHED, and only a publisher who did not prepare it
 * can move it there (four eyes).
 */
public enum PublicationStatus {
    /** Prepared from a verified package by the case team; waits for a publisher. */
    AWAITING_APPROVAL,
    /** A publisher sent it back with a reason; the case team prepares a new one. */
    REJECTED,
    /** Approved by a publisher who did not prepare it; not public yet. */
    APPROVED,
    /** On the portal, in search and in the sitemaps. */
    PUBLISHED,
    /** Taken off the portal as a whole; its public history page remains. */
    WITHDRAWN;

    public boolean isPublic() {
        return this == PUBLISHED;
    }
}
