package nl.openbaar.inventory.model;

import java.time.LocalDate;
import java.util.List;

/**
 * One row of the inventarislijst, ready to publish: the title and remark are scrubbed, the grounds are in the
 * order of the law with their canonical codes.
 *
 * @param id        the document's ID in the VWS layout: the inventory number, zero-padded as the published file
 * @param fileType  one of the VWS file types (pdf, doc, email, spreadsheet …)
 * @param relatedId the ID of the document this one duplicates, if any
 */
public record InventoryLine(
        long documentId,
        int number,
        String id,
        String title,
        String fileType,
        LocalDate date,
        Integer family,
        Long thread,
        Beoordeling beoordeling,
        boolean opgeschort,
        List<String> grounds,
        String toelichting,
        List<String> links,
        String relatedId) {

    public InventoryLine {
        grounds = List.copyOf(grounds);
        links = List.copyOf(links);
    }
}
