package nl.openbaar.document.internal;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.time.OffsetDateTime;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nl.openbaar.document.model.EmailHeaders;
import org.apache.james.mime4j.MimeException;
import org.apache.james.mime4j.codec.DecodeMonitor;
import org.apache.james.mime4j.codec.DecoderUtil;
import org.apache.james.mime4j.dom.address.Address;
import org.apache.james.mime4j.dom.address.Group;
import org.apache.james.mime4j.dom.address.Mailbox;
import org.apache.james.mime4j.dom.field.AddressListField;
import org.apache.james.mime4j.dom.field.MailboxListField;
import org.apache.james.mime4j.dom.field.ParsedField;
import org.apache.james.mime4j.field.LenientFieldParser;
import org.apache.james.mime4j.parser.AbstractContentHandler;
import org.apache.james.mime4j.parser.MimeStreamParser;
import org.apache.james.mime4j.stream.BodyDescriptor;
import org.apache.james.mime4j.stream.Field;
import org.apache.james.mime4j.stream.MimeConfig;
import org.jsoup.Jsoup;

/**
 * Reads an RFC 822 message (.eml, one message of an .mbox) as a stream: headers are parsed, the first text
 * body is kept, and every attachment is streamed straight into the file store, so a message with a 500 MB
 * attachment needs no more memory than one with a 5 KB one. An attached message (message/rfc822) stays one
 * attachment (an .eml child document), read in its own turn.
 */
final class EmailParser {

    private static final int MAX_BODY_CHARS = 5_000_000;
    private static final Pattern ANGLE = Pattern.compile("<([^<>\\s]+)>");

    private EmailParser() {
    }

    static EmailContent parse(InputStream in, FileStore store, Limits limits) throws IOException {
        MimeConfig config = MimeConfig.custom().setMaxLineLen(-1).setMaxHeaderLen(-1).setMaxHeaderCount(10_000)
                .setMaxContentLen(-1).setMalformedHeaderStartsBody(true).build();
        MimeStreamParser parser = new MimeStreamParser(config);
        parser.setContentDecoding(true);
        parser.setNoRecurse();
        Handler h = new Handler(store, limits);
        parser.setContentHandler(h);
        try {
            parser.parse(in);
        } catch (MimeException e) {
            throw new ReadingException("e-mail kon niet worden gelezen: " + e.getMessage(), e);
        }
        if (h.fields.isEmpty()) {
            throw new ReadingException("geen e-mailbericht: er zijn geen kopregels gevonden");
        }
        String body = h.plain != null ? h.plain : h.html != null ? htmlToText(h.html) : "";
        return new EmailContent(h.headers(), body, h.plain == null && h.html != null, h.attachments);
    }

    private static final class Handler extends AbstractContentHandler {
        final FileStore store;
        final Limits limits;
        final List<Field> fields = new ArrayList<>();
        final List<EmailContent.Attachment> attachments = new ArrayList<>();
        String plain;
        String html;
        int depth;
        int headerDepth;
        List<Field> partFields = new ArrayList<>();

        Handler(FileStore store, Limits limits) {
            this.store = store;
            this.limits = limits;
        }

        @Override
        public void startMessage() {
            depth++;
        }

        @Override
        public void endMessage() {
            depth--;
        }

        @Override
        public void startHeader() {
            headerDepth++;
            partFields = new ArrayList<>();
        }

        @Override
        public void field(Field field) {
            if (headerDepth == 1 && depth == 1) {
                fields.add(field);
            }
            partFields.add(field);
        }

        @Override
        public void body(BodyDescriptor bd, InputStream is) throws IOException {
            String type = bd.getMimeType() == null ? "text/plain" : bd.getMimeType().toLowerCase(Locale.ROOT);
            String disposition = header(partFields, "Content-Disposition");
            String fileName = fileName(partFields);
            boolean attachment = (disposition != null && disposition.toLowerCase(Locale.ROOT).startsWith("attachment"))
                    || fileName != null;
            if (!attachment && type.equals("text/plain") && plain == null) {
                plain = text(is, bd.getCharset());
                return;
            }
            if (!attachment && type.equals("text/html") && html == null) {
                html = text(is, bd.getCharset());
                return;
            }
            if (!attachment && (type.startsWith("text/") || type.startsWith("image/"))) {
                // alternative bodies and inline images without a name (logos, signatures) are not documents
                is.transferTo(java.io.OutputStream.nullOutputStream());
                return;
            }
            int n = attachments.size() + 1;
            if (fileName == null) {
                fileName = "bijlage-" + n + extensionFor(type);
            }
            FileStore.Stored stored = store.put(is, limits.maxFileBytes());
            attachments.add(new EmailContent.Attachment(FileNames.safe(fileName), type, stored.sha256(), stored.size()));
        }

