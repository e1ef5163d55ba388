package nl.openbaar.redaction.model;

import java.util.List;

/**
 * What redacting one PDF did.
 *
 * @param pages          pages in the output
 * @param boxes          boxes drawn (after joining boxes that touch on one line)
 * @param glyphsRemoved  glyphs taken out of content streams under boxes
 * @param hiddenGlyphsRemoved glyphs removed because nobody could see them: invisible (render mode 3), outside the
 *                       page, or in a switched-off layer
 * @param imagesBurned   image placements whose pixels under a box were overwritten
 * @param pathsRemoved   vector subpaths removed under boxes
 * @param stripped       other channels removed from the file (metadata, annotations, attachments …)
 * @param removedText    the removed text per box run, for the verification gate only (never persisted)
 * @param drawn          the boxes as drawn on the redacted pages: touching boxes on a line joined into one, and a
 *                       box over one line of text in its width class (see {@link BoxWidths})
 * @param covered        the joined boxes where they lie on the original (what a rasterised page burns in)
 * @param widthClassed   boxes drawn in a width class (the others are as wide as what they cover)
 */
public record RedactionOutcome(int pages, int boxes, int glyphsRemoved, int hiddenGlyphsRemoved, int imagesBurned,
        int pathsRemoved, List<String> stripped, List<RemovedText> removedText, List<RedactionBox> drawn,
        List<RedactionBox> covered, int widthClassed) {

    public RedactionOutcome {
        stripped = List.copyOf(stripped);
        removedText = List.copyOf(removedText);
        drawn = List.copyOf(drawn);
        covered = List.copyOf(covered);
    }
}
