package nl.openbaar.document.internal;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.TreeSet;
import nl.openbaar.document.model.DocumentKind;
import nl.openbaar.document.model.EmailHeaders;
import nl.openbaar.shared.layout.PageLayout;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.tika.Tika;
import org.springframework.stereotype.Component;

/**
 * Reads one original into a {@link ReadResult}: finds out what it really is (by its content, not its name),
 * makes the working PDF, and lays out its pages. Each format has its own path; all end in a PDF whose pages
 * are laid out by the same code, so word boxes always refer to the working PDF.
 */
@Component
public class DocumentReader {

    private static final ZoneId NL = ZoneId.of("Europe/Amsterdam");
    private static volatile Tika tika;

    static {
        QuietLibraries.apply();
    }

    private final FileStore store;
    private final Limits limits;

    public DocumentReader(FileStore store, Limits limits) {
        this.store = store;
        this.limits = limits;
    }

    public Limits limits() {
        return limits;
    }

    /** The media type by content and name (a .pdf that is really HTML is HTML). */
    public static String detect(Path file, String fileName) {
        if (tika == null) {
            tika = new Tika();
        }
        try (InputStream in = org.apache.tika.io.TikaInputStream.get(file)) {
            return tika.detect(in, fileName);
        } catch (IOException e) {
            return "application/octet-stream";
        }
    }

    public static DocumentKind kindOf(String mediaType, String fileName) {
        String t = mediaType == null ? "" : mediaType.toLowerCase(Locale.ROOT);
        if (t.equals("application/pdf")) {
            return DocumentKind.PDF;
        }
        if (t.equals("message/rfc822") || t.equals("application/vnd.ms-outlook")) {
            return DocumentKind.EMAIL;
        }
        if (t.equals("application/msword") || t.contains("wordprocessingml") || t.equals("application/vnd.oasis.opendocument.text")
                || t.equals("application/rtf") || t.equals("application/vnd.ms-word.document.macroenabled.12")) {
            return DocumentKind.WORD;
        }
        if (t.equals("application/vnd.ms-excel") || t.contains("spreadsheetml") || t.equals("application/vnd.oasis.opendocument.spreadsheet")
                || t.equals("text/csv") || t.equals("application/vnd.ms-excel.sheet.macroenabled.12")) {
            return DocumentKind.SPREADSHEET;
        }
        if (t.equals("application/vnd.ms-powerpoint") || t.contains("presentationml")
                || t.equals("application/vnd.oasis.opendocument.presentation")) {
            return DocumentKind.PRESENTATION;
        }
        if (t.startsWith("image/") && !t.equals("image/svg+xml")) {
            return DocumentKind.IMAGE;
        }
        if (t.equals("application/zip")) {
            return DocumentKind.ARCHIVE;
        }
        if (t.startsWith("text/")) {
            return DocumentKind.TEXT;
        }
        return DocumentKind.OTHER;
    }

    /**
     * Reads the stored original.
     *
     * @param depth how deep this document sits in a family (attachments of attachments), for the nesting limit
     */
    public ReadResult read(String sha256, String fileName, int depth) throws IOException {
        Path original = store.pathOf(sha256);
        long size = Files.size(original);
        if (size == 0) {
            throw new ReadingException("leeg bestand (0 bytes)");
        }
        if (size > limits.maxFileBytes()) {
            throw new ReadingException("het bestand is groter dan de grens van " + Limits.humanBytes(limits.maxFileBytes())
                    + " (openbaar.documents.max-file-bytes)");
        }
        String type = detect(original, fileName);
        DocumentKind kind = kindOf(type, fileName);
        if (type.equals("application/x-tika-ooxml-protected") || type.equals("application/x-tika-msoffice-encrypted")) {
            throw new ReadingException("het Office-bestand is versleuteld met een wachtwoord");
        }
        Path scratch = store.scratch();
        try {
            return switch (kind) {
                case PDF -> pdf(original, type, fileName);
                case EMAIL -> email(original, type, fileName, scratch);
                case WORD, SPREADSHEET, PRESENTATION -> office(original, type, kind, fileName, scratch);
                case IMAGE -> image(original, type, fileName, scratch);
                case TEXT -> text(original, type, fileName, scratch);
                case ARCHIVE -> archive(original, type, fileName, scratch, depth);
                case OTHER -> throw new ReadingException("bestandssoort niet ondersteund (" + type + ")");
            };
        } finally {
            OfficeConverter.deleteTree(scratch);
        }
    }

