package nl.openbaar.document.internal;

import java.io.IOException;
import java.text.Normalizer;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import nl.openbaar.shared.layout.Box;
import nl.openbaar.shared.layout.LaidOutWord;
import nl.openbaar.shared.layout.PageLayout;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.documentinterchange.markedcontent.PDMarkedContent;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDFontDescriptor;
import org.apache.pdfbox.pdmodel.graphics.PDXObject;
import org.apache.pdfbox.pdmodel.graphics.form.PDFormXObject;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;

/**
 * The text layer of a PDF's pages with a box per word and the left edge of every glyph, in the shared
 * coordinate system (points, top-left of the page as displayed, CropBox and /Rotate applied).
 *
 * <p>PDFBox's stripper orders the words in reading order and splits them; each word's glyphs are measured here:
 * horizontally by their advance, vertically from the baseline by the font's ascent and descent, which is what
 * a viewer and a redaction engine consider the glyph's extent.
 */
final class PdfText {

    /** A page's text layer and whether it is worth OCR'ing instead. */
    /**
     * @param imageDpi the resolution of the page's largest image if it covered the page width (a scan's own
     *                 resolution), 0 without images
     */
    record Page(PageLayout layout, boolean hasImages, boolean hasContent, double imageDpi) {

        /** True when the text layer is missing or garbage, so the words must come from the page image. */
        boolean needsOcr() {
            return hasContent && !TextQuality.usable(layout.text());
        }
    }

    private PdfText() {
    }

    static List<Page> read(PDDocument pdf, int fromPage, int toPage) throws IOException {
        return read(pdf, fromPage, toPage, false);
    }

    /**
     * @param pdfBoxDuplicateCheck drop glyphs drawn twice with PDFBox's own (slow) check instead of
     *                             {@link DrawnGlyphs}; the same rule, kept so that a test can prove they agree
     */
    static List<Page> read(PDDocument pdf, int fromPage, int toPage, boolean pdfBoxDuplicateCheck) throws IOException {
        Stripper s = new Stripper(!pdfBoxDuplicateCheck);
        s.setSortByPosition(true);
        s.setStartPage(fromPage);
        s.setEndPage(toPage);
        s.setSuppressDuplicateOverlappingText(pdfBoxDuplicateCheck);
        s.getText(pdf);
        return s.pages;
    }

    /** Width and height of a page as displayed (CropBox, turned by /Rotate). */
    static double[] displaySize(PDPage page) {
        PDRectangle crop = page.getCropBox();
        int rot = ((page.getRotation() % 360) + 360) % 360;
        return rot == 90 || rot == 270 ? new double[] {crop.getHeight(), crop.getWidth()}
                : new double[] {crop.getWidth(), crop.getHeight()};
    }

    private static final class Stripper extends PDFTextStripper {
        final List<Page> pages = new ArrayList<>();
        private StringBuilder text;
        private List<LaidOutWord> words;
        private int pageRotation;
        private final DrawnGlyphs drawn;
        private final FontExtents extents = new FontExtents();
        /** Whether each open marked-content sequence carries /ActualText, as PDFBox tracks it. */
        private final Deque<Boolean> actualTexts = new ArrayDeque<>();
        private boolean inActualText;
        /** The lines the page draws, for its table cells (upright pages only). */
        private final RuledCells ruled = new RuledCells();
        private boolean rulable;
        private double cropLeft;
        private double cropTop;

        Stripper(boolean ownDuplicateCheck) {
            super();
            drawn = ownDuplicateCheck ? new DrawnGlyphs() : null;
            setLineSeparator("\n");
            setWordSeparator(" ");
            for (String op : List.of("m", "l", "c", "v", "y", "h", "re", "S", "s", "f", "F", "f*", "B", "B*", "b", "b*", "n")) {
                addOperator(new PathOperator(this, op));
            }
        }

