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
 * @param drawn          the boxes as drawn: touching boxes on a line joined into one
 */
public record RedactionOutcome(int pages, int boxes, int glyphsRemoved, int hiddenGlyphsRemoved, int imagesBurned,
        int pathsRemoved, List<String> stripped, List<RemovedText> removedText, List<RedactionBox> drawn) {

    public RedactionOutcome {
        stripped = List.copyOf(stripped);
        removedText = List.copyOf(removedText);
        drawn = List.copyOf(drawn);
    }
}
