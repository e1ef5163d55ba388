package nl.openbaar.redaction.model;

import nl.openbaar.shared.layout.Box;

/** An area on a page in the shared system (points, top-left of the page as displayed). */
public record PageBox(int page, Box box) {

    public PageBox {
        if (page < 1) {
            throw new IllegalArgumentException("page must be 1 or more: " + page);
        }
        if (box == null) {
            throw new IllegalArgumentException("box is missing");
        }
    }
}
