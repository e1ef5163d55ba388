package nl.openbaar.redaction.internal;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import nl.openbaar.redaction.internal.StreamNode.Glyph;
import org.apache.pdfbox.contentstream.operator.Operator;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSFloat;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSNumber;
import org.apache.pdfbox.cos.COSStream;
import org.apache.pdfbox.cos.COSString;
import org.apache.pdfbox.pdfwriter.ContentStreamWriter;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.graphics.form.PDFormXObject;

/**
 * Applies what {@link ContentScanner} found to the token lists of the streams: text operators lose the marked
 * glyphs (each removed run becomes one TJ displacement, so the rest of the line stays where it was and no
 * per-glyph spacing of the removed text survives), paths and hidden drawings lose their operators, burned images
 * and cloned forms are put in under new names. A changed form is cloned, never edited in place: another page
 * may show the same form where no box covers it.
 */
final class ContentRewriter {

    private final PDDocument doc;
    private final ImageBurner burner;
    int imagesBurned;

    ContentRewriter(PDDocument doc, ImageBurner burner) {
        this.doc = doc;
        this.burner = burner;
    }

    /** New tokens for a node's stream; {@code resources} is the stream's private resource dictionary. */
    List<Object> rewrite(StreamNode node, List<Object> tokens, COSDictionary resources) throws IOException {
        List<Object> out = new ArrayList<>(tokens.size() + 16);
        List<COSBase> operands = new ArrayList<>();
        int op = -1;
        for (Object token : tokens) {
            if (!(token instanceof Operator operator)) {
                operands.add((COSBase) token);
                continue;
            }
            op++;
            String name = operator.getName();
            if (node.removedOps.get(op) || node.droppedOps.get(op)) {
                operands.clear();
                continue;
            }
            List<Glyph> glyphs = node.text.get(op);
            if (glyphs != null) {
                rewriteText(name, operands, glyphs, node.runWidths.get(op), out);
            } else if ("Do".equals(name) && node.forms.containsKey(op) && node.forms.get(op).changed()) {
                COSName form = (COSName) operands.get(0);
                COSName clone = add(resources, cloneForm(node.forms.get(op), form, node.resources));
                out.add(clone);
                out.add(operator);
            } else if (("Do".equals(name) || "BI".equals(name)) && node.images.containsKey(op)) {
                COSStream burned = burner.burn(node.images.get(op));
                imagesBurned++;
                out.add(add(resources, burned));
                out.add(Operator.getOperator("Do"));
            } else if ("BDC".equals(name) && node.scrubbedMarks.contains(op)) {
                COSDictionary copy = new COSDictionary((COSDictionary) operands.get(1));
                ContentScanner.scrub(copy);
                out.add(operands.get(0));
                out.add(copy);
                out.add(operator);
            } else {
                out.addAll(operands);
                out.add(operator);
            }
            operands.clear();
        }
        out.addAll(operands);
        pruneXObjects(resources, out);
        return out;
    }

    private void rewriteText(String name, List<COSBase> operands, List<Glyph> glyphs, Map<Integer, Double> runWidths, List<Object> out) {
        List<COSBase> elements = new ArrayList<>();
        switch (name) {
            case "TJ" -> {
                if (!operands.isEmpty() && operands.get(operands.size() - 1) instanceof COSArray array) {
                    array.forEach(elements::add);
                }
            }
            case "\"" -> {
                if (operands.size() >= 3) {
                    // aw ac string ": sets word and character spacing for what follows, moves to the next line, shows
                    out.add(operands.get(0));
                    out.add(Operator.getOperator("Tw"));
                    out.add(operands.get(1));
                    out.add(Operator.getOperator("Tc"));
                    elements.add(operands.get(2));
                }
                out.add(Operator.getOperator("T*"));
            }
            case "'" -> {
                out.add(Operator.getOperator("T*"));
                if (!operands.isEmpty()) {
                    elements.add(operands.get(operands.size() - 1));
                }
            }
            default -> {
                if (!operands.isEmpty()) {
                    elements.add(operands.get(operands.size() - 1));
                }
            }
        }
        out.add(showRuns(elements, glyphs, runWidths));
        out.add(Operator.getOperator("TJ"));
    }

