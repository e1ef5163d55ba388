package nl.openbaar.document.model;

import java.time.OffsetDateTime;
import java.util.List;

/**
 * The headers of an e-mail that matter for a case: who wrote to whom and when, and the identifiers that tie
 * a reply to the message it answers (threads).
 *
 * @param from       the sender as written ("Verbeek, Lotte" &lt;lotte.verbeek@minbzk.nl&gt;)
 * @param to         the addressees, each as written
 * @param messageId  without angle brackets
 * @param inReplyTo  the message-id this one answers, without angle brackets
 * @param references the message-ids of the earlier messages of the conversation, oldest first
 */
public record EmailHeaders(String from, List<String> to, List<String> cc, OffsetDateTime sent, String subject,
        String messageId, String inReplyTo, List<String> references) {

    public EmailHeaders {
        to = to == null ? List.of() : List.copyOf(to);
        cc = cc == null ? List.of() : List.copyOf(cc);
        references = references == null ? List.of() : List.copyOf(references);
    }
}
