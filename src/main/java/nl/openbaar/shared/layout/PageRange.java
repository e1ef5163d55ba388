package nl.openbaar.shared.layout;

/**
 * A stretch of one page's text: offsets into {@link PageLayout#text()} of page {@code page}. A value that a
 * line, column or page break cut in two has one range per piece.
 */
public record PageRange(int page, int start, int end) {

    public PageRange {
        if (page < 1 || start < 0 || end < start) {
            throw new IllegalArgumentException("bad range p." + page + " " + start + ".." + end);
        }
    }

    public boolean overlaps(int otherPage, int otherStart, int otherEnd) {
        return page == otherPage && start < otherEnd && otherStart < end;
    }

    public boolean contains(int otherPage, int offset) {
        return page == otherPage && start <= offset && offset < end;
    }
}