    private ReadResult pdf(Path original, String type, String fileName) throws IOException {
        Path scratch = store.scratch();
        try {
            List<PageLayout> pages = PdfLayouts.read(original, limits, scratch);
            String title = null;
            LocalDate date = null;
            try (PDDocument doc = PdfLayouts.open(original)) {
                PDDocumentInformation info = doc.getDocumentInformation();
                if (info != null) {
                    title = blankToNull(info.getTitle());
                    if (info.getCreationDate() != null) {
                        date = info.getCreationDate().toInstant().atZone(NL).toLocalDate();
                    }
                }
            } catch (RuntimeException ignored) {
                // metadata is optional
            }
            return new ReadResult(DocumentKind.PDF, type, title != null ? title : fileName, date, null, null,
                    store.put(original).sha256(), pages, List.of(), null);
        } finally {
            OfficeConverter.deleteTree(scratch);
        }
    }

    private ReadResult email(Path original, String type, String fileName, Path scratch) throws IOException {
        EmailContent mail;
        try (InputStream in = Files.newInputStream(original)) {
            mail = type.equals("application/vnd.ms-outlook") ? MsgParser.parse(in, store, limits) : EmailParser.parse(in, store, limits);
        }
        Path pdf = scratch.resolve("email.pdf");
        EmailRendition.write(mail, pdf);
        FileStore.Stored rendition = store.put(pdf);
        List<PageLayout> pages = PdfLayouts.read(rendition.path(), limits, scratch);
        EmailHeaders h = mail.headers();
        LocalDate date = h.sent() == null ? null : h.sent().atZoneSameInstant(NL).toLocalDate();
        List<ReadResult.Child> children = mail.attachments().stream()
                .map(a -> new ReadResult.Child(a.fileName(), a.mediaType(), a.sha256(), a.size())).toList();
        String title = h.subject() == null || h.subject().isBlank() ? fileName : h.subject();
        return new ReadResult(DocumentKind.EMAIL, type, title, date, h, messageHash(mail), rendition.sha256(), pages, children,
                (h.subject() == null ? "" : h.subject()) + "\n" + Signatures.strip(mail.body()));
    }

    private ReadResult office(Path original, String type, DocumentKind kind, String fileName, Path scratch) throws IOException {
        String ext = FileNames.extension(fileName);
        if (ext.isEmpty() || ext.length() > 5) {
            ext = switch (kind) {
                case SPREADSHEET -> type.equals("text/csv") ? "csv" : type.contains("openxml") ? "xlsx" : "xls";
                case PRESENTATION -> type.contains("openxml") ? "pptx" : "ppt";
                default -> type.contains("openxml") ? "docx" : type.contains("opendocument") ? "odt" : "doc";
            };
        }
        OfficeMetadata.Meta meta = new OfficeMetadata.Meta(null, null);
        if (isZip(original)) {
            ZipSafety.check(original, limits);
            meta = OfficeMetadata.read(original);
        }
        Path pdf;
        if (kind == DocumentKind.SPREADSHEET && type.equals("text/csv")) {
            pdf = scratch.resolve("sheet.pdf");
            SpreadsheetRendition.csv(original, fileName, pdf);
        } else if (kind == DocumentKind.SPREADSHEET && (ext.equals("xlsx") || ext.equals("xls") || ext.equals("xlsm"))) {
            pdf = scratch.resolve("sheet.pdf");
            SpreadsheetRendition.workbook(original, meta.title() != null ? meta.title() : fileName, pdf);
        } else if (kind == DocumentKind.SPREADSHEET) {
            // OpenDocument and other sheets: LibreOffice turns them into xlsx first, then they print the same way
            Path xlsx = OfficeConverter.convert(original, ext, "xlsx", scratch, limits.timePerDocument());
            pdf = scratch.resolve("sheet.pdf");
            SpreadsheetRendition.workbook(xlsx, meta.title() != null ? meta.title() : fileName, pdf);
        } else {
            pdf = OfficeConverter.toPdf(original, ext, scratch, limits.timePerDocument());
        }
        FileStore.Stored rendition = store.put(pdf);
        List<PageLayout> pages = PdfLayouts.read(rendition.path(), limits, scratch);
        return new ReadResult(kind, type, meta.title() != null ? meta.title() : fileName, meta.created(), null, null,
                rendition.sha256(), pages, List.of(), null);
    }

