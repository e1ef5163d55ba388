package nl.openbaar.document.model;

/** Why a document is taken as a duplicate of another. */
public enum DuplicateReason {
    /** The very same bytes. */
    SAME_BYTES("identieke bestanden"),
    /** The same e-mail (sender, recipients, date, subject and body), though the files differ. */
    SAME_MESSAGE("hetzelfde e-mailbericht"),
    /** Almost the same text. */
    NEAR("vrijwel dezelfde tekst"),
    /** Its whole text is contained in the other document (a quoted reply, a draft of the final version). */
    CONTAINED("tekst geheel opgenomen in een ander document"),
    /** The case handler said so. */
    DECIDED("aangewezen door de behandelaar");

    private final String label;

    DuplicateReason(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    public boolean exact() {
        return this == SAME_BYTES || this == SAME_MESSAGE;
    }
}