        /** A point of the current path in the shared coordinate system (upright pages). */
        private double[] display(float x, float y) {
            java.awt.geom.Point2D.Float p = getGraphicsState().getCurrentTransformationMatrix().transformPoint(x, y);
            return new double[] {p.x - cropLeft, cropTop - p.y};
        }

        /** Path construction and painting, only to find the lines tables are ruled with. */
        private final class PathOperator extends org.apache.pdfbox.contentstream.operator.OperatorProcessor {
            private final String name;

            PathOperator(Stripper context, String name) {
                super(context);
                this.name = name;
            }

            @Override
            public void process(org.apache.pdfbox.contentstream.operator.Operator operator, List<org.apache.pdfbox.cos.COSBase> operands) {
                if (!rulable) {
                    return;
                }
                float[] a = new float[operands.size()];
                for (int i = 0; i < a.length; i++) {
                    if (!(operands.get(i) instanceof org.apache.pdfbox.cos.COSNumber n)) {
                        return;
                    }
                    a[i] = n.floatValue();
                }
                switch (name) {
                    case "m" -> {
                        if (a.length >= 2) {
                            double[] p = display(a[0], a[1]);
                            ruled.moveTo(p[0], p[1]);
                        }
                    }
                    case "l" -> {
                        if (a.length >= 2) {
                            double[] p = display(a[0], a[1]);
                            ruled.lineTo(p[0], p[1]);
                        }
                    }
                    case "c", "v", "y" -> {
                        if (a.length >= 4) {
                            double[] p = display(a[a.length - 2], a[a.length - 1]);
                            ruled.curveTo(p[0], p[1]);
                        }
                    }
                    case "h" -> ruled.closePath();
                    case "re" -> {
                        if (a.length >= 4) {
                            ruled.rectangle(display(a[0], a[1]), display(a[0] + a[2], a[1]), display(a[0] + a[2], a[1] + a[3]),
                                    display(a[0], a[1] + a[3]));
                        }
                    }
                    case "S" -> ruled.paint(true, false);
                    case "s" -> {
                        ruled.closePath();
                        ruled.paint(true, false);
                    }
                    case "f", "F", "f*" -> ruled.paint(false, true);
                    case "B", "B*" -> ruled.paint(true, true);
                    case "b", "b*" -> {
                        ruled.closePath();
                        ruled.paint(true, true);
                    }
                    default -> ruled.endPath();
                }
            }

            @Override
            public String getName() {
                return name;
            }
        }

        @Override
        public void beginMarkedContentSequence(COSName tag, COSDictionary properties) {
            // PDFBox skips the duplicate check inside /ActualText (its glyphs take the replacement text); it
            // sets the state at every sequence start and clears it when one that had it ends
            boolean actual = PDMarkedContent.create(tag, properties).getActualText() != null;
            actualTexts.push(actual);
            inActualText = actual;
            super.beginMarkedContentSequence(tag, properties);
        }

        @Override
        public void endMarkedContentSequence() {
            Boolean actual = actualTexts.peek();
            if (actual != null) {
                if (actual) {
                    inActualText = false;
                }
                actualTexts.pop();
            }
            super.endMarkedContentSequence();
        }

        @Override
        protected void processTextPosition(TextPosition p) {
            if (drawn != null && !inActualText) {
                String u = p.getUnicode();
                if (drawn.drawnBefore(u, p.getX(), p.getY(), p.getWidth() / u.length() / 3.0f)) {
                    return;
                }
            }
            super.processTextPosition(p);
        }

        @Override
        protected void startPage(PDPage page) throws IOException {
            if (drawn != null) {
                drawn.clear();
            }
            text = new StringBuilder();
            words = new ArrayList<>();
            pageRotation = ((page.getRotation() % 360) + 360) % 360;
            ruled.clear();
            PDRectangle crop = page.getCropBox();
            rulable = pageRotation == 0;
            cropLeft = crop.getLowerLeftX();
            cropTop = crop.getUpperRightY();
        }

