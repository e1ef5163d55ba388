package nl.openbaar.document.internal;

import java.io.IOException;
import java.io.InputStream;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import nl.openbaar.document.model.EmailHeaders;
import org.apache.poi.hsmf.MAPIMessage;
import org.apache.poi.hsmf.datatypes.AttachmentChunks;
import org.apache.poi.hsmf.datatypes.RecipientChunks;
import org.apache.poi.hsmf.exceptions.ChunkNotFoundException;

/**
 * Outlook .msg files with Apache POI (HSMF): headers, body and attachments. An attached Outlook item becomes an
 * .eml attachment, so it is read like any other e-mail. Where the transport headers survive (received mail),
 * Message-ID, In-Reply-To and References come from them, which keeps threads intact.
 */
final class MsgParser {

    private MsgParser() {
    }

    static EmailContent parse(InputStream in, FileStore store, Limits limits) {
        MAPIMessage msg;
        try {
            msg = new MAPIMessage(in);
        } catch (IOException | RuntimeException e) {
            throw new ReadingException("beschadigd Outlook-bericht (.msg): " + PdfLayouts.brief(e), e);
        }
        return content(msg, store, limits, 0);
    }

    static EmailContent content(MAPIMessage msg, FileStore store, Limits limits, int depth) {
        msg.setReturnNullOnMissingChunk(true);
        try {
            msg.guess7BitEncoding();
        } catch (RuntimeException ignored) {
            // the encoding guess is a nicety
        }
        List<String> transport = new ArrayList<>();
        try {
            String[] h = msg.getHeaders();
            if (h != null) {
                transport.addAll(Arrays.asList(h));
            }
        } catch (ChunkNotFoundException | RuntimeException ignored) {
            // sent items have no transport headers
        }
        String from = fromOf(msg, transport);
        List<String> to = new ArrayList<>();
        List<String> cc = new ArrayList<>();
        RecipientChunks[] recipients = msg.getRecipientDetailsChunks();
        if (recipients != null) {
            for (RecipientChunks r : recipients) {
                String name = r.getRecipientName();
                String address = r.getRecipientEmailAddress();
                String display = address == null ? name : name == null || name.equals(address) ? address : name + " <" + address + ">";
                if (display == null) {
                    continue;
                }
                Long type = recipientType(r);
                if (type != null && type == 2) {
                    cc.add(display);
                } else if (type == null || type == 1) {
                    to.add(display);
                }
            }
        }
        if (to.isEmpty()) {
            to.addAll(split(safe(() -> msg.getDisplayTo())));
        }
        if (cc.isEmpty()) {
            cc.addAll(split(safe(() -> msg.getDisplayCC())));
        }
        OffsetDateTime sent = null;
        try {
            var cal = msg.getMessageDate();
            if (cal != null) {
                sent = cal.toInstant().atZone(ZoneId.of("Europe/Amsterdam")).toOffsetDateTime();
            }
        } catch (ChunkNotFoundException | RuntimeException ignored) {
            // no date
        }
        String messageId = EmailParser.firstId(transportHeader(transport, "Message-ID"));
        if (messageId == null && msg.getMainChunks().getMessageId() != null) {
            messageId = EmailParser.firstId(msg.getMainChunks().getMessageId().getValue());
        }
        EmailHeaders headers = new EmailHeaders(from, to, cc, sent, safe(() -> msg.getSubject()), messageId,
                EmailParser.firstId(transportHeader(transport, "In-Reply-To")),
                EmailParser.ids(transportHeader(transport, "References")));
        String body = safe(() -> msg.getTextBody());
        boolean html = false;
        if (body == null || body.isBlank()) {
            String h = safe(() -> msg.getHtmlBody());
            if (h != null) {
                body = EmailParser.htmlToText(h);
                html = true;
            }
        }
        List<EmailContent.Attachment> attachments = new ArrayList<>();
        AttachmentChunks[] files = msg.getAttachmentFiles();
        if (files != null) {
            int n = 0;
            for (AttachmentChunks a : files) {
                n++;
                try {
                    if (a.isEmbeddedMessage()) {
                        if (depth >= limits.maxNesting()) {
                            continue;
                        }
                        EmailContent inner = content(a.getEmbeddedMessage(), store, limits, depth + 1);
                        FileStore.Stored s = EmlWriter.store(inner, store);
                        String subject = inner.headers().subject() == null ? "bericht-" + n : inner.headers().subject();
                        attachments.add(new EmailContent.Attachment(FileNames.safe(subject) + ".eml", "message/rfc822", s.sha256(), s.size()));
                        continue;
                    }
                    if (a.getAttachData() == null) {
                        continue;
                    }
                    String name = a.getAttachLongFileName() != null ? a.getAttachLongFileName().getValue()
                            : a.getAttachFileName() != null ? a.getAttachFileName().getValue() : "bijlage-" + n;
                    String type = a.getAttachMimeTag() != null ? a.getAttachMimeTag().getValue() : "application/octet-stream";
                    FileStore.Stored s = store.put(a.getAttachData().getValue());
                    attachments.add(new EmailContent.Attachment(FileNames.safe(name), type, s.sha256(), s.size()));
                } catch (IOException | RuntimeException e) {
                    throw new ReadingException("bijlage " + n + " van het Outlook-bericht is onleesbaar (" + PdfLayouts.brief(e) + ")", e);
                }
            }
        }
        return new EmailContent(headers, body == null ? "" : body.replace("\r\n", "\n"), html, attachments);
    }

    private static String fromOf(MAPIMessage msg, List<String> transport) {
        String t = transportHeader(transport, "From");
        if (t != null) {
            return EmailParser.decoded(t);
        }
        String name = safe(() -> msg.getDisplayFrom());
        String address = msg.getMainChunks().getEmailFromChunk() == null ? null : msg.getMainChunks().getEmailFromChunk().getValue();
        if (address != null && address.contains("@")) {
            return name == null || name.equals(address) ? address : name + " <" + address + ">";
        }
        return name;
    }

    private static Long recipientType(RecipientChunks r) {
        try {
            var props = r.getProperties();
            for (var e : props.entrySet()) {
                if (e.getKey().id == 0x0C15 && !e.getValue().isEmpty()) {
                    Object v = e.getValue().get(0).getValue();
                    return v instanceof Number n ? n.longValue() : null;
                }
            }
        } catch (RuntimeException ignored) {
            // unknown type: treat as To
        }
        return null;
    }

    private static String transportHeader(List<String> lines, String name) {
        String prefix = name.toLowerCase(java.util.Locale.ROOT) + ":";
        for (int i = 0; i < lines.size(); i++) {
            String l = lines.get(i);
            if (l.toLowerCase(java.util.Locale.ROOT).startsWith(prefix)) {
                StringBuilder v = new StringBuilder(l.substring(prefix.length()).strip());
                for (int j = i + 1; j < lines.size() && (lines.get(j).startsWith(" ") || lines.get(j).startsWith("\t")); j++) {
                    v.append(' ').append(lines.get(j).strip());
                }
                return v.toString();
            }
        }
        return null;
    }

    private static List<String> split(String display) {
        if (display == null || display.isBlank()) {
            return List.of();
        }
        return Arrays.stream(display.split(";")).map(String::strip).filter(s -> !s.isEmpty()).toList();
    }

    interface Chunk {
        String get() throws ChunkNotFoundException;
    }

    private static String safe(Chunk c) {
        try {
            return c.get();
        } catch (ChunkNotFoundException | RuntimeException e) {
            return null;
        }
    }
}
