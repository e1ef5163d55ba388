package nl.openbaar.publication.model;

/** Where a publication comes from; it decides what four eyes means and whether a request's timeline follows it. */
public enum PublicationSource {
    /** A decision on a request handled in Openbaar: the case team prepares it from a verified package. */
    CASE,
    /** Active disclosure (art. 3.3 Woo) of documents in one of the information categories, not tied to a request. */
    ACTIVE,
    /** A bundle the organisation published before (elsewhere), imported and split into its documents. */
    IMPORT
}