    /**
     * Rebuilds a TJ array: kept glyphs with their bytes, kerning between kept glyphs as it was, and each removed run
     * (with any kerning inside it or touching it) as one number equal to its total advance, or, for a box in a width
     * class, the class's width ({@code runWidths}: box → units; may be null).
     */
    static COSArray showRuns(List<COSBase> elements, List<Glyph> glyphs, Map<Integer, Double> runWidths) {
        COSArray result = new COSArray();
        ByteArrayOutputStream kept = new ByteArrayOutputStream();
        List<Float> pendingNumbers = new ArrayList<>();
        double run = 0;
        int runBox = -1;
        boolean inRun = false;
        int ordinal = -1;
        int g = 0;
        for (COSBase element : elements) {
            if (element instanceof COSNumber number) {
                flush(kept, result);
                if (inRun) {
                    run -= number.floatValue();
                } else {
                    pendingNumbers.add(number.floatValue());
                }
                continue;
            }
            if (!(element instanceof COSString string)) {
                continue;
            }
            ordinal++;
            byte[] bytes = string.getBytes();
            while (g < glyphs.size() && glyphs.get(g).string() < ordinal) {
                g++;
            }
            for (; g < glyphs.size() && glyphs.get(g).string() == ordinal; g++) {
                Glyph glyph = glyphs.get(g);
                if (glyph.removed()) {
                    flush(kept, result);
                    if (!inRun) {
                        inRun = true;
                        runBox = glyph.box();
                        run = 0;
                        for (float n : pendingNumbers) {
                            run -= n;
                        }
                        pendingNumbers.clear();
                    }
                    run += glyph.units();
                } else {
                    if (inRun) {
                        result.add(displacement(width(run, runBox, runWidths)));
                        inRun = false;
                    }
                    for (float n : pendingNumbers) {
                        result.add(new COSFloat(n));
                    }
                    pendingNumbers.clear();
                    kept.write(bytes, glyph.offset(), Math.min(glyph.length(), bytes.length - glyph.offset()));
                }
            }
        }
        flush(kept, result);
        if (inRun) {
            result.add(displacement(width(run, runBox, runWidths)));
        }
        for (float n : pendingNumbers) {
            result.add(new COSFloat(n));
        }
        return result;
    }

    private static double width(double run, int box, Map<Integer, Double> runWidths) {
        Double classWidth = runWidths == null || box < 0 ? null : runWidths.get(box);
        return classWidth != null ? classWidth : run;
    }

    private static COSFloat displacement(double units) {
        // rounded: the exact sum of per-glyph widths would say more about the removed text than its extent
        return new COSFloat((float) -Math.round(units * 10) / 10f);
    }

    private static void flush(ByteArrayOutputStream kept, COSArray result) {
        if (kept.size() > 0) {
            result.add(new COSString(kept.toByteArray()));
            kept.reset();
        }
    }

    /** A copy of the form for this one invocation, with its stream rewritten. */
    private COSStream cloneForm(StreamNode child, COSName originalName, PDResources parentResources) throws IOException {
        PDFormXObject form = (PDFormXObject) child.stream;
        COSStream original = form.getCOSObject();
        COSStream copy = doc.getDocument().createCOSStream();
        for (Map.Entry<COSName, COSBase> e : original.entrySet()) {
            COSName key = e.getKey();
            if (!COSName.LENGTH.equals(key) && !COSName.FILTER.equals(key) && !COSName.DECODE_PARMS.equals(key)
                    && !COSName.DL.equals(key) && !COSName.METADATA.equals(key) && !COSName.PIECE_INFO.equals(key)) {
                copy.setItem(key, e.getValue());
            }
        }
        PDResources effective = child.resources != null ? child.resources
                : form.getResources() != null ? form.getResources() : parentResources;
        COSDictionary res = privateCopy(effective);
        copy.setItem(COSName.RESOURCES, res);
        write(copy, rewrite(child, child.tokens, res));
        return copy;
    }

    static void write(COSStream stream, List<Object> tokens) throws IOException {
        write(stream, tokens, null);
    }

    /** Writes the tokens, then (when given) operators drawn on top of them, as one compressed stream. */
    static void write(COSStream stream, List<Object> tokens, byte[] after) throws IOException {
        try (OutputStream os = new java.io.BufferedOutputStream(stream.createOutputStream(COSName.FLATE_DECODE), 1 << 16)) {
            new ContentStreamWriter(os).writeTokens(tokens);
            if (after != null) {
                os.write(after);
            }
        }
    }

    /** A shallow copy of a resource dictionary with its own XObject dictionary, safe to add names to. */
    static COSDictionary privateCopy(PDResources resources) {
        COSDictionary copy = resources == null ? new COSDictionary() : new COSDictionary(resources.getCOSObject());
        COSDictionary xobjects = copy.getCOSDictionary(COSName.XOBJECT);
        copy.setItem(COSName.XOBJECT, xobjects == null ? new COSDictionary() : new COSDictionary(xobjects));
        return copy;
    }

    private static COSName add(COSDictionary resources, COSStream xobject) {
        COSDictionary xobjects = resources.getCOSDictionary(COSName.XOBJECT);
        int n = xobjects.size();
        COSName name;
        do {
            name = COSName.getPDFName("Rd" + n++);
        } while (xobjects.containsKey(name));
        xobjects.setItem(name, xobject);
        return name;
    }

    /**
     * Drops XObject names no Do in the stream uses any more: otherwise the original image or form, with the very
     * text that was removed, would still be written into the file through the resource dictionary.
     */
    private static void pruneXObjects(COSDictionary resources, List<Object> tokens) {
        COSDictionary xobjects = resources.getCOSDictionary(COSName.XOBJECT);
        if (xobjects == null) {
            return;
        }
        Set<COSName> used = new HashSet<>();
        Object previous = null;
        for (Object t : tokens) {
            if (t instanceof Operator o && "Do".equals(o.getName()) && previous instanceof COSName n) {
                used.add(n);
            }
            previous = t;
        }
        for (COSName key : new ArrayList<>(xobjects.keySet())) {
            if (!used.contains(key)) {
                xobjects.removeItem(key);
            }
        }
    }
}
