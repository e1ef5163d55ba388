package nl.openbaar.redaction.internal;

import java.awt.geom.Rectangle2D;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Predicate;
import nl.openbaar.redaction.model.BoxWidths;
import nl.openbaar.redaction.model.RedactionBox;
import nl.openbaar.redaction.model.RedactionOutcome;
import nl.openbaar.redaction.model.RemovedText;
import nl.openbaar.shared.InvalidInputException;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.contentstream.operator.Operator;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.common.PDStream;
import org.apache.pdfbox.pdmodel.documentinterchange.markedcontent.PDPropertyList;

/**
 * Redacts an open document in place: per page, scan what lies under the boxes (and what nobody can see), rewrite
 * the content streams, burn images, draw the boxes; then strip every other channel. The caller saves the result
 * with a full save, never an incremental one.
 */
public final class PdfRedactor {

    /** Drawn boxes are this much larger than the area removed, so no edge of a removed glyph peeks out. */
    public static final double PAD = 1.0;

    private final BoxWidths widths;

    public PdfRedactor() {
        this(BoxWidths.CLASSES);
    }

    public PdfRedactor(BoxWidths widths) {
        this.widths = widths;
    }

    public RedactionOutcome redact(PDDocument doc, List<RedactionBox> requested) throws IOException {
        int pages = doc.getNumberOfPages();
        for (RedactionBox b : requested) {
            if (b.page() > pages) {
                throw new InvalidInputException("page", "pagina " + b.page() + " bestaat niet; het document heeft " + pages + " pagina's");
            }
        }
        ChannelStripper stripper = new ChannelStripper();
        stripper.flattenForms(doc);
        Predicate<PDPropertyList> hiddenLayers = ChannelStripper.hiddenLayers(doc);

        Map<Integer, List<RedactionBox>> perPage = new TreeMap<>();
        List<RedactionBox> joined = BoxLayout.join(requested);
        for (RedactionBox b : joined) {
            perPage.computeIfAbsent(b.page(), p -> new ArrayList<>()).add(b);
        }
        ImageBurner burner = new ImageBurner(doc);
        ContentRewriter rewriter = new ContentRewriter(doc, burner);
        BoxPainter painter = new BoxPainter(doc);
        int glyphs = 0;
        int hidden = 0;
        int paths = 0;
        int drawn = 0;
        int classed = 0;
        List<RedactionBox> asDrawn = new ArrayList<>(joined.size());
        List<RemovedText> removed = new ArrayList<>();
        // the page tree is walked once: getPage(i) walks it from the root every time, a square cost on long documents
        int i = -1;
        for (PDPage page : doc.getPages()) {
            i++;
            PageGeometry geometry = PageGeometry.of(page);
            List<RedactionBox> boxes = perPage.getOrDefault(i + 1, List.of());
            List<Rectangle2D> user = new ArrayList<>();
            for (RedactionBox b : boxes) {
                user.add(geometry.toUser(b.box()));
            }
            ContentScanner scanner = new ContentScanner(page, user, hiddenLayers);
            StreamNode root;
            try {
                root = scanner.scan();
            } catch (IOException | RuntimeException e) {
                throw new IOException("pagina " + (i + 1) + " kan niet worden gelezen: " + e.getMessage(), e);
            }
            List<RedactionBox> paint = boxes;
            if (widths == BoxWidths.CLASSES && !boxes.isEmpty()) {
                Rectangle2D[] classes = WidthClasses.apply(scanner, user, geometry.cropBox(), 3 * PAD);
                paint = new ArrayList<>(boxes.size());
                for (int b = 0; b < boxes.size(); b++) {
                    RedactionBox asked = boxes.get(b);
                    Rectangle2D r = classes[b];
                    if (r == null) {
                        paint.add(asked);
                    } else {
                        // the painter pads every side: along the line the class width is the whole box, pad included
                        Rectangle2D inner = new Rectangle2D.Double(r.getX() + PAD, r.getY(), r.getWidth() - 2 * PAD, r.getHeight());
                        paint.add(new RedactionBox(asked.page(), geometry.toDisplay(inner), asked.ground(), asked.category()));
                        classed++;
                    }
                }
            }
            asDrawn.addAll(paint);
            glyphs += scanner.glyphsRemoved;
            hidden += scanner.hiddenGlyphsRemoved;
            paths += scanner.pathsRemoved;
            if (root.changed() || !boxes.isEmpty()) {
                rewritePage(doc, page, root, rewriter, painter, geometry, paint);
                drawn += boxes.size();
            }
            List<String> texts = scanner.removedText();
            for (int b = 0; b < boxes.size(); b++) {
                if (!texts.get(b).isBlank()) {
                    removed.add(new RemovedText(i + 1, boxes.get(b).category(), texts.get(b)));
                }
            }
        }
        if (i + 1 < pages) {
            // a page tree that counts more pages than it holds: a box on a missing page would silently not be applied
            throw new IOException("de paginaboom telt " + pages + " pagina's maar bevat er " + (i + 1));
        }
        stripper.strip(doc);
        return new RedactionOutcome(pages, drawn, glyphs, hidden, rewriter.imagesBurned, paths, stripper.stripped(), removed, asDrawn, joined, classed);
    }

    /**
     * One new content stream per page: the rewritten content inside q … Q (so no state it leaves behind can shift or
     * recolour the boxes), then the boxes.
     */
    private static void rewritePage(PDDocument doc, PDPage page, StreamNode root, ContentRewriter rewriter, BoxPainter painter,
            PageGeometry geometry, List<RedactionBox> boxes) throws IOException {
        PDResources effective = root.resources != null ? root.resources : page.getResources();
        COSDictionary resources = ContentRewriter.privateCopy(effective);
        List<Object> rewritten = rewriter.rewrite(root, root.tokens, resources);
        byte[] drawn = null;
        if (!boxes.isEmpty()) {
            List<Object> wrapped = new ArrayList<>(rewritten.size() + 2);
            wrapped.add(Operator.getOperator("q"));
            wrapped.addAll(rewritten);
            wrapped.add(Operator.getOperator("Q"));
            rewritten = wrapped;
            drawn = painter.operators(resources, geometry, boxes, PAD);
        }
        PDStream stream = new PDStream(doc);
        ContentRewriter.write(stream.getCOSObject(), rewritten, drawn);
        page.setContents(stream);
        page.setResources(new PDResources(resources));
    }
}
