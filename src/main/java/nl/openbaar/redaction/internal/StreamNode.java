package nl.openbaar.redaction.internal;

import java.awt.geom.Rectangle2D;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.pdfbox.contentstream.PDContentStream;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.graphics.image.PDImage;
import org.apache.pdfbox.util.Matrix;

/**
 * One run of a content stream: the page itself, or a form XObject as invoked from one place. A form drawn twice
 * gets two nodes, because a box may cover it in one place and not in the other; when a node changes, its form is
 * cloned for that invocation only. Operators are identified by their ordinal in the stream.
 */
final class StreamNode {

    /** A glyph of a text-showing operator: which string of the operator, which bytes, and its advance. */
    record Glyph(int string, int offset, int length, double units, boolean removed, boolean hidden, int box, String unicode) {
    }

    /** An image drawn where a box covers part of it. */
    record ImageHit(PDImage image, Matrix ctm, List<Rectangle2D> boxes) {
    }

    final PDContentStream stream;
    final int depth;
    PDResources resources;
    int op = -1;
    /** The stream's operands and operators as the scan read them. */
    final List<Object> tokens = new ArrayList<>();
    /** Text-showing operators with at least one removed glyph, with all their glyphs in order. */
    final Map<Integer, List<Glyph>> text = new HashMap<>();
    /** Per text operator, the width in TJ units a box's removed run takes instead of its own (its width class). */
    final Map<Integer, Map<Integer, Double>> runWidths = new HashMap<>();
    /** Form XObjects invoked by a Do operator. */
    final Map<Integer, StreamNode> forms = new HashMap<>();
    final Map<Integer, ImageHit> images = new HashMap<>();
    /** Path construction and painting operators to remove. */
    final BitSet removedOps = new BitSet();
    /** Do, BI and sh operators that draw nothing visible (switched-off layers): removed with their operands. */
    final BitSet droppedOps = new BitSet();
    /** BDC operators whose inline property list carries /ActualText, /Alt or /E. */
    final Set<Integer> scrubbedMarks = new HashSet<>();
    /** Marked-content nesting: true for sections in a layer that is switched off. */
    final List<Boolean> marks = new ArrayList<>();
    int hiddenMarks;
    /** True while one of this stream's operators is being processed (PDFBox may call processOperator inside it). */
    boolean inOperator;

    StreamNode(PDContentStream stream, int depth) {
        this.stream = stream;
        this.depth = depth;
    }

    boolean hidden() {
        return hiddenMarks > 0;
    }

    /** True when this stream, or a form it invokes, must be rewritten. */
    boolean changed() {
        if (!text.isEmpty() || !images.isEmpty() || !removedOps.isEmpty() || !droppedOps.isEmpty() || !scrubbedMarks.isEmpty()) {
            return true;
        }
        for (StreamNode child : forms.values()) {
            if (child.changed()) {
                return true;
            }
        }
        return false;
    }
}
