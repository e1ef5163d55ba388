package nl.openbaar.document.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.format.DateTimeFormatter;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

/**
 * Writes an e-mail read from a container format (an Outlook .pst, an item inside a .msg) as a standard .eml
 * file: the original kept for such an item, readable by any mail program and by Openbaar's own e-mail reader.
 * Attachments are streamed from the file store in base64, so the size of the message does not matter.
 */
final class EmlWriter {

    private static final DateTimeFormatter RFC = DateTimeFormatter.RFC_1123_DATE_TIME.withLocale(Locale.ROOT);

    private EmlWriter() {
    }

    /** The message in the file store. */
    static FileStore.Stored store(EmailContent mail, FileStore store) {
        Path dir = store.scratch();
        try {
            Path file = dir.resolve("message.eml");
            try (OutputStream out = Files.newOutputStream(file)) {
                write(mail, store, out);
            }
            return store.put(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            OfficeConverter.deleteTree(dir);
        }
    }

    static byte[] write(EmailContent mail, FileStore store) throws IOException {
        var out = new java.io.ByteArrayOutputStream();
        write(mail, store, out);
        return out.toByteArray();
    }

    static void write(EmailContent mail, FileStore store, OutputStream raw) throws IOException {
        var h = mail.headers();
        Writer w = new java.io.OutputStreamWriter(raw, StandardCharsets.UTF_8);
        addresses(w, "From", h.from() == null ? List.of() : List.of(h.from()));
        addresses(w, "To", h.to());
        addresses(w, "Cc", h.cc());
        if (h.sent() != null) {
            header(w, "Date", h.sent().format(RFC));
        }
        header(w, "Subject", h.subject());
        if (h.messageId() != null) {
            header(w, "Message-ID", "<" + h.messageId() + ">");
        }
        if (h.inReplyTo() != null) {
            header(w, "In-Reply-To", "<" + h.inReplyTo() + ">");
        }
        if (!h.references().isEmpty()) {
            header(w, "References", String.join(" ", h.references().stream().map(r -> "<" + r + ">").toList()));
        }
        w.write("MIME-Version: 1.0\r\n");
        String boundary = "=_openbaar_" + UUID.randomUUID();
        List<EmailContent.Attachment> atts = mail.attachments();
        if (atts.isEmpty()) {
            textPart(w, mail.body());
            w.flush();
            return;
        }
        w.write("Content-Type: multipart/mixed; boundary=\"" + boundary + "\"\r\n\r\n");
        w.write("--" + boundary + "\r\n");
        textPart(w, mail.body());
        for (EmailContent.Attachment a : atts) {
            w.write("\r\n--" + boundary + "\r\n");
            w.write("Content-Type: " + a.mediaType() + "\r\n");
            w.write("Content-Transfer-Encoding: base64\r\n");
            w.write("Content-Disposition: attachment; filename*=utf-8''" + percent(a.fileName()) + "\r\n\r\n");
            w.flush();
            try (InputStream in = Files.newInputStream(store.pathOf(a.sha256()))) {
                OutputStream b64 = Base64.getMimeEncoder(76, "\r\n".getBytes(StandardCharsets.US_ASCII))
                        .wrap(new NonClosing(raw));
                in.transferTo(b64);
                b64.close();
            }
            w.write("\r\n");
        }
        w.write("--" + boundary + "--\r\n");
        w.flush();
    }

    private static void textPart(Writer w, String body) throws IOException {
        w.write("Content-Type: text/plain; charset=utf-8\r\n");
        w.write("Content-Transfer-Encoding: base64\r\n\r\n");
        w.write(Base64.getMimeEncoder().encodeToString((body == null ? "" : body).getBytes(StandardCharsets.UTF_8)));
        w.write("\r\n");
    }

    /** Address headers: each display name quoted or encoded on its own, so "Allison, Timothy B." stays one person. */
    private static void addresses(Writer w, String name, List<String> displays) throws IOException {
        List<String> out = new java.util.ArrayList<>();
        for (String d : displays) {
            if (d == null || d.isBlank()) {
                continue;
            }
            String v = d.replaceAll("[\\r\\n]+", " ").strip();
            int lt = v.lastIndexOf('<');
            int gt = v.lastIndexOf('>');
            if (lt < 0 || gt < lt) {
                out.add(v.contains("@") && !v.contains(" ") ? v : phrase(v));
                continue;
            }
            String display = v.substring(0, lt).strip();
            if (display.length() > 1 && display.startsWith("\"") && display.endsWith("\"")) {
                display = display.substring(1, display.length() - 1);
            }
            String address = v.substring(lt + 1, gt).strip();
            out.add(display.isEmpty() ? "<" + address + ">" : phrase(display) + " <" + address + ">");
        }
        if (!out.isEmpty()) {
            w.write(name + ": " + String.join(", ", out) + "\r\n");
        }
    }

    private static String phrase(String display) {
        if (!display.chars().allMatch(c -> c < 128)) {
            return "=?utf-8?B?" + Base64.getEncoder().encodeToString(display.getBytes(StandardCharsets.UTF_8)) + "?=";
        }
        return "\"" + display.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
    }

    private static void header(Writer w, String name, String value) throws IOException {
        if (value == null || value.isBlank()) {
            return;
        }
        String v = value.replaceAll("[\\r\\n]+", " ");
        boolean ascii = v.chars().allMatch(c -> c < 128);
        w.write(name + ": " + (ascii ? v : "=?utf-8?B?" + Base64.getEncoder().encodeToString(v.getBytes(StandardCharsets.UTF_8)) + "?=")
                + "\r\n");
    }

    private static String percent(String s) {
        StringBuilder sb = new StringBuilder();
        for (byte b : s.getBytes(StandardCharsets.UTF_8)) {
            int c = b & 0xff;
            if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '.' || c == '-' || c == '_') {
                sb.append((char) c);
            } else {
                sb.append('%').append(String.format("%02X", c));
            }
        }
        return sb.toString();
    }

    private static final class NonClosing extends java.io.FilterOutputStream {
        NonClosing(OutputStream out) {
            super(out);
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            out.write(b, off, len);
        }

        @Override
        public void close() throws IOException {
            flush();
        }
    }
}
