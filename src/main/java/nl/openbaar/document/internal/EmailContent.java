package nl.openbaar.document.internal;

import java.util.List;
import nl.openbaar.document.model.EmailHeaders;

/**
 * An e-mail as read from .eml, .msg, .mbox or .pst: its headers, its body and its attachments (already in the
 * file store).
 *
 * @param html  the HTML body when the message had no plain-text body (shown as text on the rendition)
 */
record EmailContent(EmailHeaders headers, String body, boolean bodyWasHtml, List<Attachment> attachments) {

    EmailContent {
        attachments = List.copyOf(attachments);
    }

    /** An attachment in the file store. */
    record Attachment(String fileName, String mediaType, String sha256, long size) {
    }
}
