package nl.openbaar.verification.internal;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nl.openbaar.shared.layout.Box;
import nl.openbaar.shared.layout.LaidOutWord;
import nl.openbaar.shared.layout.PageLayout;

/**
 * The words of a published file as the independent extractors read them, with their boxes: poppler's
 * {@code pdftotext -bbox-layout} for text layers, tesseract's TSV for page images. None of this shares code with
 * the reader that detection and redaction used, so detection run over it looks at the file afresh.
 */
public final class ExtractedWords {

    private static final Pattern PAGE = Pattern.compile("<page width=\"([0-9.]+)\" height=\"([0-9.]+)\">");
    private static final Pattern WORD = Pattern.compile(
            "<word xMin=\"([-0-9.]+)\" yMin=\"([-0-9.]+)\" xMax=\"([-0-9.]+)\" yMax=\"([-0-9.]+)\">([^<]*)</word>");
    private static final Pattern LINE_END = Pattern.compile("</line>");

    private ExtractedWords() {
    }

    /** Every page of the PDF with poppler's words; coordinates in points from the top left, as the shared system. */
    public static List<PageLayout> poppler(Path pdf) throws IOException {
        String xhtml = new String(Tool.run("poppler-utils", List.of("pdftotext", "-bbox-layout", "-enc", "UTF-8", pdf.toString(), "-")),
                StandardCharsets.UTF_8);
        List<PageLayout> pages = new ArrayList<>();
        Matcher page = PAGE.matcher(xhtml);
        List<int[]> starts = new ArrayList<>();
        List<double[]> sizes = new ArrayList<>();
        while (page.find()) {
            starts.add(new int[] {page.end()});
            sizes.add(new double[] {Double.parseDouble(page.group(1)), Double.parseDouble(page.group(2))});
        }
        for (int p = 0; p < starts.size(); p++) {
            int from = starts.get(p)[0];
            int to = p + 1 < starts.size() ? starts.get(p + 1)[0] : xhtml.length();
            pages.add(page(p + 1, sizes.get(p), xhtml.substring(from, to)));
        }
        return pages;
    }

    private static PageLayout page(int number, double[] size, String xml) {
        StringBuilder text = new StringBuilder();
        List<LaidOutWord> words = new ArrayList<>();
        Matcher w = WORD.matcher(xml);
        Matcher lineEnd = LINE_END.matcher(xml);
        int nextLineEnd = lineEnd.find() ? lineEnd.start() : Integer.MAX_VALUE;
        while (w.find()) {
            while (w.start() > nextLineEnd) {
                if (!text.isEmpty() && text.charAt(text.length() - 1) != '\n') {
                    text.append('\n');
                }
                nextLineEnd = lineEnd.find() ? lineEnd.start() : Integer.MAX_VALUE;
            }
            String word = unescape(w.group(5));
            if (word.isBlank()) {
                continue;
            }
            if (!text.isEmpty() && text.charAt(text.length() - 1) != '\n') {
                text.append(' ');
            }
            double x0 = Double.parseDouble(w.group(1));
            double y0 = Double.parseDouble(w.group(2));
            double x1 = Double.parseDouble(w.group(3));
            double y1 = Double.parseDouble(w.group(4));
            int start = text.length();
            text.append(word);
            words.add(new LaidOutWord(word, start, text.length(), new Box(x0, y0, Math.max(0, x1 - x0), Math.max(0, y1 - y0)), null));
        }
        return new PageLayout(number, size[0], size[1], text.toString(), words, false);
    }

    /**
     * One page image read by tesseract (TSV), in points: {@code dpi} is the resolution it was rendered at.
     */
    public static PageLayout tesseract(Path image, int dpi, int number, double width, double height) throws IOException {
        String tsv = new String(Tool.run("tesseract-ocr", List.of("tesseract", image.toString(), "-", "-l", "nld", "tsv")),
                StandardCharsets.UTF_8);
        double scale = 72.0 / dpi;
        StringBuilder text = new StringBuilder();
        List<LaidOutWord> words = new ArrayList<>();
        String lastLine = null;
        for (String row : tsv.split("\n")) {
            String[] c = row.split("\t", -1);
            if (c.length < 12 || !c[0].equals("5") || c[11].isBlank()) {
                continue;
            }
            String line = c[2] + "." + c[3] + "." + c[4];
            if (lastLine != null) {
                text.append(line.equals(lastLine) ? ' ' : '\n');
            }
            lastLine = line;
            String word = c[11].strip();
            int start = text.length();
            text.append(word);
            Box box = new Box(Double.parseDouble(c[6]) * scale, Double.parseDouble(c[7]) * scale, Double.parseDouble(c[8]) * scale,
                    Double.parseDouble(c[9]) * scale);
            words.add(new LaidOutWord(word, start, text.length(), box, null));
        }
        return new PageLayout(number, width, height, text.toString(), words, true);
    }

    private static String unescape(String s) {
        return s.replace("&lt;", "<").replace("&gt;", ">").replace("&quot;", "\"").replace("&apos;", "'").replace("&#39;", "'")
                .replace("&amp;", "&");
    }
}
