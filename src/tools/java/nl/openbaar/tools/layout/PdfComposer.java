package nl.openbaar.tools.layout;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

/**
 * Lays a {@link Composition} out as a PDF the way word processors do: greedy line filling, a break opportunity
 * after a hyphen ("06-" | "12345678", "Berg-" | "Schouten"), long ordinary words hyphenated, words longer than a
 * line or a cell broken anywhere; one or two columns or a letterhead side column; tables with ruled cells; text that
 * runs over columns and pages; a running footer with the page number.
 */
final class PdfComposer {

    enum Columns { ONE, TWO, SIDE }

    private static final float SIZE = 10;
    private static final float LEADING = 13;
    private static final float MARGIN = 56;
    private static final float GUTTER = 18;
    private static final float PAD = 3;
    private static final String FONT = "/nl/openbaar/document/fonts/DejaVuSans.ttf";

    private final Columns columns;
    private final String footer;
    private PDDocument doc;
    private PDFont font;
    private PDPageContentStream out;
    private final List<float[]> frames = new ArrayList<>();
    private int frame;
    private float y;
    private int pages;

    PdfComposer(Columns columns, String footer) {
        this.columns = columns;
        this.footer = footer;
    }

    void write(Composition c, Path target) throws IOException {
        try (PDDocument d = new PDDocument()) {
            doc = d;
            try (InputStream in = PdfComposer.class.getResourceAsStream(FONT)) {
                font = PDType0Font.load(d, in);
            }
            newPage(true);
            List<Composition.Part> parts = new ArrayList<>(c.parts);
            if (columns == Columns.SIDE && !parts.isEmpty() && parts.get(0) instanceof Composition.Lines head) {
                sideColumn(head.lines());
                parts.remove(0);
            }
            for (Composition.Part p : parts) {
                switch (p) {
                    case Composition.Heading h -> {
                        y -= LEADING / 2;
                        text(h.text());
                    }
                    case Composition.Paragraph para -> {
                        text(para.text());
                        y -= LEADING / 2;
                    }
                    case Composition.Lines lines -> {
                        for (String l : lines.lines()) {
                            text(l);
                        }
                        y -= LEADING / 2;
                    }
                    case Composition.Table t -> table(t);
                }
            }
            out.close();
            d.getDocumentInformation().setTitle(c.title);
            d.save(target.toFile());
        }
    }

    private void newPage(boolean first) throws IOException {
        if (out != null) {
            out.close();
        }
        PDPage page = new PDPage(PDRectangle.A4);
        doc.addPage(page);
        pages++;
        out = new PDPageContentStream(doc, page);
        float w = page.getMediaBox().getWidth();
        float top = page.getMediaBox().getHeight() - MARGIN;
        frames.clear();
        if (columns == Columns.TWO) {
            float col = (w - 2 * MARGIN - GUTTER) / 2;
            frames.add(new float[] {MARGIN, col, top});
            frames.add(new float[] {MARGIN + col + GUTTER, col, top});
        } else if (columns == Columns.SIDE && first) {
            frames.add(new float[] {MARGIN, (w - 2 * MARGIN) * 0.68f, top});
        } else {
            frames.add(new float[] {MARGIN, w - 2 * MARGIN, top});
        }
        frame = 0;
        y = top;
        if (footer != null) {
            show(footer + " | pagina " + pages, MARGIN, 30, 8);
        }
    }

    /** The letterhead in a narrow column at the right of the first page, as the Rijkshuisstijl places it. */
    private void sideColumn(List<String> lines) throws IOException {
        float w = PDRectangle.A4.getWidth();
        float x = MARGIN + (w - 2 * MARGIN) * 0.72f;
        float width = w - MARGIN - x;
        float sy = PDRectangle.A4.getHeight() - MARGIN;
        for (String l : lines) {
            for (String line : wrap(l, width, 8)) {
                show(line, x, sy, 8);
                sy -= 10;
            }
        }
    }

