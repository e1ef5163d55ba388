package nl.openbaar.document.internal;

import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FontStyle;
import com.openhtmltopdf.outputdevice.helper.ExternalResourceControlPriority;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.jsoup.Jsoup;
import org.jsoup.helper.W3CDom;

/**
 * Prints HTML that Openbaar wrote itself (an e-mail page, a text file) as a PDF with the shipped DejaVu fonts
 * embedded, so the result looks the same on every machine and its text layer extracts exactly. Nothing is
 * fetched: every external resource is refused.
 */
final class HtmlPdf {

    private static final String FONTS = "/nl/openbaar/document/fonts/";

    private HtmlPdf() {
    }

    static void write(String html, String title, Path target) throws IOException {
        org.jsoup.nodes.Document parsed = Jsoup.parse(xmlSafe(html));
        parsed.title(title == null ? "" : xmlSafe(title));
        org.w3c.dom.Document dom = new W3CDom().fromJsoup(parsed);
        try (OutputStream out = Files.newOutputStream(target)) {
            PdfRendererBuilder b = new PdfRendererBuilder();
            b.useFastMode();
            b.useFont(() -> HtmlPdf.class.getResourceAsStream(FONTS + "DejaVuSans.ttf"), "DejaVu Sans", 400, FontStyle.NORMAL, true);
            b.useFont(() -> HtmlPdf.class.getResourceAsStream(FONTS + "DejaVuSans-Bold.ttf"), "DejaVu Sans", 700, FontStyle.NORMAL,
                    true);
            b.useUriResolver((base, uri) -> null);
            b.useExternalResourceAccessControl((uri, type) -> false, ExternalResourceControlPriority.RUN_BEFORE_RESOLVING_URI);
            b.useExternalResourceAccessControl((uri, type) -> false, ExternalResourceControlPriority.RUN_AFTER_RESOLVING_URI);
            b.withW3cDocument(dom, null);
            b.toStream(out);
            b.run();
        }
    }

    /** Characters XML cannot hold (controls, lone surrogates) would stop the printer: replace them. */
    static String xmlSafe(String s) {
        if (s == null) {
            return "";
        }
        StringBuilder sb = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '\n' || c == '\t' || c == '\r' || (c >= 0x20 && c < 0xD800) || (c >= 0xE000 && c < 0xFFFE)) {
                sb.append(c);
            } else if (Character.isHighSurrogate(c) && i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1))) {
                sb.append(c).append(s.charAt(++i));
            } else {
                sb.append('\uFFFD');
            }
        }
        return sb.toString();
    }

    static String escape(String s) {
        if (s == null) {
            return "";
        }
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
