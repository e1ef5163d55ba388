package nl.openbaar.publication.model;

import java.time.Instant;

/**
 * A change to a publication shown in its public history: when, what, about which file, and why. Who did it
 * is in the audit log, not here: the history is public.
 */
public record HistoryEntry(Instant at, String kind, String fileTitle, String reason, String note) {
}
