package nl.openbaar.redaction.internal;

import java.awt.geom.Point2D;
import java.awt.geom.Rectangle2D;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import nl.openbaar.redaction.internal.StreamNode.Glyph;
import nl.openbaar.redaction.internal.StreamNode.ImageHit;
import org.apache.pdfbox.contentstream.PDContentStream;
import org.apache.pdfbox.contentstream.PDFGraphicsStreamEngine;
import org.apache.pdfbox.contentstream.operator.Operator;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.documentinterchange.markedcontent.PDPropertyList;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDFontDescriptor;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.PDType3Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.apache.pdfbox.pdmodel.graphics.PDXObject;
import org.apache.pdfbox.pdmodel.graphics.form.PDFormXObject;
import org.apache.pdfbox.pdmodel.graphics.form.PDTransparencyGroup;
import org.apache.pdfbox.pdmodel.graphics.image.PDImage;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.apache.pdfbox.pdmodel.graphics.state.PDGraphicsState;
import org.apache.pdfbox.pdmodel.graphics.state.PDTextState;
import org.apache.pdfbox.pdmodel.graphics.state.RenderingMode;
import org.apache.pdfbox.util.Matrix;
import org.apache.pdfbox.util.Vector;

/**
 * Runs a page's content (and every form it invokes) and records, per stream invocation and operator, what must
 * go: glyphs whose box lies mostly under a redaction box, glyphs nobody can see (render mode 3, outside the page,
 * in a switched-off layer), images partly under a box, and vector subpaths under a box. Nothing is changed here;
 * {@link ContentRewriter} applies the result.
 */
final class ContentScanner extends PDFGraphicsStreamEngine {

    private static final int MAX_FORM_DEPTH = 24;
    private static final PDFont DEFAULT_FONT = new PDType1Font(Standard14Fonts.FontName.HELVETICA);

    private final List<Rectangle2D> boxes;
    private final Rectangle2D crop;
    private final Predicate<PDPropertyList> layerHidden;
    private final Map<PDFont, float[]> verticalExtent = new IdentityHashMap<>();
    private final Deque<StreamNode> stack = new ArrayDeque<>();
    private final StringBuilder[] removedPerBox;
    private StreamNode root;

    // state of the operator being processed
    private String opName = "";
    private List<Glyph> glyphs;
    private boolean glyphRemoved;
    private int stringOrdinal;
    // the path under construction
    private final List<Subpath> subpaths = new ArrayList<>();
    private Subpath current;
    private boolean clipping;

    int glyphsRemoved;
    int hiddenGlyphsRemoved;

    // ---- what the width classes need (see WidthClasses) ----
    /** Glyphs on the lines of the boxes, in content order, in user space. */
    final List<LineGlyph> lineGlyphs = new ArrayList<>();
    /** Boxes that also cover an image or a vector shape, or text that is not upright: drawn as requested. */
    final java.util.BitSet boxesWithMore = new java.util.BitSet();
    /** Left and right edge of all visible text on the page (user space), for the right margin. */
    double textMinX = Double.MAX_VALUE;
    double textMaxX = -Double.MAX_VALUE;
    /** Text placed one after another without being positioned again: moving one glyph moves the rest of the chain. */
    private int chain;
    private int seq;
    /** Where the last kept glyph of the current operator ended (user x): a removed run starts there. */
    private double prevEnd = Double.NaN;

    /**
     * A glyph on a box's line. {@code box}: the box that removes it, -1 kept, -2 removed because nobody could see it.
     * {@code before}: where the run it belongs to starts (the end of the kept glyph before it, with the kerning
     * between them), {@code x0}/{@code x1} its advance, {@code em} the font size and {@code userPerUnit} one unit
     * of a TJ number, both in user space.
     */
    record LineGlyph(StreamNode node, int op, int chain, int seq, int box, boolean upright, boolean space, double x0,
            double x1, double yLo, double yHi, double before, double em, double userPerUnit) {
        boolean kept() {
            return box == -1;
        }
    }

    private static final class Subpath {
        final List<Integer> ops = new ArrayList<>();
        double minX = Double.MAX_VALUE;
        double minY = Double.MAX_VALUE;
        double maxX = -Double.MAX_VALUE;
        double maxY = -Double.MAX_VALUE;

