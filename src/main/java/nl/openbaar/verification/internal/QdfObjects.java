package nl.openbaar.verification.internal;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The textual part of a qpdf --qdf file: every object with its stream decoded, except the data of images and font
 * programs. Pixel and glyph-outline bytes are noise: searched as text, a three-letter name turns up in them by
 * chance; and text cannot hide there from the other checks (the render and OCR see images, extractors see fonts).
 */
public final class QdfObjects {

    private static final Pattern BINARY = Pattern.compile("/Subtype\\s*/(Image|Type1C|CIDFontType0C|OpenType)\\b|/Length[123]\\b");

    private QdfObjects() {
    }

    public static byte[] textual(byte[] qdf) {
        return textual(qdf, false);
    }

    /**
     * The same for a file as stored: with {@code skipFiltered}, compressed stream data is left out too (high-entropy
     * bytes); dictionaries, strings and uncompressed streams of every revision remain.
     */
    public static byte[] textual(byte[] qdf, boolean skipFiltered) {
        String s = new String(qdf, StandardCharsets.ISO_8859_1);
        ByteArrayOutputStream out = new ByteArrayOutputStream(qdf.length);
        int pos = 0;
        Matcher stream = Pattern.compile("\\bstream\\r?\\n").matcher(s);
        while (stream.find(pos)) {
            int dataStart = stream.end();
            int dataEnd = s.indexOf("endstream", dataStart);
            if (dataEnd < 0) {
                break;
            }
            int objStart = Math.max(s.lastIndexOf(" obj", stream.start()), pos);
            String dict = s.substring(objStart, stream.start());
            out.write(qdf, pos, dataStart - pos);
            if (!BINARY.matcher(dict).find() && !(skipFiltered && dict.contains("/Filter"))) {
                out.write(qdf, dataStart, dataEnd - dataStart);
            }
            pos = dataEnd;
        }
        out.write(qdf, pos, qdf.length - pos);
        return out.toByteArray();
    }
}
