package nl.openbaar.redaction.model;

import nl.openbaar.shared.layout.Box;

/**
 * One area to remove from a page: everything under it goes (glyphs, image pixels, vector shapes) and it is
 * drawn as an opaque box carrying its ground code.
 *
 * @param page     1-based page number
 * @param box      in the shared system: points, origin top-left of the page as displayed
 * @param ground   the code printed in the box, as in the rule base ("5.1.2e", "10.2.e")
 * @param category what kind of information it hides ("naam", "telefoonnummer"); never the text itself
 */
public record RedactionBox(int page, Box box, String ground, String category) {

    public RedactionBox {
        if (page < 1) {
            throw new IllegalArgumentException("page must be 1 or more: " + page);
        }
        if (box == null) {
            throw new IllegalArgumentException("box is missing");
        }
        if (ground == null || ground.isBlank()) {
            throw new IllegalArgumentException("ground is missing");
        }
        category = category == null || category.isBlank() ? "onbekend" : category;
    }
}
