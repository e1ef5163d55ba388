package nl.openbaar.document.internal;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;
import nl.openbaar.shared.layout.Box;
import nl.openbaar.shared.layout.LaidOutWord;
import nl.openbaar.shared.layout.PageLayout;

/**
 * The word boxes of a document's pages as one compact gzipped binary file in the file store (a 1,000-page
 * report has some 400,000 words: too many for database rows, small as a file). Floats keep 1/100 point
 * precision at a quarter of the size of text.
 */
public final class LayoutCodec {

    private static final int MAGIC = 0x4F424C31; // "OBL1"
    /** Version 2: each page ends with its table cells. */
    private static final int MAGIC_CELLS = 0x4F424C32; // "OBL2"

    private LayoutCodec() {
    }

    public static void write(List<PageLayout> pages, OutputStream target) throws IOException {
        try (DataOutputStream out = new DataOutputStream(new BufferedOutputStream(new GZIPOutputStream(target, 64 * 1024)))) {
            out.writeInt(MAGIC_CELLS);
            out.writeInt(pages.size());
            for (PageLayout p : pages) {
                out.writeInt(p.number());
                out.writeFloat((float) p.width());
                out.writeFloat((float) p.height());
                out.writeBoolean(p.ocr());
                byte[] text = p.text().getBytes(StandardCharsets.UTF_8);
                out.writeInt(text.length);
                out.write(text);
                out.writeInt(p.words().size());
                for (LaidOutWord w : p.words()) {
                    out.writeInt(w.start());
                    out.writeInt(w.end());
                    Box b = w.box();
                    out.writeFloat((float) b.x());
                    out.writeFloat((float) b.y());
                    out.writeFloat((float) b.width());
                    out.writeFloat((float) b.height());
                    double[] e = w.glyphEdges();
                    out.writeInt(e == null ? -1 : e.length);
                    if (e != null) {
                        for (double x : e) {
                            out.writeFloat((float) x);
                        }
                    }
                }
                out.writeInt(p.cells().size());
                for (Box c : p.cells()) {
                    out.writeFloat((float) c.x());
                    out.writeFloat((float) c.y());
                    out.writeFloat((float) c.width());
                    out.writeFloat((float) c.height());
                }
            }
        }
    }

    public static List<PageLayout> read(InputStream source) throws IOException {
        try (DataInputStream in = new DataInputStream(new BufferedInputStream(new GZIPInputStream(source, 64 * 1024)))) {
            int magic = in.readInt();
            if (magic != MAGIC && magic != MAGIC_CELLS) {
                throw new IOException("not a layout file");
            }
            int n = in.readInt();
            List<PageLayout> pages = new ArrayList<>(n);
            for (int i = 0; i < n; i++) {
                int number = in.readInt();
                double width = in.readFloat();
                double height = in.readFloat();
                boolean ocr = in.readBoolean();
                byte[] bytes = new byte[in.readInt()];
                in.readFully(bytes);
                String text = new String(bytes, StandardCharsets.UTF_8);
                int count = in.readInt();
                List<LaidOutWord> words = new ArrayList<>(count);
                for (int k = 0; k < count; k++) {
                    int start = in.readInt();
                    int end = in.readInt();
                    Box box = new Box(in.readFloat(), in.readFloat(), in.readFloat(), in.readFloat());
                    int edges = in.readInt();
                    double[] e = null;
                    if (edges >= 0) {
                        e = new double[edges];
                        for (int j = 0; j < edges; j++) {
                            e[j] = in.readFloat();
                        }
                    }
                    words.add(new LaidOutWord(text.substring(start, end), start, end, box, e));
                }
                List<Box> cells = new ArrayList<>();
                if (magic == MAGIC_CELLS) {
                    int c = in.readInt();
                    for (int k = 0; k < c; k++) {
                        cells.add(new Box(in.readFloat(), in.readFloat(), in.readFloat(), in.readFloat()));
                    }
                }
                pages.add(new PageLayout(number, width, height, text, words, ocr, cells));
            }
            return pages;
        }
    }
}
