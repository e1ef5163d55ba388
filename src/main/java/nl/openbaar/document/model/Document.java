package nl.openbaar.document.model;

import java.time.Instant;
import java.time.LocalDate;

/**
 * One item of a case: a file from a source, an e-mail from a mailbox, or an attachment of an e-mail.
 * Every document has an original (the bytes as collected) and, once read, a working PDF (rendition) whose
 * pages carry the word boxes that detection, review and redaction work on.
 *
 * @param requestId       the request (verzoek) it was collected for; {@code kenmerk} is that request's reference
 * @param inventoryNumber its number in the inventory (1, 2, …) once numbered; null before numbering or when excluded
 * @param title           the subject of an e-mail, the title in a file's metadata, or else its file name
 * @param source          the label of the source it came from (a mailbox export, a file share): the sweep counts per source
 * @param sourcePath      where in the source it was found ("Inbox/2020/memo.pdf", "export.zip/a.eml", "box.pst/Inbox/17")
 * @param date            the document's date: sent date of an e-mail, creation date in a file's metadata, or null
 * @param sha256          of the original bytes
 * @param parentId        the e-mail this is an attachment of (null for a top-level document)
 * @param familyId        the top-level document of its family (its own id when it is the top)
 * @param position        its place among the parent's attachments (1-based), null at the top
 * @param threadId        the first document of its e-mail conversation, null for a document that is not an e-mail
 * @param email           headers, for an e-mail
 * @param errorReason     why reading failed, in plain Dutch, when {@code status} is FAILED
 * @param duplicateOf     the document this one duplicates (the one kept), null when it is not marked a duplicate
 * @param similarity      for a near-duplicate: how alike the texts are (0–1); 1 for exact duplicates
 * @param included        false when the case handler excluded it (not within the sweep's hits)
 * @param pageCount       pages of the working PDF (0 before reading)
 * @param ocr             true when at least one page's words come from OCR
 */
public record Document(
        long id,
        long requestId,
        String kenmerk,
        Integer inventoryNumber,
        DocumentKind kind,
        String mediaType,
        String title,
        String fileName,
        String source,
        String sourcePath,
        LocalDate date,
        String sha256,
        long size,
        Long parentId,
        long familyId,
        Integer position,
        Long threadId,
        EmailHeaders email,
        DocumentStatus status,
        String errorReason,
        Long duplicateOf,
        DuplicateReason duplicateReason,
        Double similarity,
        boolean included,
        int pageCount,
        boolean ocr,
        Instant collectedAt) {

    public boolean isEmail() {
        return email != null;
    }

    public boolean isAttachment() {
        return parentId != null;
    }

    public boolean isDuplicate() {
        return duplicateOf != null;
    }

    public boolean failed() {
        return status == DocumentStatus.FAILED;
    }
}