    private void text(String text) throws IOException {
        float[] f = frames.get(frame);
        for (String line : wrap(text, f[1], SIZE)) {
            if (y - LEADING < MARGIN) {
                nextFrame();
                f = frames.get(frame);
            }
            y -= LEADING;
            show(line, f[0], y, SIZE);
        }
    }

    private void nextFrame() throws IOException {
        if (frame + 1 < frames.size()) {
            frame++;
            y = frames.get(frame)[2];
        } else {
            newPage(false);
        }
    }

    private void table(Composition.Table t) throws IOException {
        float[] f = frames.get(frame);
        float total = f[1];
        double sum = 0;
        for (double w : t.widths()) {
            sum += w;
        }
        float[] widths = new float[t.widths().length];
        for (int i = 0; i < widths.length; i++) {
            widths[i] = (float) (total * t.widths()[i] / sum);
        }
        for (List<String> row : t.rows()) {
            List<List<String>> cells = new ArrayList<>();
            int height = 1;
            for (int i = 0; i < row.size(); i++) {
                List<String> lines = wrap(row.get(i), widths[i] - 2 * PAD, SIZE);
                cells.add(lines);
                height = Math.max(height, lines.size());
            }
            float rowHeight = height * LEADING + 2 * PAD;
            if (y - rowHeight < MARGIN) {
                nextFrame();
                f = frames.get(frame);
            }
            float x = f[0];
            for (int i = 0; i < cells.size(); i++) {
                out.addRect(x, y - rowHeight, widths[i], rowHeight);
                float ly = y - PAD;
                for (String l : cells.get(i)) {
                    ly -= LEADING;
                    show(l, x + PAD, ly + 3, SIZE);
                }
                x += widths[i];
            }
            out.setLineWidth(0.5f);
            out.stroke();
            y -= rowHeight;
        }
        y -= LEADING / 2;
    }

    private void show(String s, float x, float baseline, float size) throws IOException {
        if (s.isEmpty()) {
            return;
        }
        out.beginText();
        out.setFont(font, size);
        out.newLineAtOffset(x, baseline);
        out.showText(s);
        out.endText();
    }

    private float width(String s, float size) throws IOException {
        return font.getStringWidth(s) / 1000 * size;
    }

    /** Greedy line filling with break opportunities after hyphens, hyphenation of long words, breaks anywhere last. */
    List<String> wrap(String text, float width, float size) throws IOException {
        List<String> lines = new ArrayList<>();
        StringBuilder line = new StringBuilder();
        for (String word : text.split(" ")) {
            if (word.isEmpty()) {
                continue;
            }
            String w = word;
            while (true) {
                String candidate = line.isEmpty() ? w : line + " " + w;
                if (width(candidate, size) <= width) {
                    line.setLength(0);
                    line.append(candidate);
                    break;
                }
                String[] split = split(line.isEmpty() ? "" : line + " ", w, width, size);
                if (split != null) {
                    lines.add(split[0]);
                    line.setLength(0);
                    w = split[1];
                    continue;
                }
                if (!line.isEmpty()) {
                    lines.add(line.toString());
                    line.setLength(0);
                    continue;
                }
                // a word longer than the line: broken where the line ends
                int k = w.length();
                while (k > 1 && width(w.substring(0, k), size) > width) {
                    k--;
                }
                lines.add(w.substring(0, k));
                w = w.substring(k);
            }
        }
        if (!line.isEmpty()) {
            lines.add(line.toString());
        }
        return lines;
    }

    /** The longest head of word w that fits after {@code before}, cut after a hyphen or hyphenated; null if none. */
    private String[] split(String before, String w, float width, float size) throws IOException {
        for (int k = w.length() - 1; k > 1; k--) {
            if (w.charAt(k - 1) == '-' && width(before + w.substring(0, k), size) <= width) {
                return new String[] {before + w.substring(0, k), w.substring(k)};
            }
        }
        if (w.length() >= 11 && w.chars().allMatch(Character::isLowerCase)) {
            for (int k = w.length() - 4; k >= 4; k--) {
                if (width(before + w.substring(0, k) + "-", size) <= width) {
                    return new String[] {before + w.substring(0, k) + "-", w.substring(k)};
                }
            }
        }
        return null;
    }
}