        void add(int op, double... xy) {
            if (ops.isEmpty() || ops.get(ops.size() - 1) != op) {
                ops.add(op);
            }
            for (int i = 0; i + 1 < xy.length; i += 2) {
                minX = Math.min(minX, xy[i]);
                maxX = Math.max(maxX, xy[i]);
                minY = Math.min(minY, xy[i + 1]);
                maxY = Math.max(maxY, xy[i + 1]);
            }
        }

        Rectangle2D bounds() {
            return minX > maxX ? new Rectangle2D.Double() : new Rectangle2D.Double(minX, minY, maxX - minX, maxY - minY);
        }
    }

    ContentScanner(PDPage page, List<Rectangle2D> boxes, Predicate<PDPropertyList> layerHidden) {
        super(page);
        this.boxes = boxes;
        PDRectangle c = page.getCropBox();
        this.crop = new Rectangle2D.Double(c.getLowerLeftX(), c.getLowerLeftY(), c.getWidth(), c.getHeight());
        this.layerHidden = layerHidden;
        this.removedPerBox = new StringBuilder[boxes.size()];
        Rectangle2D all = null;
        for (Rectangle2D b : boxes) {
            all = all == null ? (Rectangle2D) b.clone() : all.createUnion(b);
        }
        this.reach = all == null ? new Rectangle2D.Double() : all;
    }

    /** All boxes together: most glyphs are nowhere near any box and are let go after one comparison. */
    private final Rectangle2D reach;

    StreamNode scan() throws IOException {
        root = new StreamNode(getPage(), 0);
        stack.push(root);
        processPage(getPage());
        stack.pop();
        return root;
    }

    /** The text removed under each box, in content order. */
    List<String> removedText() {
        List<String> out = new ArrayList<>();
        for (StringBuilder sb : removedPerBox) {
            out.add(sb == null ? "" : sb.toString());
        }
        return out;
    }

    @Override
    protected void processOperator(Operator operator, List<COSBase> operands) throws IOException {
        StreamNode node = stack.peek();
        if (node.inOperator) {
            // PDFBox runs ' and " as T* plus Tj: those inner calls are not operators of the stream
            super.processOperator(operator, operands);
            return;
        }
        node.inOperator = true;
        try {
            process(node, operator, operands);
        } finally {
            node.inOperator = false;
        }
    }

    private void process(StreamNode node, Operator operator, List<COSBase> operands) throws IOException {
        node.op++;
        // keep the tokens: the rewriter works on them instead of parsing the stream a second time
        node.tokens.addAll(operands);
        node.tokens.add(operator);
        if (node.resources == null) {
            node.resources = getResources();
        }
        String name = operator.getName();
        opName = name;
        switch (name) {
            case "BT", "ET", "Td", "TD", "Tm", "T*", "'", "\"", "cm" -> chain++;
            default -> {
            }
        }
        switch (name) {
            case "Tj", "'", "\"", "TJ" -> {
                // a TJ's leading number moves the text before the first glyph: the run starts where the operator does
                prevEnd = "Tj".equals(name) || "TJ".equals(name) ? currentX() : Double.NaN;
                glyphs = new ArrayList<>();
                glyphRemoved = false;
                stringOrdinal = -1;
                super.processOperator(operator, operands);
                if (glyphRemoved) {
                    node.text.put(node.op, glyphs);
                }
                glyphs = null;
            }
            case "BDC" -> {
                boolean hide = false;
                if (operands.size() >= 2 && COSName.OC.equals(operands.get(0))) {
                    PDPropertyList props = properties(operands.get(1));
                    hide = props != null && layerHidden.test(props);
                }
                if (operands.size() >= 2 && operands.get(1) instanceof COSDictionary inline && carriesText(inline)) {
                    node.scrubbedMarks.add(node.op);
                } else if (operands.size() >= 2 && operands.get(1) instanceof COSName) {
                    PDPropertyList props = properties(operands.get(1));
                    if (props != null) {
                        // named property lists are shared resources: clean them where they live
                        scrub(props.getCOSObject());
                    }
                }
                node.marks.add(hide);
                if (hide) {
                    node.hiddenMarks++;
                }
                super.processOperator(operator, operands);
            }
            case "BMC" -> {
                node.marks.add(false);
                super.processOperator(operator, operands);
            }
            case "EMC" -> {
                if (!node.marks.isEmpty() && node.marks.remove(node.marks.size() - 1)) {
                    node.hiddenMarks--;
                }
                super.processOperator(operator, operands);
            }
            case "Do" -> {
                if (node.hidden() || xObjectHidden(operands)) {
                    node.droppedOps.set(node.op);
                    return;
                }
                super.processOperator(operator, operands);
            }
            case "sh" -> {
                if (node.hidden()) {
                    node.droppedOps.set(node.op);
                    return;
                }
                super.processOperator(operator, operands);
            }
            default -> super.processOperator(operator, operands);
        }
    }

