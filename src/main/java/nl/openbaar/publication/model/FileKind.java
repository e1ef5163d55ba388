package nl.openbaar.publication.model;

/** The files of a publication, as in the publication package. */
public enum FileKind {
    /** besluit.pdf: the anonymised decision. */
    DECISION,
    /** inventaris.pdf (and .csv/.xlsx): the inventory. */
    INVENTORY,
    /** documenten/NNNN.pdf: one redacted document. */
    DOCUMENT,
    /** documentenbundel.pdf: all documents in one file. */
    BUNDLE
}
