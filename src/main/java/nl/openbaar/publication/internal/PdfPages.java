package nl.openbaar.publication.internal;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.text.PDFTextStripper;

/** The text of a PDF page by page, and its document information, as a reader of the published file sees them. */
public final class PdfPages {

    private PdfPages() {
    }

    public record Read(List<String> pages, List<String> metadata) {
    }

    /**
     * Text a reader sees on paper: glyphs filled in white are left out. Those are the ground codes on redaction
     * boxes (white on black), which would otherwise run through every sentence that had a name in it.
     */
    static final class VisibleTextStripper extends PDFTextStripper {
        @Override
        protected void processTextPosition(org.apache.pdfbox.text.TextPosition text) {
            try {
                var color = getGraphicsState().getNonStrokingColor();
                if (color != null && color.getColorSpace() != null && color.toRGB() == 0xFFFFFF) {
                    return;
                }
            } catch (IOException | RuntimeException e) {
                // a colour we cannot convert: keep the glyph
            }
            super.processTextPosition(text);
        }
    }

    /**
     * The text of every page as a reader sees it on paper, for search: the ground codes printed white on redaction
     * boxes are left out. (Checks for personal data read with {@link #read}, which keeps everything.)
     */
    public static List<String> visibleText(Path pdf) throws IOException {
        try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
            if (doc.isEncrypted()) {
                throw new IOException("versleutelde PDF");
            }
            PDFTextStripper stripper = new VisibleTextStripper();
            List<String> pages = new ArrayList<>();
            for (int p = 1; p <= doc.getNumberOfPages(); p++) {
                stripper.setStartPage(p);
                stripper.setEndPage(p);
                pages.add(stripper.getText(doc));
            }
            return pages;
        }
    }

    public static Read read(Path pdf) throws IOException {
        try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
            if (doc.isEncrypted()) {
                throw new IOException("versleutelde PDF");
            }
            PDFTextStripper stripper = new PDFTextStripper();
            List<String> pages = new ArrayList<>();
            for (int p = 1; p <= doc.getNumberOfPages(); p++) {
                stripper.setStartPage(p);
                stripper.setEndPage(p);
                pages.add(stripper.getText(doc));
            }
            List<String> meta = new ArrayList<>();
            PDDocumentInformation info = doc.getDocumentInformation();
            if (info != null) {
                for (String key : info.getMetadataKeys()) {
                    String v = info.getCustomMetadataValue(key);
                    if (v != null) {
                        meta.add(v);
                    }
                }
            }
            return new Read(pages, meta);
        }
    }
}
