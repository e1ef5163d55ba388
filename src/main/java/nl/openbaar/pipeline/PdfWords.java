package nl.openbaar.pipeline;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import nl.openbaar.shared.layout.Box;
import nl.openbaar.shared.layout.LaidOutWord;
import nl.openbaar.shared.layout.PageLayout;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;

/**
 * Page text with word boxes straight from a PDF's text layer, for the benchmark: the same work the documents
 * capability does when it reads a text PDF (PDFBox text positions grouped into words with glyph edges), without the
 * database and file store around it.
 */
final class PdfWords {

    private PdfWords() {
    }

    static List<PageLayout> read(PDDocument doc) throws IOException {
        List<PageLayout> pages = new ArrayList<>();
        for (int i = 1; i <= doc.getNumberOfPages(); i++) {
            PDPage page = doc.getPage(i - 1);
            Collector c = new Collector();
            c.setStartPage(i);
            c.setEndPage(i);
            c.setSortByPosition(false);
            c.getText(doc);
            c.flushWord();
            boolean rotated = page.getRotation() % 180 != 0;
            double w = rotated ? page.getCropBox().getHeight() : page.getCropBox().getWidth();
            double h = rotated ? page.getCropBox().getWidth() : page.getCropBox().getHeight();
            pages.add(new PageLayout(i, w, h, c.text.toString(), c.words, false));
        }
        return pages;
    }

    private static final class Collector extends PDFTextStripper {
        final StringBuilder text = new StringBuilder();
        final List<LaidOutWord> words = new ArrayList<>();
        private final StringBuilder word = new StringBuilder();
        private final List<Double> edges = new ArrayList<>();
        private double top = Double.MAX_VALUE;
        private double bottom = -Double.MAX_VALUE;
        private int start;

        Collector() throws IOException {
        }

        @Override
        protected void writeString(String s, List<TextPosition> positions) {
            for (TextPosition p : positions) {
                String u = p.getUnicode();
                if (u == null || u.isBlank()) {
                    flushWord();
                    text.append(' ');
                    continue;
                }
                if (word.isEmpty()) {
                    start = text.length();
                }
                word.append(u);
                text.append(u);
                edges.add((double) p.getXDirAdj());
                edges.add((double) (p.getXDirAdj() + p.getWidthDirAdj()));
                top = Math.min(top, p.getYDirAdj() - p.getHeightDir());
                bottom = Math.max(bottom, p.getYDirAdj());
            }
        }

        @Override
        protected void writeWordSeparator() {
            flushWord();
            text.append(' ');
        }

        @Override
        protected void writeLineSeparator() {
            flushWord();
            text.append('\n');
        }

        void flushWord() {
            if (word.isEmpty()) {
                return;
            }
            String t = word.toString();
            double[] glyphEdges = null;
            if (edges.size() / 2 == t.length()) {
                glyphEdges = new double[t.length() + 1];
                for (int i = 0; i < t.length(); i++) {
                    glyphEdges[i] = edges.get(2 * i);
                }
                glyphEdges[t.length()] = edges.get(edges.size() - 1);
            }
            double left = edges.get(0);
            double right = edges.get(edges.size() - 1);
            words.add(new LaidOutWord(t, start, start + t.length(), new Box(left, top, Math.max(0, right - left), Math.max(0, bottom - top)),
                    glyphEdges));
            word.setLength(0);
            edges.clear();
            top = Double.MAX_VALUE;
            bottom = -Double.MAX_VALUE;
        }
    }
}