        EmailHeaders headers() {
            String from = first(addresses("From"));
            List<String> to = addresses("To");
            List<String> cc = addresses("Cc");
            String subject = decoded(header(fields, "Subject"));
            String messageId = firstId(header(fields, "Message-ID"));
            String inReplyTo = firstId(header(fields, "In-Reply-To"));
            List<String> references = ids(header(fields, "References"));
            return new EmailHeaders(from, to, cc, date(header(fields, "Date")), subject, messageId, inReplyTo, references);
        }

        private List<String> addresses(String name) {
            List<String> out = new ArrayList<>();
            for (Field f : fields) {
                if (!f.getName().equalsIgnoreCase(name)) {
                    continue;
                }
                try {
                    ParsedField p = LenientFieldParser.parse(f.getName() + ": " + f.getBody(), DecodeMonitor.SILENT);
                    List<? extends Address> list = p instanceof AddressListField a && a.getAddressList() != null
                            ? a.getAddressList() : p instanceof MailboxListField m && m.getMailboxList() != null
                            ? m.getMailboxList() : null;
                    if (list == null || list.isEmpty()) {
                        out.add(decoded(f.getBody()).strip());
                        continue;
                    }
                    for (Address a : list) {
                        if (a instanceof Mailbox m) {
                            out.add(display(m));
                        } else if (a instanceof Group g) {
                            g.getMailboxes().forEach(m -> out.add(display(m)));
                        }
                    }
                } catch (MimeException | RuntimeException e) {
                    out.add(decoded(f.getBody()).strip());
                }
            }
            out.removeIf(String::isBlank);
            return out;
        }
    }

    static String display(Mailbox m) {
        String name = m.getName() == null ? null : m.getName().strip();
        return name == null || name.isEmpty() ? m.getAddress() : name + " <" + m.getAddress() + ">";
    }

    private static String first(List<String> list) {
        return list.isEmpty() ? null : list.get(0);
    }

    static String header(List<Field> fields, String name) {
        for (Field f : fields) {
            if (f.getName().equalsIgnoreCase(name)) {
                return f.getBody();
            }
        }
        return null;
    }

    static String decoded(String raw) {
        if (raw == null) {
            return null;
        }
        return DecoderUtil.decodeEncodedWords(raw.replaceAll("\\r?\\n[ \\t]+", " "), DecodeMonitor.SILENT).strip();
    }

    static String firstId(String raw) {
        List<String> ids = ids(raw);
        if (!ids.isEmpty()) {
            return ids.get(0);
        }
        return raw == null || raw.isBlank() ? null : raw.strip();
    }

    static List<String> ids(String raw) {
        List<String> out = new ArrayList<>();
        if (raw != null) {
            Matcher m = ANGLE.matcher(raw);
            while (m.find()) {
                out.add(m.group(1));
            }
        }
        return out;
    }

    /** RFC 5322 dates, leniently: a missing weekday, a named zone, two spaces, comments. */
    static OffsetDateTime date(String raw) {
        if (raw == null || raw.isBlank()) {
            return null;
        }
        String s = raw.replaceAll("\\([^)]*\\)", "").replaceAll("\\s+", " ").strip();
        try {
            return ZonedDateTime.parse(s, DateTimeFormatter.RFC_1123_DATE_TIME).toOffsetDateTime();
        } catch (DateTimeParseException e) {
            try {
                var field = (org.apache.james.mime4j.dom.field.DateTimeField) LenientFieldParser.parse("Date: " + raw,
                        DecodeMonitor.SILENT);
                if (field.getDate() != null) {
                    return field.getDate().toInstant().atZone(java.time.ZoneId.of("Europe/Amsterdam")).toOffsetDateTime();
                }
            } catch (MimeException | RuntimeException ignored) {
                // an unreadable date is no date
            }
            return null;
        }
    }

    private static String fileName(List<Field> fields) {
        String d = header(fields, "Content-Disposition");
        String name = param(d, "filename");
        if (name == null) {
            name = param(header(fields, "Content-Type"), "name");
        }
        return name == null || name.isBlank() ? null : decoded(name);
    }

