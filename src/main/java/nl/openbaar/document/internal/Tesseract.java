package nl.openbaar.document.internal;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import nl.openbaar.shared.layout.Box;
import nl.openbaar.shared.layout.LaidOutWord;
import nl.openbaar.shared.layout.PageLayout;

/**
 * OCR with Debian's tesseract ({@code tesseract-ocr}, {@code tesseract-ocr-nld}) as a separate process: its
 * TSV output gives every word with its pixel box, which is mapped to page points. A process keeps a crash or a
 * hang of the OCR engine away from the JVM, and a timeout kills it.
 */
final class Tesseract {

    static final String MISSING = "OCR is niet beschikbaar: tesseract ontbreekt (installeer de Debian-pakketten "
            + "tesseract-ocr en tesseract-ocr-nld)";

    private static volatile Boolean available;

    private Tesseract() {
    }

    static boolean available() {
        if (available == null) {
            try {
                Process p = new ProcessBuilder("tesseract", "--list-langs").redirectErrorStream(true).start();
                String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
                available = p.waitFor(30, TimeUnit.SECONDS) && p.exitValue() == 0 && out.lines().anyMatch("nld"::equals);
            } catch (IOException e) {
                available = false;
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return false;
            }
        }
        return available;
    }

    /**
     * The words on a page image.
     *
     * @param image  a PNG of the page as displayed
     * @param dpi    the resolution it was rendered at: pixels × 72 / dpi = points
     */
    static PageLayout read(Path image, int dpi, int pageNumber, double width, double height, String language,
            Duration timeout) throws IOException {
        if (!available()) {
            throw new ReadingException(MISSING);
        }
        Path out = Files.createTempFile(image.getParent(), "ocr-", ".tsv");
        try {
            ProcessBuilder pb = new ProcessBuilder("tesseract", image.toString(), "stdout", "-l", language, "--psm", "3",
                    "--dpi", Integer.toString(dpi), "tsv");
            // One thread per tesseract: documents are already OCR'd in parallel, and OpenMP inside each one
            // only adds contention on a small machine.
            pb.environment().put("OMP_THREAD_LIMIT", "1");
            pb.redirectOutput(out.toFile());
            pb.redirectError(ProcessBuilder.Redirect.DISCARD);
            Process p = pb.start();
            try {
                if (!p.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
                    p.destroyForcibly();
                    throw new ReadingException("OCR van pagina " + pageNumber + " duurde langer dan " + timeout.toSeconds() + " s");
                }
            } catch (InterruptedException e) {
                p.destroyForcibly();
                Thread.currentThread().interrupt();
                throw new ReadingException("OCR afgebroken");
            }
            if (p.exitValue() != 0) {
                throw new ReadingException("OCR van pagina " + pageNumber + " mislukte (tesseract gaf code " + p.exitValue() + ")");
            }
            return parse(Files.readAllLines(out, StandardCharsets.UTF_8), 72.0 / dpi, pageNumber, width, height);
        } finally {
            Files.deleteIfExists(out);
        }
    }

    /** Tesseract TSV (level 5 = word) to a page layout; lines become '\n', words on a line are joined by spaces. */
    static PageLayout parse(List<String> tsv, double scale, int pageNumber, double width, double height) {
        StringBuilder text = new StringBuilder();
        List<LaidOutWord> words = new ArrayList<>();
        String lastLine = null;
        String lastBlock = null;
        for (String row : tsv) {
            String[] f = row.split("\t", -1);
            if (f.length < 12 || !"5".equals(f[0])) {
                continue;
            }
            String word = f[11].strip();
            if (word.isEmpty()) {
                continue;
            }
            double conf;
            try {
                conf = Double.parseDouble(f[10]);
            } catch (NumberFormatException e) {
                continue;
            }
            if (conf < 0) {
                continue;
            }
            String block = f[2] + "." + f[3];
            String line = block + "." + f[4];
            if (lastLine != null) {
                if (!line.equals(lastLine)) {
                    text.append('\n');
                    if (!block.equals(lastBlock)) {
                        text.append('\n');
                    }
                } else {
                    text.append(' ');
                }
            }
            lastLine = line;
            lastBlock = block;
            double x = Integer.parseInt(f[6]) * scale;
            double y = Integer.parseInt(f[7]) * scale;
            double w = Integer.parseInt(f[8]) * scale;
            double h = Integer.parseInt(f[9]) * scale;
            int start = text.length();
            text.append(word);
            words.add(new LaidOutWord(word, start, text.length(), new Box(x, y, w, h), null));
        }
        return new PageLayout(pageNumber, width, height, text.toString(), words, true);
    }
}
