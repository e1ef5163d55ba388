package nl.openbaar.verification.internal;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;

/**
 * Decodes the string objects of an uncompressed PDF (as qpdf --qdf writes it): literal and hex strings, UTF-16
 * with a byte-order mark, and the strings of one TJ array joined as they would be read, so "[(Lo) 35 (tte)]"
 * yields "Lotte". What someone grepping the file with a little care would find.
 */
public final class PdfStrings {

    private PdfStrings() {
    }

    public static String decode(byte[] pdf) {
        StringBuilder out = new StringBuilder(pdf.length / 4);
        int depth = 0;
        int i = 0;
        while (i < pdf.length) {
            int c = pdf[i] & 0xff;
            if (c == '%' && (i == 0 || pdf[i - 1] == '\n' || pdf[i - 1] == '\r' || pdf[i - 1] == ' ')) {
                while (i < pdf.length && pdf[i] != '\n' && pdf[i] != '\r') {
                    i++;
                }
            } else if (c == '[') {
                depth++;
                i++;
            } else if (c == ']') {
                if (depth > 0) {
                    depth--;
                    out.append('\n');
                }
                i++;
            } else if (c == '(') {
                ByteArrayOutputStream s = new ByteArrayOutputStream();
                i = literal(pdf, i + 1, s);
                out.append(text(s.toByteArray()));
                if (depth == 0) {
                    out.append('\n');
                }
            } else if (c == '<' && i + 1 < pdf.length && pdf[i + 1] != '<') {
                ByteArrayOutputStream s = new ByteArrayOutputStream();
                int j = i + 1;
                int high = -1;
                while (j < pdf.length && pdf[j] != '>') {
                    int v = Character.digit(pdf[j], 16);
                    if (v >= 0) {
                        if (high < 0) {
                            high = v;
                        } else {
                            s.write(high * 16 + v);
                            high = -1;
                        }
                    } else if (!Character.isWhitespace(pdf[j])) {
                        break;
                    }
                    j++;
                }
                if (high >= 0) {
                    s.write(high * 16);
                }
                out.append(text(s.toByteArray()));
                if (depth == 0) {
                    out.append('\n');
                }
                i = j + 1;
            } else if (c == '<') {
                i += 2;
            } else if (depth > 0 && (c == '-' || Character.isDigit(c))) {
                // a large negative adjustment inside TJ is how a word space is usually written
                int j = i + 1;
                while (j < pdf.length && (Character.isDigit(pdf[j]) || pdf[j] == '.')) {
                    j++;
                }
                try {
                    if (Double.parseDouble(new String(pdf, i, j - i, StandardCharsets.ISO_8859_1)) < -180) {
                        out.append(' ');
                    }
                } catch (NumberFormatException ignored) {
                    // not a number after all
                }
                i = j;
            } else {
                i++;
            }
        }
        return out.toString();
    }

    private static int literal(byte[] pdf, int i, ByteArrayOutputStream s) {
        int nesting = 1;
        while (i < pdf.length) {
            int c = pdf[i] & 0xff;
            if (c == '\\' && i + 1 < pdf.length) {
                int n = pdf[i + 1] & 0xff;
                i += 2;
                switch (n) {
                    case 'n' -> s.write('\n');
                    case 'r' -> s.write('\r');
                    case 't' -> s.write('\t');
                    case 'b' -> s.write('\b');
                    case 'f' -> s.write('\f');
                    case '\r', '\n' -> {
                        if (n == '\r' && i < pdf.length && pdf[i] == '\n') {
                            i++;
                        }
                    }
                    default -> {
                        if (n >= '0' && n <= '7') {
                            int v = n - '0';
                            for (int k = 0; k < 2 && i < pdf.length && pdf[i] >= '0' && pdf[i] <= '7'; k++) {
                                v = v * 8 + (pdf[i++] - '0');
                            }
                            s.write(v & 0xff);
                        } else {
                            s.write(n);
                        }
                    }
                }
                continue;
            }
            if (c == '(') {
                nesting++;
            } else if (c == ')') {
                nesting--;
                if (nesting == 0) {
                    return i + 1;
                }
            }
            s.write(c);
            i++;
        }
        return i;
    }

    private static String text(byte[] b) {
        if (b.length >= 2 && (b[0] & 0xff) == 0xFE && (b[1] & 0xff) == 0xFF) {
            return new String(b, 2, b.length - 2, StandardCharsets.UTF_16BE);
        }
        if (b.length >= 3 && (b[0] & 0xff) == 0xEF && (b[1] & 0xff) == 0xBB && (b[2] & 0xff) == 0xBF) {
            return new String(b, 3, b.length - 3, StandardCharsets.UTF_8);
        }
        return new String(b, StandardCharsets.ISO_8859_1);
    }
}
