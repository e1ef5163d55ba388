package nl.openbaar.inventory.model;

import java.util.Locale;

/**
 * Maps a document's kind or file name to the file types the VWS productierapport knows: pdf, doc, image,
 * presentation, spreadsheet, email, html, note, database, xml, video, audio, vcard, chat.
 */
public final class FileTypes {

    private FileTypes() {
    }

    public static String vws(String kind, String fileName) {
        String fromKind = byToken(kind);
        if (fromKind != null) {
            return fromKind;
        }
        if (fileName != null) {
            int dot = fileName.lastIndexOf('.');
            String fromName = dot < 0 ? null : byToken(fileName.substring(dot + 1));
            if (fromName != null) {
                return fromName;
            }
        }
        return "doc";
    }

    private static String byToken(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        String v = value.strip().toLowerCase(Locale.ROOT);
        if (v.contains("/")) {
            // a media type: application/pdf, message/rfc822, image/png …
            if (v.startsWith("image/")) {
                return "image";
            }
            if (v.startsWith("video/")) {
                return "video";
            }
            if (v.startsWith("audio/")) {
                return "audio";
            }
            if (v.equals("message/rfc822") || v.contains("outlook")) {
                return "email";
            }
            if (v.contains("spreadsheet") || v.contains("excel") || v.equals("text/csv")) {
                return "spreadsheet";
            }
            if (v.contains("presentation") || v.contains("powerpoint")) {
                return "presentation";
            }
            if (v.contains("pdf")) {
                return "pdf";
            }
            if (v.contains("html")) {
                return "html";
            }
            if (v.contains("xml")) {
                return "xml";
            }
            if (v.contains("vcard")) {
                return "vcard";
            }
            return v.startsWith("text/") || v.contains("word") || v.contains("opendocument.text") || v.contains("rtf") ? "doc" : null;
        }
        return switch (v) {
            case "pdf" -> "pdf";
            case "email", "e-mail", "mail", "eml", "msg", "mbox" -> "email";
            case "doc", "docx", "odt", "rtf", "txt", "text", "word", "document", "dot", "dotx" -> "doc";
            case "xls", "xlsx", "ods", "csv", "spreadsheet" -> "spreadsheet";
            case "ppt", "pptx", "odp", "pps", "ppsx", "presentation" -> "presentation";
            case "png", "jpg", "jpeg", "tif", "tiff", "gif", "bmp", "webp", "image", "scan" -> "image";
            case "htm", "html" -> "html";
            case "xml" -> "xml";
            case "vcf", "vcard" -> "vcard";
            case "mp4", "mov", "avi", "mkv", "video" -> "video";
            case "mp3", "wav", "m4a", "ogg", "audio" -> "audio";
            case "note", "notitie" -> "note";
            case "chat", "teams", "whatsapp" -> "chat";
            case "database", "mdb", "accdb", "sqlite" -> "database";
            default -> null;
        };
    }
}
