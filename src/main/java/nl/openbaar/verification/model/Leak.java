package nl.openbaar.verification.model;

/**
 * A finding of the verification gate: where (document, page) which kind of information (category) was still
 * found, and by which check. Never contains the text found: this record goes into public reports.
 *
 * @param page  the page the information was found on, or the page it was removed from when the check cannot tell
 *              (a grep of the whole file); 0 for findings about the file as a whole
 * @param check which check found it ("pdftotext", "pdfbox", "bestandsinhoud", "metadata", "ocr", "dekking", "structuur")
 */
public record Leak(String document, int page, String category, String check, String detail) {

    public String describe() {
        return document + (page > 0 ? ", pagina " + page : "") + ": " + category + " gevonden door " + check
                + (detail == null || detail.isBlank() ? "" : " (" + detail + ")");
    }
}
