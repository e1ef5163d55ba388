package nl.openbaar.tools.split;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.destination.PDPageFitDestination;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDDocumentOutline;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDOutlineItem;

/**
 * Writes a bundle PDF from pages of text (A4, DejaVu Sans 9 pt, one line of text per line), with top-level bookmarks
 * where asked: what the import tests and the split evaluation feed to the splitter. Characters outside Latin and punctuation are
 * left out.
 */
public final class BundleWriter {

    private static final String FONT = "/nl/openbaar/document/fonts/DejaVuSans.ttf";
    public static final int LINES_PER_PAGE = 62;

    /** A page: its lines, and the title of a bookmark that starts here (or null). */
    public record Page(List<String> lines, String bookmark) {
        public Page(List<String> lines) {
            this(lines, null);
        }
    }

    private BundleWriter() {
    }

    /** Lines cut into pages of at most {@link #LINES_PER_PAGE}, the first line of each page repeated above it if given. */
    public static List<List<String>> paginate(List<String> lines, int perPage) {
        List<List<String>> pages = new ArrayList<>();
        for (int i = 0; i < lines.size(); i += perPage) {
            pages.add(new ArrayList<>(lines.subList(i, Math.min(lines.size(), i + perPage))));
        }
        if (pages.isEmpty()) {
            pages.add(new ArrayList<>(List.of("")));
        }
        return pages;
    }

    public static void write(List<Page> pages, Path target) throws IOException {
        try (PDDocument doc = new PDDocument()) {
            PDType0Font font;
            try (InputStream in = BundleWriter.class.getResourceAsStream(FONT)) {
                font = PDType0Font.load(doc, in);
            }
            PDDocumentOutline outline = new PDDocumentOutline();
            for (Page p : pages) {
                PDPage page = new PDPage(PDRectangle.A4);
                doc.addPage(page);
                try (PDPageContentStream cs = new PDPageContentStream(doc, page)) {
                    cs.setFont(font, 9);
                    float y = PDRectangle.A4.getHeight() - 50;
                    for (String line : p.lines()) {
                        String safe = encodable(font, line);
                        if (!safe.isBlank()) {
                            cs.beginText();
                            cs.newLineAtOffset(56, y);
                            cs.showText(safe);
                            cs.endText();
                        }
                        y -= 12;
                    }
                }
                if (p.bookmark() != null) {
                    PDOutlineItem item = new PDOutlineItem();
                    item.setTitle(p.bookmark());
                    PDPageFitDestination dest = new PDPageFitDestination();
                    dest.setPage(page);
                    item.setDestination(dest);
                    outline.addLast(item);
                }
            }
            if (outline.hasChildren()) {
                doc.getDocumentCatalog().setDocumentOutline(outline);
            }
            doc.save(target.toFile());
        }
    }

    private static String encodable(PDType0Font font, String line) {
        StringBuilder b = new StringBuilder();
        line.replace('\t', ' ').codePoints().forEach(cp -> {
            try {
                if (cp >= 32 && (cp < 0x0530 || (cp >= 0x2000 && cp < 0x2070) || cp == 0x20AC) && font.hasGlyph(cp)) {
                    b.appendCodePoint(cp);
                }
            } catch (IOException e) {
                // left out
            }
        });
        return b.toString();
    }
}
