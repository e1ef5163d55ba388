package nl.openbaar.publication.model;

import java.time.Instant;
import java.time.LocalDate;

/**
 * One file of a publication.
 *
 * @param publicId        unguessable id in the file's public URL
 * @param inventoryNumber the document's number in the inventory ("0001"); null for the decision and inventory
 * @param judgement       openbaar / deels openbaar / …, from the inventory
 * @param grounds         the ground codes applied ("5.1.2e; 5.1.2i")
 * @param replacesId      the file this one replaced, if any
 */
public record PublishedFile(
        long id,
        String publicId,
        long publicationId,
        FileKind kind,
        String inventoryNumber,
        String title,
        String judgement,
        String grounds,
        LocalDate documentDate,
        String mediaType,
        String fileName,
        String sha256,
        long byteSize,
        int pageCount,
        boolean withdrawn,
        WithdrawReason withdrawnReason,
        String withdrawnNote,
        Instant withdrawnAt,
        Long replacesId,
        int position) {

    public boolean isPublic() {
        return !withdrawn;
    }
}
