package nl.openbaar.document.model;

/** Where a document is in reading. A failed document keeps its reason; the rest of the case goes on. */
public enum DocumentStatus {
    /** Collected and stored; not read yet (a task is waiting for it). */
    PENDING,
    /** Read: it has a working PDF and pages with word boxes. */
    READ,
    /** Could not be read (encrypted, corrupt, hostile, too large …): see the error reason. */
    FAILED;

    public boolean finished() {
        return this != PENDING;
    }
}