        @Override
        protected void endPage(PDPage page) throws IOException {
            while (!text.isEmpty() && Character.isWhitespace(text.charAt(text.length() - 1))) {
                text.setLength(text.length() - 1);
            }
            double[] size = displaySize(page);
            List<Box> cells = rulable && !words.isEmpty() ? ruled.cells(size[0], size[1]) : List.of();
            ruled.clear();
            PageLayout layout = new PageLayout(getCurrentPageNo(), size[0], size[1], text.toString(), words, false, cells);
            int widest = widestImage(page.getResources(), 0);
            pages.add(new Page(layout, widest > 0, hasContent(page), widest <= 0 ? 0 : widest / (size[0] / 72.0)));
        }

        @Override
        protected void writeString(String ignored, List<TextPosition> positions) {
            // PDFBox calls this per run between the gaps it infers; real space glyphs stay inside the run, so
            // words are split here at every whitespace glyph. Each position may carry several characters (a
            // ligature, a decomposed accent): they are normalised and share the glyph's width.
            WordBuilder w = new WordBuilder();
            for (TextPosition p : positions) {
                String raw = p.getUnicode();
                String u = raw.length() == 1 && raw.charAt(0) < 0x7F ? raw : Normalizer.normalize(raw, Normalizer.Form.NFKC);
                if (u.isBlank()) {
                    flush(w);
                    w = new WordBuilder();
                    if (!text.isEmpty() && text.charAt(text.length() - 1) != ' ' && text.charAt(text.length() - 1) != '\n') {
                        text.append(' ');
                    }
                    continue;
                }
                w.add(u.length() == 1 ? u : stripSpaces(u), p, pageRotation, extents);
            }
            flush(w);
        }

        private void flush(WordBuilder w) {
            if (w.text.isEmpty()) {
                return;
            }
            int start = text.length();
            text.append(w.text);
            words.add(w.build(start, text.length()));
        }

        @Override
        protected void writeWordSeparator() {
            if (!text.isEmpty() && text.charAt(text.length() - 1) != ' ' && text.charAt(text.length() - 1) != '\n') {
                text.append(' ');
            }
        }

        @Override
        protected void writeLineSeparator() {
            if (!text.isEmpty() && text.charAt(text.length() - 1) != '\n') {
                if (text.charAt(text.length() - 1) == ' ') {
                    text.setLength(text.length() - 1);
                }
                text.append('\n');
            }
        }

        @Override
        protected void writeParagraphSeparator() {
            writeLineSeparator();
        }

        @Override
        protected void writeParagraphStart() {
        }

        @Override
        protected void writeParagraphEnd() {
        }

        @Override
        protected void writePageStart() {
        }

        @Override
        protected void writePageEnd() {
        }
    }

