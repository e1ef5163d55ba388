package nl.openbaar.letter.render;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import nl.openbaar.letter.model.Block;
import nl.openbaar.letter.model.Letter;
import nl.openbaar.letter.model.Section;
import org.apache.poi.xwpf.usermodel.BreakType;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTBookmark;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTLanguage;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTRPr;

/**
 * A letter as a Word document, for a lawyer who wants to edit before signing. Same content and order as the
 * PDF; headings carry an outline level so Word's navigation pane and screen readers see the structure; the
 * language is Dutch.
 */
public final class LetterDocx {

    private static final String FONT = "DejaVu Sans";

    private LetterDocx() {
    }

    /** Custom property naming the section behind each bookmark ("1=h:procedure"), so an edited file can be read back. */
    public static final String SECTIONS_PROPERTY = "Openbaar-secties";
    /** Bookmarks at the start of each section: {@value} and its number. */
    public static final String BOOKMARK = "openbaar_sectie_";
    /** A bookmark where a part starts that the system keeps (the signature): text after it is not read back. */
    public static final String KEPT = "openbaar_vast_";

    public static byte[] of(Letter letter) {
        return write(letter, null);
    }

    /**
     * The letter for editing in Word: each section starts at a bookmark, and the document's custom properties say
     * which section each is and carry {@code properties} (case, letter), so {@code ReadingEditedDocx} finds the text
     * of each section again however the lawyer changed the layout.
     */
    public static byte[] forEditing(Letter letter, Map<String, String> properties) {
        return write(letter, properties);
    }

    private static byte[] write(Letter letter, Map<String, String> properties) {
        Marks marks = properties == null ? null : new Marks();
        try (XWPFDocument doc = new XWPFDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            doc.getProperties().getCoreProperties().setTitle(letter.title());
            doc.getProperties().getCoreProperties().setCreator(letter.sender().organisation());
            text(doc, letter.sender().organisation(), 12, true, 0);
            for (String line : letter.sender().contactLines()) {
                text(doc, line, 8, false, -1);
            }
            text(doc, "> Retouradres " + letter.sender().returnAddress(), 7, false, -1);
            for (String line : letter.recipient()) {
                text(doc, line, 10, false, -1);
            }
            for (Letter.Reference r : letter.references()) {
                XWPFParagraph p = doc.createParagraph();
                run(p, r.label() + "  ", 8, true);
                run(p, r.value(), 10, false);
            }
            text(doc, letter.title(), 12, true, 0);
            if (letter.salutation() != null && !letter.salutation().isBlank()) {
                text(doc, letter.salutation(), 10, false, -1);
            }
            for (Section s : letter.sections()) {
                section(doc, s, marks);
            }
            for (Section s : letter.annexes()) {
                XWPFParagraph brk = doc.createParagraph();
                brk.createRun().addBreak(BreakType.PAGE);
                section(doc, s, marks);
            }
            if (marks != null) {
                var custom = doc.getProperties().getCustomProperties();
                properties.forEach(custom::addProperty);
                custom.addProperty(SECTIONS_PROPERTY, String.join("\n", marks.names));
            }
            doc.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The bookmarks written so far and the sections they start. */
    private static final class Marks {
        final List<String> names = new ArrayList<>();
        int next = 1;

        void mark(XWPFParagraph p, String name, String entry) {
            int id = next++;
            CTBookmark start = p.getCTP().addNewBookmarkStart();
            start.setName(name + id);
            start.setId(BigInteger.valueOf(id));
            p.getCTP().addNewBookmarkEnd().setId(BigInteger.valueOf(id));
            if (entry != null) {
                names.add(id + "=" + entry);
            }
        }
    }

    private static void section(XWPFDocument doc, Section s, Marks marks) {
        boolean first = true;
        if (s.heading() != null) {
            XWPFParagraph h = text(doc, s.heading(), s.level() > 2 ? 10 : 11, true, Math.min(s.level(), 4) - 1);
            if (marks != null) {
                marks.mark(h, BOOKMARK, "h:" + s.id());
            }
            first = false;
        }
        for (Block b : s.blocks()) {
            if (marks != null && first) {
                // A section without a heading is marked on its first paragraph, which is part of its text.
                XWPFParagraph p = doc.createParagraph();
                marks.mark(p, BOOKMARK, "b:" + s.id());
                first = false;
            }
            if (marks != null && b instanceof Block.Signature) {
                marks.mark(doc.createParagraph(), KEPT, null);
            }
            switch (b) {
                case Block.Paragraph p -> text(doc, p.text(), 10, false, -1);
                case Block.SubHeading h -> text(doc, h.text(), 10, true, s.level());
                case Block.ItemList l -> {
                    int n = 1;
                    for (String item : l.items()) {
                        String label = switch (l.kind()) {
                            case NUMBERED -> (n++) + ". ";
                            case BULLETED -> "• ";
                            case LABELLED -> "";
                        };
                        XWPFParagraph p = text(doc, label + item, 10, false, -1);
                        p.setIndentationLeft(360);
                    }
                }
                case Block.Table t -> table(doc, t);
                case Block.Signature sig -> {
                    List<String> lines = sig.lines();
                    for (int i = 0; i < lines.size(); i++) {
                        XWPFParagraph p = text(doc, lines.get(i), 10, false, -1);
                        if (i == 2) {
                            p.setSpacingBefore(600);
                        }
                    }
                }
            }
        }
    }

    private static void table(XWPFDocument doc, Block.Table t) {
        XWPFTable table = doc.createTable(t.rows().size() + 1, t.headers().size());
        table.setWidth("100%");
        XWPFTableRow head = table.getRow(0);
        head.setRepeatHeader(true);
        for (int c = 0; c < t.headers().size(); c++) {
            XWPFParagraph p = head.getCell(c).getParagraphs().get(0);
            run(p, t.headers().get(c), 8, true);
        }
        for (int r = 0; r < t.rows().size(); r++) {
            XWPFTableRow row = table.getRow(r + 1);
            List<String> cells = t.rows().get(r);
            for (int c = 0; c < cells.size(); c++) {
                run(row.getCell(c).getParagraphs().get(0), cells.get(c), 8, false);
            }
        }
    }

    /** @param outline 0 for the title, 1 for a part, 2 for a sub-part; -1 for body text */
    private static XWPFParagraph text(XWPFDocument doc, String text, int size, boolean bold, int outline) {
        XWPFParagraph p = doc.createParagraph();
        p.setSpacingAfter(120);
        if (outline >= 0) {
            p.getCTP().addNewPPr().addNewOutlineLvl().setVal(BigInteger.valueOf(outline));
            p.setSpacingBefore(200);
        }
        run(p, text, size, bold);
        return p;
    }

    private static void run(XWPFParagraph p, String text, int size, boolean bold) {
        XWPFRun r = p.createRun();
        r.setFontFamily(FONT);
        r.setFontSize(size);
        r.setBold(bold);
        r.setText(LetterHtml.esc(text).isEmpty() ? "" : clean(text));
        CTRPr pr = r.getCTR().isSetRPr() ? r.getCTR().getRPr() : r.getCTR().addNewRPr();
        CTLanguage lang = pr.sizeOfLangArray() > 0 ? pr.getLangArray(0) : pr.addNewLang();
        lang.setVal("nl-NL");
    }

    /** Text without the control characters a Word document cannot hold. */
    private static String clean(String s) {
        StringBuilder out = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            out.append(c < 0x20 || (c >= 0x7F && c <= 0x9F) ? ' ' : c);
        }
        return out.toString();
    }
}