    /** The user-space x of the current text position. */
    private double currentX() {
        PDGraphicsState state = getGraphicsState();
        Matrix tm = state == null ? null : state.getTextMatrix();
        if (tm == null) {
            return Double.NaN;
        }
        return tm.multiply(state.getCurrentTransformationMatrix()).getTranslateX();
    }

    private PDPropertyList properties(COSBase operand) {
        if (operand instanceof COSName n && getResources() != null) {
            return getResources().getProperties(n);
        }
        if (operand instanceof COSDictionary d) {
            return PDPropertyList.create(d);
        }
        return null;
    }

    private boolean xObjectHidden(List<COSBase> operands) {
        if (operands.isEmpty() || !(operands.get(0) instanceof COSName n) || getResources() == null) {
            return false;
        }
        try {
            PDXObject x = getResources().getXObject(n);
            PDPropertyList oc = x instanceof PDFormXObject f ? f.getOptionalContent()
                    : x instanceof PDImageXObject i ? i.getOptionalContent() : null;
            return oc != null && layerHidden.test(oc);
        } catch (IOException e) {
            return false;
        }
    }

    static boolean carriesText(COSDictionary d) {
        return d.containsKey(COSName.ACTUAL_TEXT) || d.containsKey(COSName.ALT) || d.containsKey(COSName.E);
    }

    static void scrub(COSDictionary d) {
        d.removeItem(COSName.ACTUAL_TEXT);
        d.removeItem(COSName.ALT);
        d.removeItem(COSName.E);
    }

    // ---- forms: one node per invocation ----

    @Override
    public void showForm(PDFormXObject form) throws IOException {
        invoke(form, () -> super.showForm(form));
    }

    @Override
    public void showTransparencyGroup(PDTransparencyGroup form) throws IOException {
        invoke(form, () -> super.showTransparencyGroup(form));
    }

    private interface Body {
        void run() throws IOException;
    }

    private void invoke(PDContentStream form, Body body) throws IOException {
        StreamNode parent = stack.peek();
        if (parent.depth >= MAX_FORM_DEPTH) {
            throw new IOException("form XObjects nested deeper than " + MAX_FORM_DEPTH);
        }
        StreamNode child = new StreamNode(form, parent.depth + 1);
        parent.forms.put(parent.op, child);
        String savedOp = opName;
        List<Subpath> savedPaths = new ArrayList<>(subpaths);
        Subpath savedCurrent = current;
        boolean savedClip = clipping;
        subpaths.clear();
        current = null;
        clipping = false;
        stack.push(child);
        chain++;
        try {
            body.run();
        } finally {
            chain++;
            stack.pop();
            opName = savedOp;
            subpaths.clear();
            subpaths.addAll(savedPaths);
            current = savedCurrent;
            clipping = savedClip;
        }
    }

    // ---- text ----

