package nl.openbaar.letter.render;

import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FontStyle;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import java.awt.color.ColorSpace;
import java.awt.color.ICC_Profile;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Renders XHTML to a PDF that is both PDF/A-2a (archival, tagged) and PDF/UA-1 (accessible): Dutch as the
 * document language, the title shown as the window title, every font embedded (DejaVu Sans, shipped in the
 * jar with its licence), an sRGB output intent, the structure tree from the HTML. Nothing is fetched from
 * outside: external resources are refused.
 */
public final class AccessiblePdf {

    private static final String FONTS = "/nl/openbaar/letter/fonts/";
    private static final String FAMILY = "DejaVu Sans";
    private static final byte[] SRGB = ICC_Profile.getInstance(ColorSpace.CS_sRGB).getData();

    static {
        // OpenHTMLtoPDF reports every style sheet and font load at INFO on standard error; keep its warnings only.
        for (String logger : com.openhtmltopdf.util.XRLog.listRegisteredLoggers()) {
            com.openhtmltopdf.util.XRLog.setLevel(logger, java.util.logging.Level.WARNING);
        }
    }

    private AccessiblePdf() {
    }

    public static byte[] render(String xhtml) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(64 * 1024);
        try {
            PdfRendererBuilder b = new PdfRendererBuilder();
            b.useFastMode();
            b.usePdfAConformance(PdfRendererBuilder.PdfAConformance.PDFA_2_A);
            b.usePdfUaAccessibility(true);
            b.useColorProfile(SRGB);
            b.withProducer("Openbaar");
            font(b, "DejaVuSans.ttf", 400, FontStyle.NORMAL);
            font(b, "DejaVuSans-Bold.ttf", 700, FontStyle.NORMAL);
            font(b, "DejaVuSans-Oblique.ttf", 400, FontStyle.ITALIC);
            font(b, "DejaVuSans-BoldOblique.ttf", 700, FontStyle.ITALIC);
            b.useExternalResourceAccessControl((uri, type) -> false,
                    com.openhtmltopdf.outputdevice.helper.ExternalResourceControlPriority.RUN_BEFORE_RESOLVING_URI);
            b.useExternalResourceAccessControl((uri, type) -> false,
                    com.openhtmltopdf.outputdevice.helper.ExternalResourceControlPriority.RUN_AFTER_RESOLVING_URI);
            b.withHtmlContent(xhtml, null);
            b.toStream(out);
            b.run();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    /** The style sheet all Openbaar PDFs share (letters and the inventory). */
    public static String css(String name) {
        try (InputStream in = AccessiblePdf.class.getResourceAsStream("/nl/openbaar/letter/" + name)) {
            if (in == null) {
                throw new IllegalStateException("style sheet missing from the class path: " + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void font(PdfRendererBuilder b, String file, int weight, FontStyle style) {
        byte[] bytes = FONT_CACHE.computeIfAbsent(file, AccessiblePdf::withoutLigatures);
        b.useFont(() -> new ByteArrayInputStream(bytes), FAMILY, weight, style, true);
    }

    private static final Map<String, byte[]> FONT_CACHE = new ConcurrentHashMap<>();

    /**
     * The font with its GSUB table hidden. PDFBox 3 applies the font's Latin ligatures (ff, fi, fl), so "aangetroffen"
     * would be written with U+FB00 and not be found by a reader searching the decision, nor read right by every
     * screen reader. Renaming the table in the font's directory (in memory only; the shipped file is unchanged)
     * makes PDFBox write plain letters. The embedded subset never contains GSUB anyway.
     */
    static byte[] withoutLigatures(String file) {
        byte[] font;
        try (InputStream in = AccessiblePdf.class.getResourceAsStream(FONTS + file)) {
            if (in == null) {
                throw new IllegalStateException("font missing from the class path: " + file);
            }
            font = in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        int tables = ((font[4] & 0xff) << 8) | (font[5] & 0xff);
        for (int i = 0; i < tables; i++) {
            int at = 12 + 16 * i;
            if (font[at] == 'G' && font[at + 1] == 'S' && font[at + 2] == 'U' && font[at + 3] == 'B') {
                font[at] = 'X';
            }
        }
        return font;
    }
}
