package nl.openbaar.document.model;

import java.util.List;

/**
 * What a collection run did for a request.
 *
 * @param added      documents newly registered (attachments included)
 * @param unchanged  items already collected earlier, not read again
 * @param read       documents read in this run
 * @param failed     documents that could not be read, with their reasons
 * @param skipped    items not taken in at all (an unreadable folder, an archive over the limits), with reasons
 */
public record CollectReport(String kenmerk, int added, int unchanged, int read, List<Failure> failed, List<Failure> skipped,
        int documents, int pages) {

    public CollectReport {
        failed = List.copyOf(failed);
        skipped = List.copyOf(skipped);
    }

    /** @param documentId null for an item that never became a document */
    public record Failure(Long documentId, String path, String reason) {
    }
}
