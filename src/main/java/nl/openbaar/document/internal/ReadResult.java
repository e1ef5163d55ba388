package nl.openbaar.document.internal;

import java.time.LocalDate;
import java.util.List;
import nl.openbaar.document.model.DocumentKind;
import nl.openbaar.document.model.EmailHeaders;
import nl.openbaar.shared.layout.PageLayout;

/**
 * What reading one document produced: its working PDF (already in the file store), its pages with word boxes,
 * what it says about itself, and the items it contains (attachments, archive members) that become its children.
 *
 * @param messageHash for an e-mail: the hash of its normalised content, equal for copies of the same message
 * @param content     the text that says what the document is about, for duplicate detection: an e-mail's subject
 *                    and body without the printed headers; null to use the text of the pages
 */
public record ReadResult(DocumentKind kind, String mediaType, String title, LocalDate date, EmailHeaders email,
        String messageHash, String renditionSha256, List<PageLayout> pages, List<Child> children, String content) {

    public ReadResult {
        pages = List.copyOf(pages);
        children = List.copyOf(children);
    }

    /** An item inside a document, already in the file store. */
    public record Child(String fileName, String mediaType, String sha256, long size) {
    }
}
