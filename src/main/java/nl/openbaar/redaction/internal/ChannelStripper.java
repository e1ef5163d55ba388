package nl.openbaar.redaction.internal;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSObject;
import org.apache.pdfbox.cos.COSStream;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentCatalog;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.documentinterchange.markedcontent.PDPropertyList;
import org.apache.pdfbox.pdmodel.graphics.optionalcontent.PDOptionalContentGroup;
import org.apache.pdfbox.pdmodel.graphics.optionalcontent.PDOptionalContentMembershipDictionary;
import org.apache.pdfbox.pdmodel.graphics.optionalcontent.PDOptionalContentProperties;
import org.apache.pdfbox.pdmodel.interactive.form.PDAcroForm;

/**
 * Everything in a PDF that can carry text besides what a page shows: document information and XMP metadata,
 * annotations (comments, links with mailto: addresses), attachments, JavaScript and actions, form fields,
 * bookmarks and named destinations, layers, page labels, thumbnails, private application data, and the
 * /ActualText, /Alt and /E entries of the structure tree. Form fields are flattened first, so a filled-in value
 * becomes page content that redaction can remove under a box.
 */
final class ChannelStripper {

    private static final List<COSName> CATALOG_KEYS = List.of(COSName.NAMES, COSName.DESTS, COSName.OUTLINES,
            COSName.OPEN_ACTION, COSName.AA, COSName.ACRO_FORM, COSName.OCPROPERTIES, COSName.METADATA,
            COSName.PIECE_INFO, COSName.THREADS, COSName.getPDFName("SpiderInfo"), COSName.URI, COSName.AF,
            COSName.getPDFName("Collection"), COSName.PAGE_LABELS, COSName.getPDFName("Legal"), COSName.PERMS);
    private static final List<COSName> PAGE_KEYS = List.of(COSName.ANNOTS, COSName.AA, COSName.METADATA,
            COSName.PIECE_INFO, COSName.THUMB, COSName.B, COSName.AF, COSName.getPDFName("SeparationInfo"),
            COSName.getPDFName("PZ"), COSName.ID);
    private static final List<COSName> XOBJECT_KEYS = List.of(COSName.METADATA, COSName.PIECE_INFO,
            COSName.getPDFName("OPI"), COSName.getPDFName("Alternates"), COSName.NAME, COSName.OC, COSName.AF);
    private static final List<COSName> STRUCT_KEYS = List.of(COSName.ACTUAL_TEXT, COSName.ALT, COSName.E, COSName.T);

    private final List<String> stripped = new ArrayList<>();

    List<String> stripped() {
        return stripped;
    }

    /** Before content is redacted: filled-in form fields become page content. */
    void flattenForms(PDDocument doc) {
        PDDocumentCatalog catalog = doc.getDocumentCatalog();
        if (!catalog.getCOSObject().containsKey(COSName.ACRO_FORM)) {
            return;
        }
        try {
            PDAcroForm form = catalog.getAcroForm(null);
            if (form != null) {
                form.getCOSObject().removeItem(COSName.XFA);
                int fields = form.getFields().size();
                form.flatten();
                stripped.add("formulier (" + fields + " velden platgemaakt)");
            }
        } catch (IOException | RuntimeException e) {
            // a form PDFBox cannot flatten still loses its fields below: values then disappear rather than leak
            stripped.add("formulier (verwijderd, niet plat te maken)");
        }
    }

    /** Whether marked content or an XObject belongs to a layer that is switched off in the default view. */
    static Predicate<PDPropertyList> hiddenLayers(PDDocument doc) {
        PDOptionalContentProperties ocp = doc.getDocumentCatalog().getOCProperties();
        if (ocp == null) {
            return p -> false;
        }
        return props -> {
            if (props instanceof PDOptionalContentGroup group) {
                return !ocp.isGroupEnabled(group);
            }
            if (props instanceof PDOptionalContentMembershipDictionary m) {
                List<PDPropertyList> groups = m.getOCGs();
                long on = groups.stream().filter(g -> g instanceof PDOptionalContentGroup og && ocp.isGroupEnabled(og)).count();
                COSName policy = m.getVisibilityPolicy();
                boolean visible;
                if (COSName.ALL_ON.equals(policy)) {
                    visible = on == groups.size();
                } else if (COSName.ANY_OFF.equals(policy)) {
                    visible = on < groups.size();
                } else if (COSName.ALL_OFF.equals(policy)) {
                    visible = on == 0;
                } else {
                    visible = on > 0 || groups.isEmpty();
                }
                return !visible;
            }
            return false;
        };
    }