    private ReadResult image(Path original, String type, String fileName, Path scratch) throws IOException {
        Path pdf = scratch.resolve("image.pdf");
        ImagePdf.write(original, pdf, limits);
        FileStore.Stored rendition = store.put(pdf);
        List<PageLayout> pages = PdfLayouts.read(rendition.path(), limits, scratch);
        return new ReadResult(DocumentKind.IMAGE, type, fileName, null, null, null, rendition.sha256(), pages, List.of(), null);
    }

    private ReadResult text(Path original, String type, String fileName, Path scratch) throws IOException {
        String text;
        try (InputStream in = Files.newInputStream(original)) {
            text = EmailParser.text(in, null);
        }
        if (type.equals("text/html")) {
            text = EmailParser.htmlToText(text);
        }
        Path pdf = scratch.resolve("text.pdf");
        EmailRendition.writeText(fileName, text, pdf);
        FileStore.Stored rendition = store.put(pdf);
        List<PageLayout> pages = PdfLayouts.read(rendition.path(), limits, scratch);
        return new ReadResult(DocumentKind.TEXT, type, fileName, null, null, null, rendition.sha256(), pages, List.of(), null);
    }

    private ReadResult archive(Path original, String type, String fileName, Path scratch, int depth) throws IOException {
        if (depth >= limits.maxNesting()) {
            throw new ReadingException("archief te diep genest (meer dan " + limits.maxNesting() + " niveaus)");
        }
        List<ReadResult.Child> children = new ArrayList<>();
        Archives.unzip(original, limits, (name, in) -> {
            FileStore.Stored s = store.put(in, limits.maxFileBytes());
            children.add(new ReadResult.Child(FileNames.safe(name), null, s.sha256(), s.size()));
        });
        StringBuilder listing = new StringBuilder("Archief " + fileName + " met " + children.size() + " bestand(en):\n\n");
        for (ReadResult.Child c : children) {
            listing.append(c.fileName()).append('\n');
        }
        Path pdf = scratch.resolve("archive.pdf");
        EmailRendition.writeText(fileName, listing.toString(), pdf);
        FileStore.Stored rendition = store.put(pdf);
        List<PageLayout> pages = PdfLayouts.read(rendition.path(), limits, scratch);
        return new ReadResult(DocumentKind.ARCHIVE, type, fileName, null, null, null, rendition.sha256(), pages, children, null);
    }

    private static boolean isZip(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            byte[] magic = in.readNBytes(4);
            return magic.length == 4 && magic[0] == 'P' && magic[1] == 'K' && magic[2] == 3 && magic[3] == 4;
        }
    }

    /**
     * The identity of an e-mail's content, the same for every copy of one message however it was exported:
     * sender and recipients (addresses only, sorted), the minute it was sent, the subject, the body with
     * whitespace normalised, and the attachments' hashes.
     */
    static String messageHash(EmailContent mail) {
        EmailHeaders h = mail.headers();
        StringBuilder sb = new StringBuilder();
        sb.append(addresses(h.from() == null ? List.of() : List.of(h.from()))).append('\n');
        TreeSet<String> rcpt = new TreeSet<>(addresses(h.to()));
        rcpt.addAll(addresses(h.cc()));
        sb.append(rcpt).append('\n');
        sb.append(h.sent() == null ? "" : h.sent().toInstant().getEpochSecond() / 60).append('\n');
        sb.append(h.subject() == null ? "" : h.subject().strip().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT)).append('\n');
        sb.append(mail.body().replaceAll("\\s+", " ").strip()).append('\n');
        mail.attachments().stream().map(EmailContent.Attachment::sha256).sorted().forEach(s -> sb.append(s).append('\n'));
        MessageDigest d = FileStore.sha256();
        return HexFormat.of().formatHex(d.digest(sb.toString().getBytes(StandardCharsets.UTF_8)));
    }

    private static List<String> addresses(List<String> displays) {
        List<String> out = new ArrayList<>();
        for (String d : displays) {
            if (d == null) {
                continue;
            }
            int lt = d.lastIndexOf('<');
            int gt = d.lastIndexOf('>');
            String a = lt >= 0 && gt > lt ? d.substring(lt + 1, gt) : d;
            out.add(a.strip().toLowerCase(Locale.ROOT));
        }
        return out;
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