    @Override
    protected void showText(byte[] string) throws IOException {
        stringOrdinal++;
        StreamNode node = stack.peek();
        PDGraphicsState state = getGraphicsState();
        PDTextState ts = state.getTextState();
        PDFont font = ts.getFont() == null ? DEFAULT_FONT : ts.getFont();
        if (font.isVertical()) {
            showVerticalText(string, node, state, ts, font);
            return;
        }
        float fontSize = ts.getFontSize();
        float hScale = ts.getHorizontalScaling() / 100f;
        float charSpacing = ts.getCharacterSpacing();
        boolean hiddenText = node.hidden() || ts.getRenderingMode() == RenderingMode.NEITHER;
        float[] extent = verticalExtent(font);
        // glyph i sits at text-space offset (advance, 0) from the text matrix at the start of the string:
        // user = (x * fontSize * hScale + advance, y * fontSize + rise) x (Tm x CTM), computed without allocating
        Matrix tmCtm = state.getTextMatrix().multiply(state.getCurrentTransformationMatrix());
        double ba = tmCtm.getScaleX();
        double bb = tmCtm.getShearY();
        double bc = tmCtm.getShearX();
        double bd = tmCtm.getScaleY();
        double be = tmCtm.getTranslateX();
        double bf = tmCtm.getTranslateY();
        double sx = fontSize * hScale;
        double y0 = extent[0] * fontSize + ts.getRise();
        double y1 = extent[1] * fontSize + ts.getRise();
        double advance = 0;

        ByteArrayInputStream in = new ByteArrayInputStream(string);
        boolean identity = twoByteIdentity(font);
        int offset = 0;
        while (in.available() > 0) {
            int before = in.available();
            int code = identity && before >= 2 ? in.read() << 8 | in.read() : font.readCode(in);
            int length = before - in.available();
            float wordSpacing = length == 1 && code == 32 ? ts.getWordSpacing() : 0;
            float w = width(font, code);
            double x0 = advance;
            double x1 = advance + w * sx;
            // the four corners and the centre in user space
            double[] q = quad;
            corner(q, 0, ba, bb, bc, bd, be, bf, x0, y0);
            corner(q, 2, ba, bb, bc, bd, be, bf, x1, y0);
            corner(q, 4, ba, bb, bc, bd, be, bf, x1, y1);
            corner(q, 6, ba, bb, bc, bd, be, bf, x0, y1);
            corner(q, 8, ba, bb, bc, bd, be, bf, (x0 + x1) / 2, (y0 + y1) / 2);
            float tx = (w * fontSize + charSpacing + wordSpacing) * hScale;
            double units = fontSize == 0 ? 0 : (w * fontSize + charSpacing + wordSpacing) / fontSize * 1000;
            int box = classify(node, font, code, q, hiddenText, offset, length, units);
            double origin = ba * advance + be;
            if (Double.isNaN(prevEnd)) {
                prevEnd = origin;
            }
            if (box != -1 || onBoxLine(q)) {
                boolean upright = Math.abs(bb) < 1e-6 && Math.abs(bc) < 1e-6 && ba > 0 && bd > 0;
                if (box >= 0 && !upright) {
                    boxesWithMore.set(box);
                }
                lineGlyphs.add(new LineGlyph(node, node.op, chain, seq, box, upright, length == 1 && code == 32,
                        Math.min(q[0], q[2]), Math.max(q[0], q[2]), Math.min(q[1], q[5]), Math.max(q[1], q[5]),
                        box == -1 ? origin : prevEnd, fontSize * bd, fontSize * hScale / 1000 * ba));
            }
            if (box == -1) {
                prevEnd = ba * (advance + tx) + be;
                if (!hiddenText && !(length == 1 && code == 32)) {
                    textMinX = Math.min(textMinX, Math.min(q[0], q[2]));
                    textMaxX = Math.max(textMaxX, Math.max(q[0], q[2]));
                }
            }
            seq++;
            advance += tx;
            offset += length;
        }
        state.getTextMatrix().translate((float) advance, 0);
    }

    private final double[] quad = new double[10];

    private static void corner(double[] q, int i, double a, double b, double c, double d, double e, double f, double x, double y) {
        q[i] = a * x + c * y + e;
        q[i + 1] = b * x + d * y + f;
    }

    /**
     * A Type 0 font with the predefined Identity-H or Identity-V encoding reads every code as two bytes (its only
     * code space is 0000–FFFF); PDFBox finds that out per glyph by streaming over the code space ranges. Only the
     * predefined encodings (a name, not an embedded CMap that could claim the name) take this path.
     */
    private boolean twoByteIdentity(PDFont font) {
        if (font != identityFont) {
            identityFont = font;
            identity = font instanceof PDType0Font
                    && font.getCOSObject().getDictionaryObject(COSName.ENCODING) instanceof COSName n
                    && (n.getName().equals("Identity-H") || n.getName().equals("Identity-V"));
        }
        return identity;
    }

    private PDFont identityFont;
    private boolean identity;