    /** After redaction: remove every other channel. */
    void strip(PDDocument doc) {
        if (doc.isEncrypted()) {
            doc.setAllSecurityToBeRemoved(true);
            stripped.add("beveiliging");
        }
        COSDictionary info = doc.getDocument().getTrailer().getCOSDictionary(COSName.INFO);
        if (info != null && info.size() > 0) {
            stripped.add("documentinformatie");
        }
        doc.setDocumentInformation(new PDDocumentInformation());
        doc.getDocument().getTrailer().removeItem(COSName.ID);

        COSDictionary catalog = doc.getDocumentCatalog().getCOSObject();
        for (COSName key : CATALOG_KEYS) {
            if (catalog.containsKey(key)) {
                catalog.removeItem(key);
                stripped.add(label(key));
            }
        }
        int annotations = 0;
        Set<COSBase> seen = Collections.newSetFromMap(new IdentityHashMap<>());
        for (PDPage page : doc.getPages()) {
            COSDictionary p = page.getCOSObject();
            COSArray annots = p.getCOSArray(COSName.ANNOTS);
            if (annots != null) {
                annotations += annots.size();
            }
            for (COSName key : PAGE_KEYS) {
                p.removeItem(key);
            }
            COSDictionary resources = p.getCOSDictionary(COSName.RESOURCES);
            if (resources != null) {
                cleanResources(resources, seen, 0);
            }
        }
        if (annotations > 0) {
            stripped.add("annotaties (" + annotations + ")");
        }
        COSDictionary structure = catalog.getCOSDictionary(COSName.STRUCT_TREE_ROOT);
        if (structure != null) {
            scrubStructure(structure, Collections.newSetFromMap(new IdentityHashMap<>()), 0);
        }
    }

    private void cleanResources(COSDictionary resources, Set<COSBase> seen, int depth) {
        if (depth > 32 || !seen.add(resources)) {
            return;
        }
        COSDictionary xobjects = resources.getCOSDictionary(COSName.XOBJECT);
        if (xobjects == null) {
            return;
        }
        for (COSName name : xobjects.keySet()) {
            if (xobjects.getDictionaryObject(name) instanceof COSStream x && seen.add(x)) {
                for (COSName key : XOBJECT_KEYS) {
                    x.removeItem(key);
                }
                COSDictionary inner = x.getCOSDictionary(COSName.RESOURCES);
                if (inner != null) {
                    cleanResources(inner, seen, depth + 1);
                }
            }
        }
    }

    /**
     * The structure tree keeps tags, but loses the alternative texts (which may spell out a removed name) and its
     * references to annotations that no longer exist.
     */
    private void scrubStructure(COSBase node, Set<COSBase> seen, int depth) {
        COSBase base = node instanceof COSObject o ? o.getObject() : node;
        if (base == null || depth > 256 || !seen.add(base)) {
            return;
        }
        if (base instanceof COSDictionary d) {
            for (COSName key : STRUCT_KEYS) {
                if (d.containsKey(key)) {
                    d.removeItem(key);
                    if (!stripped.contains("alternatieve teksten")) {
                        stripped.add("alternatieve teksten");
                    }
                }
            }
            COSBase kids = d.getDictionaryObject(COSName.K);
            if (kids instanceof COSArray array) {
                for (int i = array.size() - 1; i >= 0; i--) {
                    if (array.getObject(i) instanceof COSDictionary kid && COSName.OBJR.equals(kid.getCOSName(COSName.TYPE))) {
                        array.remove(i);
                    }
                }
                scrubStructure(array, seen, depth + 1);
            } else if (kids instanceof COSDictionary kid) {
                if (COSName.OBJR.equals(kid.getCOSName(COSName.TYPE))) {
                    d.removeItem(COSName.K);
                } else {
                    scrubStructure(kid, seen, depth + 1);
                }
            }
        } else if (base instanceof COSArray array) {
            for (int i = 0; i < array.size(); i++) {
                scrubStructure(array.get(i), seen, depth + 1);
            }
        }
    }

    private static String label(COSName key) {
        return switch (key.getName()) {
            case "Names" -> "namenboom (bijlagen, JavaScript, bestemmingen)";
            case "Dests" -> "benoemde bestemmingen";
            case "Outlines" -> "bladwijzers";
            case "OpenAction", "AA" -> "acties";
            case "AcroForm" -> "formuliervelden";
            case "OCProperties" -> "lagen";
            case "Metadata" -> "XMP-metadata";
            case "PieceInfo" -> "toepassingsgegevens";
            case "PageLabels" -> "paginalabels";
            case "AF" -> "bijgevoegde bestanden";
            default -> key.getName();
        };
    }
}
