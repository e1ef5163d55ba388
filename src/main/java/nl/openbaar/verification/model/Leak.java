package nl.openbaar.verification.model;

import java.util.Locale;
import nl.openbaar.shared.layout.Box;

/**
 * A finding of the verification gate: where (document, page, place on the page) which kind of information
 * (category) was still found, and by which check. Never contains the text found: this record goes into public
 * reports.
 *
 * @param page  the page the information was found on, or the page it was removed from when the check cannot tell
 *              (a grep of the whole file); 0 for findings about the file as a whole
 * @param check which check found it ("pdftotext", "pdfbox", "bestandsinhoud", "metadata", "ocr", "dekking", "structuur",
 *              "detectie")
 * @param box   where on the page, in the shared coordinates (points from the top left); null when the check cannot tell
 */
public record Leak(String document, int page, String category, String check, String detail, Box box) {

    public Leak(String document, int page, String category, String check, String detail) {
        this(document, page, category, check, detail, null);
    }

    public String describe() {
        return document + (page > 0 ? ", pagina " + page : "") + (box == null ? ""
                : String.format(Locale.ROOT, " bij (%.0f, %.0f)", box.x(), box.y())) + ": " + category + " gevonden door " + check
                + (detail == null || detail.isBlank() ? "" : " (" + detail + ")");
    }
}