    /** Vertical writing (rare in Dutch documents): the general, slower path through PDFBox's matrices. */
    private void showVerticalText(byte[] string, StreamNode node, PDGraphicsState state, PDTextState ts, PDFont font) throws IOException {
        float fontSize = ts.getFontSize();
        float charSpacing = ts.getCharacterSpacing();
        boolean hiddenText = node.hidden() || ts.getRenderingMode() == RenderingMode.NEITHER;
        Matrix parameters = new Matrix(fontSize * ts.getHorizontalScaling() / 100f, 0, 0, fontSize, 0, ts.getRise());
        ByteArrayInputStream in = new ByteArrayInputStream(string);
        int offset = 0;
        while (in.available() > 0) {
            int before = in.available();
            int code = font.readCode(in);
            int length = before - in.available();
            float wordSpacing = length == 1 && code == 32 ? ts.getWordSpacing() : 0;
            Matrix trm = parameters.multiply(state.getTextMatrix()).multiply(state.getCurrentTransformationMatrix());
            trm.translate(font.getPositionVector(code));
            Vector w = font.getDisplacement(code);
            double half = 0.5 * font.getWidth(code) / 1000;
            double[] q = glyphQuad(trm, -half, half, w.getY(), 0);
            float ty = w.getY() * fontSize + charSpacing + wordSpacing;
            double units = fontSize == 0 ? 0 : ty / fontSize * 1000;
            int box = classify(node, font, code, q, hiddenText, offset, length, units);
            if (box >= 0) {
                boxesWithMore.set(box);
            }
            seq++;
            state.getTextMatrix().translate(0, ty);
            offset += length;
        }
    }

    /** Decides whether a glyph goes (under a box, invisible, outside the page) and records it for the rewriter. */
    private int classify(StreamNode node, PDFont font, int code, double[] q, boolean hiddenText, int offset, int length,
            double units) throws IOException {
        double minX = Math.min(Math.min(q[0], q[2]), Math.min(q[4], q[6]));
        double maxX = Math.max(Math.max(q[0], q[2]), Math.max(q[4], q[6]));
        double minY = Math.min(Math.min(q[1], q[3]), Math.min(q[5], q[7]));
        double maxY = Math.max(Math.max(q[1], q[3]), Math.max(q[5], q[7]));
        boolean hidden = hiddenText;
        int box = -1;
        if (!hidden) {
            box = hit(q[8], q[9], minX, minY, maxX, maxY);
            if (box < 0) {
                boolean empty = maxX - minX <= 0 || maxY - minY <= 0;
                hidden = empty ? !crop.contains(q[8], q[9])
                        : maxX <= crop.getMinX() || minX >= crop.getMaxX() || maxY <= crop.getMinY() || minY >= crop.getMaxY();
            }
        }
        boolean removed = hidden || box >= 0;
        String unicode = null;
        if (removed) {
            glyphRemoved = true;
            if (box >= 0) {
                glyphsRemoved++;
                unicode = font.toUnicode(code);
                if (removedPerBox[box] == null) {
                    removedPerBox[box] = new StringBuilder();
                }
                removedPerBox[box].append(unicode == null ? "" : unicode);
            } else {
                hiddenGlyphsRemoved++;
            }
        }
        if (glyphs != null) {
            glyphs.add(new Glyph(stringOrdinal, offset, length, units, removed, hidden && box < 0, box, unicode));
        }
        return box >= 0 ? box : removed ? -2 : -1;
    }

    /** True when a glyph shares a line with a box (half its height or more within the box's height). */
    private boolean onBoxLine(double[] q) {
        double lo = Math.min(q[1], q[5]);
        double hi = Math.max(q[1], q[5]);
        if (boxes.isEmpty() || hi < reach.getMinY() || lo > reach.getMaxY()) {
            return false;
        }
        for (Rectangle2D b : boxes) {
            double overlap = Math.min(hi, b.getMaxY()) - Math.max(lo, b.getMinY());
            if (overlap > 0 && overlap >= 0.5 * Math.min(hi - lo, b.getHeight())) {
                return true;
            }
        }
        return false;
    }

    /**
     * Horizontal advances per code, looked up once per font (PDFBox boxes every lookup). The table of the font in
     * use is kept at hand; it grows to 65,536 entries the first time a code above 255 comes along (once per font,
     * not once per glyph).
     */
    private float width(PDFont font, int code) throws IOException {
        if (code < 0 || code >= 65536) {
            return font.getDisplacement(code).getX();
        }
        if (font != widthFont) {
            widths = widthCache.computeIfAbsent(font, f -> {
                float[] w = new float[256];
                java.util.Arrays.fill(w, Float.NaN);
                return w;
            });
            widthFont = font;
        }
        if (code >= widths.length) {
            float[] bigger = java.util.Arrays.copyOf(widths, 65536);
            java.util.Arrays.fill(bigger, widths.length, 65536, Float.NaN);
            widthCache.put(font, bigger);
            widths = bigger;
        }
        float w = widths[code];
        if (Float.isNaN(w)) {
            w = font.getDisplacement(code).getX();
            widths[code] = w;
        }
        return w;
    }

