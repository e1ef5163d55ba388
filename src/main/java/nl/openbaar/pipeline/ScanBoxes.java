package nl.openbaar.pipeline;

import nl.openbaar.shared.layout.Box;
import nl.openbaar.shared.layout.LaidOutWord;
import nl.openbaar.shared.layout.PageLayout;

/**
 * Boxes over part of a word on a scanned page are estimated in proportion to the number of characters (OCR gives no
 * glyph edges), so a wide "2" after narrow digits can stick out of its box. Such a box is widened by one average
 * character on each side where it cuts a word, never beyond the word: a sliver of the "@" next to a local part may
 * go, a digit of a phone number may not stay.
 */
public final class ScanBoxes {

    private ScanBoxes() {
    }

    /** The box, widened where it cuts a word on an OCR'd page; unchanged on pages with a text layer. */
    public static Box widen(PageLayout page, Box box) {
        if (page == null || !page.ocr()) {
            return box;
        }
        for (LaidOutWord w : page.words()) {
            Box wb = w.box();
            if (w.glyphEdges() != null || w.text().isEmpty() || wb.overlapArea(box) <= 0.5 * box.area()) {
                continue;
            }
            double perChar = wb.width() / w.text().length();
            double left = box.x();
            double right = box.right();
            if (left > wb.x() + 0.5) {
                left = Math.max(wb.x(), left - perChar);
            }
            if (right < wb.right() - 0.5) {
                right = Math.min(wb.right(), right + perChar);
            }
            return new Box(left, box.y(), right - left, box.height());
        }
        return box;
    }
}
