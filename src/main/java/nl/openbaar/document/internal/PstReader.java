package nl.openbaar.document.internal;

import com.pff.PSTAttachment;
import com.pff.PSTException;
import com.pff.PSTFile;
import com.pff.PSTFolder;
import com.pff.PSTMessage;
import com.pff.PSTObject;
import com.pff.PSTRecipient;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import nl.openbaar.document.model.EmailHeaders;

/**
 * Outlook data files (.pst, .ost) with java-libpst: every message in every folder becomes an .eml file in the
 * file store (headers, body and attachments), read afterwards like any other e-mail. Folders are walked one
 * message at a time; the file is read from disk, not memory.
 */
final class PstReader {

    /** Receives each message as stored .eml, with its folder path and number within the folder. */
    interface MessageSink {
        void message(String folder, int number, FileStore.Stored eml, String subject);
    }

    private PstReader() {
    }

    static void read(Path file, FileStore store, Limits limits, MessageSink sink) {
        PSTFile pst;
        try {
            pst = new PSTFile(file.toFile());
        } catch (PSTException | IOException | RuntimeException e) {
            throw new ReadingException("het Outlook-gegevensbestand (.pst) is beschadigd of versleuteld (" + PdfLayouts.brief(e) + ")", e);
        }
        try {
            int[] count = {0};
            folder(pst.getRootFolder(), "", store, limits, sink, count, 0);
        } catch (PSTException | IOException e) {
            throw new ReadingException("het Outlook-gegevensbestand (.pst) kon niet verder worden gelezen (" + PdfLayouts.brief(e) + ")", e);
        } finally {
            try {
                pst.getFileHandle().close();
            } catch (IOException | RuntimeException ignored) {
                // closing a read-only file
            }
        }
    }

    private static void folder(PSTFolder f, String path, FileStore store, Limits limits, MessageSink sink, int[] count, int depth)
            throws PSTException, IOException {
        if (depth > 64) {
            return;
        }
        String here = path.isEmpty() ? safe(f.getDisplayName()) : path + "/" + safe(f.getDisplayName());
        if (f.getContentCount() > 0) {
            int n = 0;
            PSTObject child;
            while ((child = f.getNextChild()) != null) {
                if (child instanceof PSTMessage m) {
                    n++;
                    if (++count[0] > limits.maxArchiveEntries()) {
                        throw new ReadingException("het .pst-bestand bevat meer dan " + limits.maxArchiveEntries() + " berichten");
                    }
                    EmailContent mail = content(m, store, limits, 0);
                    sink.message(here.isEmpty() ? "map" : here, n, EmlWriter.store(mail, store), mail.headers().subject());
                }
            }
        }
        if (f.hasSubfolders()) {
            for (PSTFolder sub : f.getSubFolders()) {
                folder(sub, here, store, limits, sink, count, depth + 1);
            }
        }
    }

    static EmailContent content(PSTMessage m, FileStore store, Limits limits, int depth) throws PSTException, IOException {
        List<String> to = new ArrayList<>();
        List<String> cc = new ArrayList<>();
        for (int i = 0; i < m.getNumberOfRecipients(); i++) {
            PSTRecipient r = m.getRecipient(i);
            String address = r.getSmtpAddress() != null && !r.getSmtpAddress().isBlank() ? r.getSmtpAddress() : r.getEmailAddress();
            String name = r.getDisplayName();
            String display = address == null || address.isBlank() ? name
                    : name == null || name.isBlank() || name.equals(address) ? address : name + " <" + address + ">";
            if (display == null || display.isBlank()) {
                continue;
            }
            if (r.getRecipientType() == PSTRecipient.MAPI_CC) {
                cc.add(display);
            } else if (r.getRecipientType() == PSTRecipient.MAPI_TO) {
                to.add(display);
            }
        }
        String address = m.getSenderEmailAddress();
        String name = m.getSenderName();
        String from = address == null || address.isBlank() ? name
                : name == null || name.isBlank() || name.equals(address) ? address : name + " <" + address + ">";
        java.util.Date when = m.getClientSubmitTime() != null ? m.getClientSubmitTime() : m.getMessageDeliveryTime();
        List<String> refs = new ArrayList<>();
        String headers = m.getTransportMessageHeaders();
        if (headers != null) {
            var matcher = java.util.regex.Pattern.compile("(?im)^References:((?:.*)(?:\\r?\\n[ \\t].*)*)").matcher(headers);
            if (matcher.find()) {
                refs.addAll(EmailParser.ids(matcher.group(1)));
            }
        }
        EmailHeaders h = new EmailHeaders(from, to, cc,
                when == null ? null : when.toInstant().atZone(ZoneId.of("Europe/Amsterdam")).toOffsetDateTime(),
                m.getSubject(), EmailParser.firstId(m.getInternetMessageId()), EmailParser.firstId(m.getInReplyToId()), refs);
        String body = m.getBody();
        boolean html = false;
        if (body == null || body.isBlank()) {
            String b = m.getBodyHTML();
            if (b != null && !b.isBlank()) {
                body = EmailParser.htmlToText(b);
                html = true;
            }
        }
        List<EmailContent.Attachment> attachments = new ArrayList<>();
        for (int i = 0; i < m.getNumberOfAttachments(); i++) {
            PSTAttachment a = m.getAttachment(i);
            PSTMessage inner = a.getEmbeddedPSTMessage();
            if (inner != null) {
                if (depth < limits.maxNesting()) {
                    EmailContent c = content(inner, store, limits, depth + 1);
                    FileStore.Stored s = EmlWriter.store(c, store);
                    String subject = c.headers().subject() == null ? "bericht-" + (i + 1) : c.headers().subject();
                    attachments.add(new EmailContent.Attachment(FileNames.safe(subject) + ".eml", "message/rfc822", s.sha256(), s.size()));
                }
                continue;
            }
            String fileName = a.getLongFilename() != null && !a.getLongFilename().isBlank() ? a.getLongFilename() : a.getFilename();
            if (fileName == null || fileName.isBlank()) {
                fileName = "bijlage-" + (i + 1);
            }
            String type = a.getMimeTag() == null || a.getMimeTag().isBlank() ? "application/octet-stream" : a.getMimeTag();
            try (InputStream in = a.getFileInputStream()) {
                FileStore.Stored s = store.put(in, limits.maxFileBytes());
                attachments.add(new EmailContent.Attachment(FileNames.safe(fileName), type, s.sha256(), s.size()));
            }
        }
        return new EmailContent(h, body == null ? "" : body.replace("\r\n", "\n"), html, attachments);
    }

    private static String safe(String folderName) {
        if (folderName == null || folderName.isBlank()) {
            return "";
        }
        return folderName.replace('/', '-').strip();
    }
}