    private PDFont widthFont;
    private float[] widths;
    private final Map<PDFont, float[]> widthCache = new IdentityHashMap<>();

    @Override
    protected void showGlyph(Matrix textRenderingMatrix, PDFont font, int code, Vector displacement) {
        // not reached: showText is handled above. Type3 glyph procedures are deliberately not run.
    }

    /** Four corners of a glyph box in text space, transformed to user space, then its centre: x0,y0 … x3,y3, cx,cy. */
    private static double[] glyphQuad(Matrix m, double x0, double x1, double y0, double y1) {
        double a = m.getScaleX();
        double b = m.getShearY();
        double c = m.getShearX();
        double d = m.getScaleY();
        double e = m.getTranslateX();
        double f = m.getTranslateY();
        double[] xs = {x0, x1, x1, x0, (x0 + x1) / 2};
        double[] ys = {y0, y0, y1, y1, (y0 + y1) / 2};
        double[] out = new double[10];
        for (int i = 0; i < 5; i++) {
            out[2 * i] = a * xs[i] + c * ys[i] + e;
            out[2 * i + 1] = b * xs[i] + d * ys[i] + f;
        }
        return out;
    }

    private static Rectangle2D bounds(double[] quad) {
        double minX = Double.MAX_VALUE;
        double minY = Double.MAX_VALUE;
        double maxX = -Double.MAX_VALUE;
        double maxY = -Double.MAX_VALUE;
        for (int i = 0; i < 8; i += 2) {
            minX = Math.min(minX, quad[i]);
            maxX = Math.max(maxX, quad[i]);
            minY = Math.min(minY, quad[i + 1]);
            maxY = Math.max(maxY, quad[i + 1]);
        }
        return new Rectangle2D.Double(minX, minY, maxX - minX, maxY - minY);
    }

    /**
     * The box a glyph falls under: its centre inside the box, or at least 40% of its area covered. A neighbour
     * that a box only grazes (the "@" after the local part of an address) stays.
     */
    private int hit(double cx, double cy, double minX, double minY, double maxX, double maxY) {
        if (boxes.isEmpty() || maxX < reach.getMinX() || minX > reach.getMaxX() || maxY < reach.getMinY() || minY > reach.getMaxY()) {
            return -1;
        }
        double area = (maxX - minX) * (maxY - minY);
        for (int i = 0; i < boxes.size(); i++) {
            Rectangle2D b = boxes.get(i);
            if (b.contains(cx, cy)) {
                return i;
            }
            if (area > 0) {
                double w = Math.min(maxX, b.getMaxX()) - Math.max(minX, b.getMinX());
                double h = Math.min(maxY, b.getMaxY()) - Math.max(minY, b.getMinY());
                if (w > 0 && h > 0 && w * h >= 0.4 * area) {
                    return i;
                }
            }
        }
        return -1;
    }

    /** Descent and ascent of a font in text space (1 = the font size), from its descriptor or bounding box. */
    private float[] verticalExtent(PDFont font) {
        return verticalExtent.computeIfAbsent(font, f -> {
            float descent = -0.25f;
            float ascent = 0.85f;
            try {
                if (f instanceof PDType3Font t3) {
                    PDRectangle bb = t3.getFontBBox();
                    Matrix fm = t3.getFontMatrix();
                    if (bb != null && bb.getHeight() > 0) {
                        float lo = bb.getLowerLeftY() * fm.getScaleY();
                        float hi = bb.getUpperRightY() * fm.getScaleY();
                        if (hi > lo && hi - lo < 3) {
                            return new float[] {Math.min(lo, 0), Math.max(hi, 0.1f)};
                        }
                    }
                    return new float[] {descent, ascent};
                }
                PDFontDescriptor fd = f.getFontDescriptor();
                if (fd != null) {
                    float a = fd.getAscent() / 1000f;
                    float d = fd.getDescent() / 1000f;
                    if (a > 0.3f && a < 1.6f) {
                        ascent = a;
                    }
                    if (d < 0 && d > -0.8f) {
                        descent = d;
                    }
                }
            } catch (RuntimeException e) {
                // keep the defaults: a broken descriptor must not stop redaction
            }
            return new float[] {descent, ascent};
        });
    }

