package nl.openbaar.verification.internal;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * A greyscale page render as poppler's pdftoppm -gray writes it (binary PGM, P5). Read directly: encoding a PNG
 * costs poppler twenty times more than drawing the page.
 */
public record Pgm(int width, int height, byte[] pixels) {

    public int grey(int x, int y) {
        return pixels[y * width + x] & 0xff;
    }

    public static Pgm read(Path file) throws IOException {
        byte[] b = Files.readAllBytes(file);
        int[] pos = {0};
        String magic = token(b, pos);
        if (!"P5".equals(magic)) {
            throw new IOException("geen PGM-weergave: " + file.getFileName());
        }
        int w = Integer.parseInt(token(b, pos));
        int h = Integer.parseInt(token(b, pos));
        int max = Integer.parseInt(token(b, pos));
        if (max > 255) {
            throw new IOException("16-bit PGM wordt niet verwacht");
        }
        int start = pos[0] + 1;
        if (start + (long) w * h > b.length) {
            throw new IOException("PGM is onvolledig: " + file.getFileName());
        }
        byte[] pixels = new byte[w * h];
        System.arraycopy(b, start, pixels, 0, w * h);
        return new Pgm(w, h, pixels);
    }

    private static String token(byte[] b, int[] pos) {
        int i = pos[0];
        while (i < b.length) {
            if (b[i] == '#') {
                while (i < b.length && b[i] != '\n') {
                    i++;
                }
            } else if (Character.isWhitespace(b[i])) {
                i++;
            } else {
                break;
            }
        }
        int s = i;
        while (i < b.length && !Character.isWhitespace(b[i])) {
            i++;
        }
        pos[0] = i;
        return new String(b, s, i - s, StandardCharsets.US_ASCII);
    }
}
