package nl.openbaar.verification.model;

import nl.openbaar.shared.layout.Box;

/** A redaction box as it should appear: the gate checks, on a render, that it is opaque. */
public record BoxOnPage(int page, Box box) {
}