    /** A header parameter, including RFC 2231 continuations and charsets (filename*=utf-8''…). */
    static String param(String header, String name) {
        if (header == null) {
            return null;
        }
        String unfolded = header.replaceAll("\\r?\\n[ \\t]+", " ");
        Matcher ext = Pattern.compile("(?i)(?:^|;)\\s*" + name + "\\*(?:0\\*?)?=\\s*\"?([^;\"]*)\"?").matcher(unfolded);
        if (ext.find()) {
            StringBuilder sb = new StringBuilder(ext.group(1));
            for (int i = 1; i < 100; i++) {
                Matcher cont = Pattern.compile("(?i)(?:^|;)\\s*" + name + "\\*" + i + "\\*?=\\s*\"?([^;\"]*)\"?").matcher(unfolded);
                if (!cont.find()) {
                    break;
                }
                sb.append(cont.group(1));
            }
            String v = sb.toString();
            int q = v.indexOf("''");
            if (q >= 0) {
                String charset = v.substring(0, q);
                try {
                    return java.net.URLDecoder.decode(v.substring(q + 2).replace("+", "%2B"),
                            charset.isEmpty() ? StandardCharsets.UTF_8 : Charset.forName(charset));
                } catch (RuntimeException e) {
                    return v.substring(q + 2);
                }
            }
            return v;
        }
        Matcher m = Pattern.compile("(?i)(?:^|;)\\s*" + name + "\\s*=\\s*(\"([^\"]*)\"|[^;]+)").matcher(unfolded);
        if (m.find()) {
            return m.group(2) != null ? m.group(2) : m.group(1).strip();
        }
        return null;
    }

    /** The body's text in its declared charset; undeclared 8-bit text is tried as UTF-8, then Windows-1252. */
    static String text(InputStream in, String charset) throws IOException {
        ByteArrayOutputStream buf = new ByteArrayOutputStream();
        byte[] chunk = new byte[16 * 1024];
        int n;
        while ((n = in.read(chunk)) > 0) {
            if (buf.size() < MAX_BODY_CHARS * 2) {
                buf.write(chunk, 0, n);
            }
        }
        byte[] bytes = buf.toByteArray();
        Charset cs = null;
        try {
            if (charset != null && !charset.equalsIgnoreCase("us-ascii")) {
                cs = Charset.forName(charset);
            }
        } catch (RuntimeException e) {
            cs = null;
        }
        String s;
        if (cs != null) {
            s = new String(bytes, cs);
        } else {
            s = strictUtf8(bytes);
            if (s == null) {
                s = new String(bytes, Charset.forName("windows-1252"));
            }
        }
        s = s.replace("\r\n", "\n").replace('\r', '\n');
        return s.length() > MAX_BODY_CHARS ? s.substring(0, MAX_BODY_CHARS) + "\n[…]" : s;
    }

    private static String strictUtf8(byte[] bytes) {
        CharsetDecoder d = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        try {
            return d.decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            return null;
        }
    }

    /** The readable text of an HTML body: block elements and line breaks become new lines. */
    static String htmlToText(String html) {
        org.jsoup.nodes.Document doc = Jsoup.parse(html);
        doc.select("script, style, head, title").remove();
        StringBuilder sb = new StringBuilder();
        org.jsoup.select.NodeTraversor.traverse(new org.jsoup.select.NodeVisitor() {
            @Override
            public void head(org.jsoup.nodes.Node node, int depth) {
                if (node instanceof org.jsoup.nodes.TextNode t) {
                    sb.append(t.getWholeText().replaceAll("[\\s\u00A0]+", " "));
                } else if (node instanceof org.jsoup.nodes.Element e) {
                    if (e.nameIs("br")) {
                        sb.append('\n');
                    } else if (e.isBlock()) {
                        newLine(sb);
                    } else if (e.nameIs("td") || e.nameIs("th")) {
                        sb.append(' ');
                    }
                }
            }

            @Override
            public void tail(org.jsoup.nodes.Node node, int depth) {
                if (node instanceof org.jsoup.nodes.Element e && e.isBlock()) {
                    newLine(sb);
                }
            }
        }, doc.body() == null ? doc : doc.body());
        return sb.toString().replaceAll("[ \\t]+\n", "\n").replaceAll("\n[ \\t]+", "\n").replaceAll("\n{3,}", "\n\n").strip();
    }

    private static void newLine(StringBuilder sb) {
        if (!sb.isEmpty() && sb.charAt(sb.length() - 1) != '\n') {
            sb.append('\n');
        }
    }

    static String extensionFor(String mediaType) {
        return switch (mediaType) {
            case "application/pdf" -> ".pdf";
            case "message/rfc822" -> ".eml";
            case "application/vnd.ms-outlook" -> ".msg";
            case "application/msword" -> ".doc";
            case "application/vnd.openxmlformats-officedocument.wordprocessingml.document" -> ".docx";
            case "application/vnd.ms-excel" -> ".xls";
            case "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet" -> ".xlsx";
            case "application/vnd.openxmlformats-officedocument.presentationml.presentation" -> ".pptx";
            case "application/zip" -> ".zip";
            case "image/png" -> ".png";
            case "image/jpeg" -> ".jpg";
            case "image/tiff" -> ".tif";
            case "text/plain" -> ".txt";
            case "text/html" -> ".html";
            case "text/calendar" -> ".ics";
            default -> ".bin";
        };
    }
}
