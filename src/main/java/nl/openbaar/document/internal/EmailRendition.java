package nl.openbaar.document.internal;

import java.io.IOException;
import java.nio.file.Path;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;

/**
 * The working PDF of an e-mail: a clean printable page as a mail client prints it — the headers (Van, Aan, Cc,
 * Verzonden, Onderwerp, Bijlagen), a rule, then the body. Redaction boxes are drawn on this page, so it
 * shows everything the message holds and nothing else.
 */
final class EmailRendition {

    private static final DateTimeFormatter SENT = DateTimeFormatter.ofPattern("EEEE d MMMM yyyy HH:mm", Locale.forLanguageTag("nl-NL"));

    private EmailRendition() {
    }

    static void write(EmailContent mail, Path target) throws IOException {
        var h = mail.headers();
        StringBuilder html = new StringBuilder();
        html.append("<html lang=\"nl\"><head><style>").append(STYLE).append("</style></head><body>");
        html.append("<table class=\"headers\">");
        row(html, "Van", h.from());
        row(html, "Aan", String.join("; ", h.to()));
        if (!h.cc().isEmpty()) {
            row(html, "Cc", String.join("; ", h.cc()));
        }
        row(html, "Verzonden", h.sent() == null ? null
                : h.sent().atZoneSameInstant(ZoneId.of("Europe/Amsterdam")).format(SENT));
        row(html, "Onderwerp", h.subject());
        if (!mail.attachments().isEmpty()) {
            row(html, "Bijlagen", String.join("; ", mail.attachments().stream()
                    .map(a -> a.fileName() + " (" + size(a.size()) + ")").toList()));
        }
        html.append("</table><div class=\"body\">").append(HtmlPdf.escape(mail.body())).append("</div></body></html>");
        HtmlPdf.write(html.toString(), h.subject(), target);
    }

    /** A plain text file on pages, in the same style. */
    static void writeText(String title, String text, Path target) throws IOException {
        String html = "<html lang=\"nl\"><head><style>" + STYLE + "</style></head><body><div class=\"text\">"
                + HtmlPdf.escape(text) + "</div></body></html>";
        HtmlPdf.write(html, title, target);
    }

    private static void row(StringBuilder html, String label, String value) {
        html.append("<tr><td class=\"label\">").append(label).append(":</td><td>")
                .append(HtmlPdf.escape(value == null ? "" : value)).append("</td></tr>");
    }

    private static String size(long bytes) {
        if (bytes >= 1 << 20) {
            return String.format(Locale.ROOT, "%.1f MB", bytes / (double) (1 << 20)).replace('.', ',');
        }
        return Math.max(1, (bytes + 1023) / 1024) + " kB";
    }

    private static final String STYLE = """
            @page { size: A4; margin: 20mm 20mm 20mm 20mm; }
            body { font-family: 'DejaVu Sans'; font-size: 10pt; line-height: 1.35; }
            table.headers { border-collapse: collapse; width: 100%; margin-bottom: 6pt; }
            table.headers td { vertical-align: top; padding: 1pt 6pt 1pt 0; word-wrap: break-word; }
            td.label { font-weight: bold; width: 26mm; }
            div.body { white-space: pre-wrap; word-wrap: break-word; border-top: 0.6pt solid #444; padding-top: 8pt; }
            div.text { white-space: pre-wrap; word-wrap: break-word; }
            """;

    static List<String> labels() {
        return List.of("Van", "Aan", "Cc", "Verzonden", "Onderwerp", "Bijlagen");
    }
}
