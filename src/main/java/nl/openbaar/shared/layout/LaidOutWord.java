package nl.openbaar.shared.layout;

/**
 * A word on a page: its text, where it sits in the page's text, and its box.
 *
 * @param start       offset of the first character in {@link PageLayout#text()}
 * @param end         offset after the last character
 * @param glyphEdges  for text from a PDF: text().length() + 1 x positions (the left edge of each character and
 *                    the right edge of the last), so that part of a word (the local part of an e-mail address)
 *                    gets an exact box; null for OCR words, where a part is estimated in proportion
 */
public record LaidOutWord(String text, int start, int end, Box box, double[] glyphEdges) {

    /** The box of characters [from, to) of this word (offsets within the word). */
    public Box part(int from, int to) {
        if (from <= 0 && to >= text.length()) {
            return box;
        }
        double left;
        double right;
        if (glyphEdges != null && glyphEdges.length == text.length() + 1) {
            left = glyphEdges[Math.max(0, from)];
            right = glyphEdges[Math.min(text.length(), to)];
        } else {
            double perChar = box.width() / Math.max(1, text.length());
            left = box.x() + perChar * Math.max(0, from);
            right = box.x() + perChar * Math.min(text.length(), to);
        }
        return new Box(left, box.y(), Math.max(0, right - left), box.height());
    }
}
