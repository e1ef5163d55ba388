package nl.openbaar.shared.layout;

/** An area on one page of a document, in the shared coordinate system (see {@link Box}). */
public record PageArea(int page, Box box) {

    public PageArea {
        if (page < 1) {
            throw new IllegalArgumentException("page must be 1 or more: " + page);
        }
        if (box == null) {
            throw new IllegalArgumentException("box is missing");
        }
    }
}
