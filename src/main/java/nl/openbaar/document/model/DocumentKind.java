package nl.openbaar.document.model;

import java.util.Locale;

/** What a document is, as far as reading it is concerned; decides how its working PDF (rendition) is made. */
public enum DocumentKind {
    PDF("PDF"),
    EMAIL("E-mail"),
    WORD("Tekstdocument"),
    SPREADSHEET("Spreadsheet"),
    PRESENTATION("Presentatie"),
    IMAGE("Afbeelding"),
    TEXT("Tekst"),
    ARCHIVE("Archief"),
    OTHER("Overig");

    private final String label;

    DocumentKind(String label) {
        this.label = label;
    }

    /** The Dutch name shown in lists and the inventory. */
    public String label() {
        return label;
    }

    /** The kind a file name suggests; the reader confirms it from the content. */
    public static DocumentKind ofFileName(String name) {
        String n = name.toLowerCase(Locale.ROOT);
        String ext = n.contains(".") ? n.substring(n.lastIndexOf('.') + 1) : "";
        return switch (ext) {
            case "pdf" -> PDF;
            case "eml", "msg" -> EMAIL;
            case "doc", "docx", "odt", "rtf", "wpd", "docm", "dot", "dotx" -> WORD;
            case "xls", "xlsx", "ods", "csv", "xlsm" -> SPREADSHEET;
            case "ppt", "pptx", "odp", "pps", "ppsx" -> PRESENTATION;
            case "png", "jpg", "jpeg", "tif", "tiff", "gif", "bmp" -> IMAGE;
            case "txt", "text", "md", "html", "htm", "xml", "json" -> TEXT;
            case "zip" -> ARCHIVE;
            default -> OTHER;
        };
    }
}
