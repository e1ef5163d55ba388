package nl.openbaar.redaction.model;

import nl.openbaar.shared.layout.Box;

/** One stored area of a redaction; its id is what the review screen resizes. */
public record RedactionArea(long id, int page, Box box) {
}