    // ---- images ----

    @Override
    public void drawImage(PDImage image) {
        StreamNode node = stack.peek();
        if (node.hidden()) {
            node.droppedOps.set(node.op);
            return;
        }
        Matrix ctm = getGraphicsState().getCurrentTransformationMatrix().clone();
        double[] quad = glyphQuad(ctm, 0, 1, 0, 1);
        Rectangle2D placed = bounds(quad);
        List<Rectangle2D> hits = new ArrayList<>();
        for (int i = 0; i < boxes.size(); i++) {
            Rectangle2D b = boxes.get(i);
            if (b.intersects(placed)) {
                hits.add(b);
                boxesWithMore.set(i);
            }
        }
        if (!hits.isEmpty()) {
            node.images.put(node.op, new ImageHit(image, ctm, hits));
        }
    }

    // ---- vector paths ----

    @Override
    public void appendRectangle(Point2D p0, Point2D p1, Point2D p2, Point2D p3) {
        Subpath s = new Subpath();
        s.add(stack.peek().op, p0.getX(), p0.getY(), p1.getX(), p1.getY(), p2.getX(), p2.getY(), p3.getX(), p3.getY());
        subpaths.add(s);
        current = null;
    }

    @Override
    public void moveTo(float x, float y) {
        current = new Subpath();
        current.add(stack.peek().op, x, y);
        subpaths.add(current);
    }

    @Override
    public void lineTo(float x, float y) {
        segment(x, y);
    }

    @Override
    public void curveTo(float x1, float y1, float x2, float y2, float x3, float y3) {
        segment(x1, y1, x2, y2, x3, y3);
    }

    private void segment(double... xy) {
        if (current == null) {
            current = new Subpath();
            subpaths.add(current);
        }
        current.add(stack.peek().op, xy);
    }

    @Override
    public Point2D getCurrentPoint() {
        return new Point2D.Float(0, 0);
    }

    @Override
    public void closePath() {
        // "s", "b" and "b*" close the path and paint it in one operator: that operator is the painting one
        if (current != null && "h".equals(opName)) {
            current.add(stack.peek().op);
        }
    }

    @Override
    public void clip(int windingRule) {
        clipping = true;
    }

    @Override
    public void endPath() {
        finishPath(false);
    }

    @Override
    public void strokePath() {
        finishPath(true);
    }

    @Override
    public void fillPath(int windingRule) {
        finishPath(true);
    }

    @Override
    public void fillAndStrokePath(int windingRule) {
        finishPath(true);
    }

    @Override
    public void shadingFill(COSName shadingName) {
        // a shading is covered by the opaque box; its colours carry no text
    }

    /**
     * A painted path: subpaths lying mostly under a box are removed with their operators (outlined text, a
     * drawn signature); the rest stays. A clipping path is never changed, it only limits what is shown.
     */
    private void finishPath(boolean painted) {
        StreamNode node = stack.peek();
        int paintOp = node.op;
        if (painted && !clipping) {
            int removed = 0;
            for (Subpath s : subpaths) {
                if (node.hidden() || underBox(s.bounds()) >= 0) {
                    s.ops.forEach(node.removedOps::set);
                    removed++;
                }
            }
            if (removed > 0 && removed == subpaths.size()) {
                node.removedOps.set(paintOp);
            }
            pathsRemoved += removed;
        }
        subpaths.clear();
        current = null;
        clipping = false;
    }

    int pathsRemoved;

    /** The box a subpath lies under (which then covers more than text), or -1. */
    private int underBox(Rectangle2D r) {
        double cx = r.getCenterX();
        double cy = r.getCenterY();
        double area = r.getWidth() * r.getHeight();
        for (int i = 0; i < boxes.size(); i++) {
            Rectangle2D b = boxes.get(i);
            if (b.contains(cx, cy) && (area == 0 || b.createIntersection(r).getWidth() * b.createIntersection(r).getHeight() >= 0.5 * area)) {
                boxesWithMore.set(i);
                return i;
            }
            if (area > 0 && b.intersects(r)) {
                Rectangle2D o = b.createIntersection(r);
                if (o.getWidth() * o.getHeight() >= 0.6 * area) {
                    boxesWithMore.set(i);
                    return i;
                }
            }
        }
        return -1;
    }
}
