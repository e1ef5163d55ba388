package nl.openbaar.shared.layout;

import java.util.ArrayList;
import java.util.List;

/**
 * The text of one page with the position of every word: what document reading produces and what detection
 * and redaction work on.
 *
 * @param number 1-based page number within the document
 * @param width  page width in points, as displayed
 * @param height page height in points, as displayed
 * @param text   the page's text in reading order; words are separated by spaces and lines by '\n'
 * @param ocr    true when the words come from OCR of a page image rather than from a text layer
 * @param cells  the cells of ruled tables on the page (drawn grid lines: a spreadsheet's print, a Word table with
 *               borders, a PDF table), empty ones too, each the area inside its lines; empty when the page has none
 */
public record PageLayout(int number, double width, double height, String text, List<LaidOutWord> words, boolean ocr,
        List<Box> cells) {

    public PageLayout {
        words = List.copyOf(words);
        cells = cells == null ? List.of() : List.copyOf(cells);
    }

    /** A page without table cells. */
    public PageLayout(int number, double width, double height, String text, List<LaidOutWord> words, boolean ocr) {
        this(number, width, height, text, words, ocr, List.of());
    }

    /** The boxes covering text offsets [start, end): whole words inside, parts of words at the edges. */
    public List<Box> boxes(int start, int end) {
        List<Box> boxes = new ArrayList<>();
        for (LaidOutWord w : words) {
            if (w.end() <= start || w.start() >= end) {
                continue;
            }
            boxes.add(w.part(start - w.start(), end - w.start()));
        }
        return boxes;
    }
}
