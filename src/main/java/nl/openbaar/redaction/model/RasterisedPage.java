package nl.openbaar.redaction.model;

import java.util.List;

/**
 * A page published as an image because glyph-level removal could not be proven clean there (or a reviewer chose so):
 * rendered, the boxes burned into the pixels, a fresh invisible text layer from OCR.
 *
 * @param page    1-based page number
 * @param reasons why, in words a reviewer reads (what the gate found on the glyph-level result, or "gekozen")
 */
public record RasterisedPage(int page, List<String> reasons) {

    public RasterisedPage {
        reasons = List.copyOf(reasons);
    }
}
