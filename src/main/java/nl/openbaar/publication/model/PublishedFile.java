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
 * @param documentType    the kind of document ({@link DocumentSoort#code()}: "email", "brief" …)
 * @param sourcePages     for a document split from an imported bundle, its pages there ("12-14"); else null
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
        int position,
        String documentType,
        String sourcePages) {

    public boolean isPublic() {
        return !withdrawn;
    }

    /** The ground codes one by one. */
    public java.util.List<String> groundList() {
        if (grounds == null || grounds.isBlank()) {
            return java.util.List.of();
        }
        return java.util.Arrays.stream(grounds.split("[;,]")).map(String::strip).filter(s -> !s.isEmpty()).distinct().toList();
    }
}