    private static String stripSpaces(String s) {
        StringBuilder b = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            if (!Character.isWhitespace(s.charAt(i))) {
                b.append(s.charAt(i));
            }
        }
        return b.toString();
    }

    /** Collects the glyphs of one word and measures its box and glyph edges. */
    private static final class WordBuilder {
        final StringBuilder text = new StringBuilder();
        /** Left edge of every character, then room for the right edge of the last one. */
        double[] edges = new double[16];
        int edgeCount;
        double top = Double.MAX_VALUE;
        double bottom = -Double.MAX_VALUE;
        double left = Double.MAX_VALUE;
        double right = -Double.MAX_VALUE;
        boolean upright = true;

        void add(String u, TextPosition p, int pageRotation, FontExtents extents) {
            if (u.isEmpty()) {
                return;
            }
            double x = p.getX();
            double width = Math.max(0, p.getWidth());
            double baseline = p.getY();
            double size = fontSize(p);
            double[] ad = extents.of(p.getFont());
            int dir = ((Math.round(p.getDir()) % 360) + 360) % 360;
            if (dir != pageRotation) {
                upright = false;
            }
            if (edgeCount + u.length() + 1 > edges.length) {
                edges = java.util.Arrays.copyOf(edges, Math.max(edges.length * 2, edgeCount + u.length() + 1));
            }
            for (int i = 0; i < u.length(); i++) {
                edges[edgeCount++] = x + width * i / u.length();
            }
            text.append(u);
            top = Math.min(top, baseline - ad[0] * size);
            bottom = Math.max(bottom, baseline - ad[1] * size);
            left = Math.min(left, x);
            right = Math.max(right, x + width);
        }

        LaidOutWord build(int start, int end) {
            edges[edgeCount] = right;
            double[] glyphEdges = null;
            if (upright && isIncreasing(edges, edgeCount + 1)) {
                glyphEdges = java.util.Arrays.copyOf(edges, edgeCount + 1);
            }
            Box box = new Box(left, top, Math.max(0, right - left), Math.max(0, bottom - top));
            return new LaidOutWord(text.toString(), start, end, box, glyphEdges);
        }
    }

    /** The font size in points on the page: the text rendering matrix's vertical scale. */
    private static double fontSize(TextPosition p) {
        double s = p.getTextMatrix().getScalingFactorY();
        if (!(s > 0) || Double.isInfinite(s)) {
            s = p.getFontSizeInPt();
        }
        return s > 0 ? s : 10;
    }

    /**
     * Ascent and descent per font, looked up once: reading them from the font descriptor for every glyph cost a
     * twentieth of all text reading.
     */
    private static final class FontExtents {
        private PDFont last;
        private double[] lastExtents;
        private final Map<PDFont, double[]> known = new IdentityHashMap<>();

        double[] of(PDFont font) {
            if (font == null) {
                return ascentDescent(null);
            }
            if (font != last) {
                lastExtents = known.computeIfAbsent(font, PdfText::ascentDescent);
                last = font;
            }
            return lastExtents;
        }
    }

    /** Ascent and descent as fractions of the em, from the font descriptor, kept within sane bounds. */
    private static double[] ascentDescent(PDFont font) {
        double ascent = 0.9;
        double descent = -0.22;
        if (font != null) {
            PDFontDescriptor d = font.getFontDescriptor();
            if (d != null) {
                if (d.getAscent() > 0) {
                    ascent = d.getAscent() / 1000.0;
                }
                if (d.getDescent() < 0) {
                    descent = d.getDescent() / 1000.0;
                }
            }
        }
        // Some fonts declare nonsense (ascent 0.1, descent -5): a box that misses the glyph would leak it.
        ascent = Math.min(1.1, Math.max(0.7, ascent));
        descent = Math.max(-0.4, Math.min(-0.15, descent));
        return new double[] {ascent, descent};
    }

    private static boolean isIncreasing(double[] edges, int count) {
        for (int i = 1; i < count; i++) {
            if (edges[i] < edges[i - 1] - 0.01) {
                return false;
            }
        }
        return true;
    }

    /** The width in pixels of the widest image on the page (in forms too), 0 when there is none. */
    private static int widestImage(PDResources resources, int depth) {
        if (resources == null || depth > 4) {
            return 0;
        }
        int widest = 0;
        try {
            for (COSName name : resources.getXObjectNames()) {
                PDXObject x = resources.getXObject(name);
                if (x instanceof PDImageXObject image) {
                    widest = Math.max(widest, image.getWidth());
                } else if (x instanceof PDFormXObject form) {
                    widest = Math.max(widest, widestImage(form.getResources(), depth + 1));
                }
            }
        } catch (IOException | RuntimeException e) {
            return Math.max(widest, 1);
        }
        return widest;
    }

    private static boolean hasContent(PDPage page) {
        try (var in = page.getContents()) {
            return in != null && in.read() >= 0;
        } catch (IOException | RuntimeException e) {
            return true;
        }
    }
}
