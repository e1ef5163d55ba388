package nl.openbaar.testing;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nl.openbaar.shared.layout.Box;

/**
 * The Debian tools tests use as independent oracles (poppler, qpdf, tesseract). A missing tool fails the test
 * with the package to install, never skips it.
 */
public final class ExternalTools {

    private ExternalTools() {
    }

    public static String run(String packageName, String... command) {
        try {
            Process p = new ProcessBuilder(command).redirectErrorStream(false).start();
            byte[] out = p.getInputStream().readAllBytes();
            String err = new String(p.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
            if (!p.waitFor(120, TimeUnit.SECONDS)) {
                p.destroyForcibly();
                throw new AssertionError(command[0] + " did not finish");
            }
            if (p.exitValue() != 0 && !(command[0].equals("qpdf") && p.exitValue() == 3)) {
                throw new AssertionError(command[0] + " failed (" + p.exitValue() + "): " + err);
            }
            return new String(out, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new AssertionError(command[0] + " is missing: install the Debian package " + packageName + " (" + e.getMessage() + ")");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }

    /** poppler's text of the whole file. */
    public static String pdftotext(Path pdf) {
        return run("poppler-utils", "pdftotext", "-enc", "UTF-8", pdf.toString(), "-");
    }

    /** The words poppler sees on a page, with their boxes as displayed (points, top-left origin). */
    public static List<Word> words(Path pdf, int page) {
        String html = run("poppler-utils", "pdftotext", "-bbox", "-f", "" + page, "-l", "" + page, pdf.toString(), "-");
        Matcher m = Pattern.compile("<word xMin=\"([\\d.]+)\" yMin=\"([\\d.]+)\" xMax=\"([\\d.]+)\" yMax=\"([\\d.]+)\">([^<]*)</word>").matcher(html);
        List<Word> words = new ArrayList<>();
        while (m.find()) {
            double x0 = Double.parseDouble(m.group(1));
            double y0 = Double.parseDouble(m.group(2));
            double x1 = Double.parseDouble(m.group(3));
            double y1 = Double.parseDouble(m.group(4));
            words.add(new Word(unescape(m.group(5)), new Box(x0, y0, x1 - x0, y1 - y0)));
        }
        return words;
    }

    public static Word word(Path pdf, int page, String text) {
        return words(pdf, page).stream().filter(w -> w.text().equals(text)).findFirst()
                .orElseThrow(() -> new AssertionError("no word '" + text + "' on page " + page));
    }

    /** All streams decompressed by qpdf, as Latin-1 text: what a determined reader can grep. */
    public static String qdf(Path pdf) throws IOException {
        Path out = Files.createTempFile("qdf", ".pdf");
        try {
            run("qpdf", "qpdf", "--qdf", "--object-streams=disable", pdf.toString(), out.toString());
            return new String(Files.readAllBytes(out), StandardCharsets.ISO_8859_1);
        } finally {
            Files.deleteIfExists(out);
        }
    }

    public static String ocr(Path pdf, int page) throws IOException {
        Path dir = Files.createTempDirectory("ocr");
        try {
            run("poppler-utils", "pdftoppm", "-r", "200", "-gray", "-f", "" + page, "-l", "" + page, "-png", pdf.toString(),
                    dir.resolve("p").toString());
            Path png;
            try (var files = Files.list(dir)) {
                png = files.filter(f -> f.toString().endsWith(".png")).findFirst().orElseThrow();
            }
            return run("tesseract-ocr", "tesseract", png.toString(), "-", "-l", "nld");
        } finally {
            try (var files = Files.list(dir)) {
                for (Path f : files.toList()) {
                    Files.deleteIfExists(f);
                }
            }
            Files.deleteIfExists(dir);
        }
    }

    private static String unescape(String s) {
        return s.replace("&amp;", "&").replace("&lt;", "<").replace("&gt;", ">").replace("&quot;", "\"").replace("&apos;", "'");
    }

    public record Word(String text, Box box) {
    }
}
