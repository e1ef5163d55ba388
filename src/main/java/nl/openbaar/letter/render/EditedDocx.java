package nl.openbaar.letter.render;

import java.io.IOException;
import java.io.InputStream;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Pattern;
import nl.openbaar.shared.InvalidInputException;
import org.apache.poi.ooxml.POIXMLProperties;
import org.apache.poi.xwpf.usermodel.IBodyElement;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.openxmlformats.schemas.officeDocument.x2006.customProperties.CTProperty;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTBookmark;

/**
 * Reads a letter back that {@link LetterDocx#forEditing} wrote and a lawyer edited in Word: the text of each section,
 * found by the bookmarks at the sections' starts, as editable text (paragraphs separated by an empty line, list
 * items on lines of their own). Tables, the letterhead, the signature and the annexes are not read: the system keeps
 * those itself.
 */
public final class EditedDocx {

    /** What the file says about itself, and the text per section id in the order of the file. */
    public record Edited(Map<String, String> properties, Map<String, String> sections) {
    }

    private static final Pattern ITEM = Pattern.compile("^([•\\-*]|\\d{1,3}[.)])\\s+.*");

    private EditedDocx() {
    }

    public static Edited read(InputStream in) {
        try (XWPFDocument doc = new XWPFDocument(in)) {
            Map<String, String> props = new HashMap<>();
            POIXMLProperties.CustomProperties custom = doc.getProperties().getCustomProperties();
            for (CTProperty p : custom.getUnderlyingProperties().getPropertyList()) {
                props.put(p.getName(), p.isSetLpwstr() ? p.getLpwstr() : String.valueOf(custom.getProperty(p.getName())));
            }
            String names = props.get(LetterDocx.SECTIONS_PROPERTY);
            if (names == null) {
                throw new InvalidInputException("bestand", "dit Word-bestand komt niet uit Openbaar (de indeling in secties ontbreekt);"
                        + " download de brief als DOCX, bewerk die en laad hem weer op");
            }
            Map<String, String> byBookmark = new HashMap<>();
            for (String line : names.split("\\R")) {
                int eq = line.indexOf('=');
                if (eq > 0) {
                    byBookmark.put(LetterDocx.BOOKMARK + line.substring(0, eq), line.substring(eq + 1));
                }
            }
            Map<String, StringBuilder> texts = new LinkedHashMap<>();
            StringBuilder current = null;
            boolean previousItem = false;
            for (IBodyElement element : doc.getBodyElements()) {
                if (!(element instanceof XWPFParagraph p)) {
                    continue; // tables belong to the annexes, which the system keeps
                }
                boolean skipThis = false;
                for (CTBookmark b : p.getCTP().getBookmarkStartList()) {
                    String entry = byBookmark.get(b.getName());
                    if (entry != null) {
                        current = texts.computeIfAbsent(entry.substring(2), k -> new StringBuilder());
                        skipThis = entry.startsWith("h:");
                        previousItem = false;
                    } else if (b.getName() != null && b.getName().startsWith(LetterDocx.KEPT)) {
                        current = null;
                    }
                }
                if (current == null || skipThis) {
                    continue;
                }
                String text = p.getText().replace('\u00A0', ' ').replace('\t', ' ').strip();
                if (text.isEmpty()) {
                    continue;
                }
                boolean heading = p.getCTP().isSetPPr() && p.getCTP().getPPr().isSetOutlineLvl();
                boolean item = !heading && ITEM.matcher(text).matches();
                if (!current.isEmpty()) {
                    current.append(item && previousItem ? "\n" : "\n\n");
                }
                current.append(heading ? "## " + text : text);
                previousItem = item;
            }
            Map<String, String> sections = new LinkedHashMap<>();
            texts.forEach((k, v) -> sections.put(k, v.toString()));
            return new Edited(props, sections);
        } catch (IOException | org.apache.poi.ooxml.POIXMLException | org.apache.poi.openxml4j.exceptions.NotOfficeXmlFileException e) {
            throw new InvalidInputException("bestand", "dit is geen leesbaar Word-bestand (.docx)");
        }
    }
}
