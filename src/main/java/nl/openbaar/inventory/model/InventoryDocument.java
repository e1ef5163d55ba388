package nl.openbaar.inventory.model;

import java.time.LocalDate;

/**
 * What the inventory needs to know of one collected document; the documents capability owns the document itself.
 *
 * @param number       the inventory number (documents are published as 0001.pdf … by this number)
 * @param title        the display name: an e-mail's subject, a file's title; may hold personal data and is
 *                     scrubbed before it is published
 * @param fileName     the original file name, when the title is empty
 * @param kind         what the documents capability calls the document's kind or media type ("email",
 *                     "application/pdf", "docx" …); mapped to the VWS file types
 * @param date         sent date for e-mails, last modified for files; null when unknown
 * @param familyNumber the inventory number of the family's head (an e-mail with its attachments); null when alone
 * @param threadId     the e-mail conversation, a positive number; null for other documents
 * @param duplicateOf  the inventory number of the document this one duplicates; null when it is an original
 */
public record InventoryDocument(
        long documentId,
        int number,
        String title,
        String fileName,
        String kind,
        LocalDate date,
        Integer familyNumber,
        Long threadId,
        Integer duplicateOf) {
}
