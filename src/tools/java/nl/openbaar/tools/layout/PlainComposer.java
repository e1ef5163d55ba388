package nl.openbaar.tools.layout;

import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.AffineTransform;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.Collectors;
import javax.imageio.ImageIO;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.ImageType;
import org.apache.pdfbox.rendering.PDFRenderer;

/**
 * Writes a {@link Composition} as the plain formats of a bundle: an e-mail (long To and Cc lists, body lines
 * that are never wrapped by the sender, so the printout wraps them), a text file, an HTML page with a table, a CSV
 * export, and a scan (a page rendered to an image, turned a little and speckled, as a scanner delivers it).
 */
final class PlainComposer {

    private PlainComposer() {
    }

    static void eml(Composition c, String from, List<String> to, List<String> cc, Path target) throws IOException {
        StringBuilder s = new StringBuilder();
        s.append("From: ").append(from).append("\r\n");
        s.append("To: ").append(String.join(", ", to)).append("\r\n");
        if (!cc.isEmpty()) {
            s.append("Cc: ").append(String.join(", ", cc)).append("\r\n");
        }
        s.append("Subject: ").append(c.title).append("\r\n");
        s.append("Date: Tue, 16 Mar 2021 10:42:00 +0100\r\n");
        s.append("Message-ID: <").append(Math.abs(c.title.hashCode())).append(".layout@openbaar.invalid>\r\n");
        s.append("MIME-Version: 1.0\r\nContent-Type: text/plain; charset=UTF-8\r\nContent-Transfer-Encoding: 8bit\r\n\r\n");
        s.append(plain(c).replace("\n", "\r\n"));
        Files.writeString(target, s.toString(), StandardCharsets.UTF_8);
    }

    static void txt(Composition c, Path target) throws IOException {
        Files.writeString(target, plain(c), StandardCharsets.UTF_8);
    }

    static void html(Composition c, Path target) throws IOException {
        StringBuilder s = new StringBuilder("<!DOCTYPE html><html lang=\"nl\"><head><meta charset=\"utf-8\"><title>")
                .append(esc(c.title)).append("</title></head><body>");
        for (Composition.Part p : c.parts) {
            switch (p) {
                case Composition.Heading h -> s.append("<h2>").append(esc(h.text())).append("</h2>");
                case Composition.Paragraph para -> s.append("<p>").append(esc(para.text())).append("</p>");
                case Composition.Lines lines -> s.append("<p>").append(lines.lines().stream().map(PlainComposer::esc)
                        .collect(Collectors.joining("<br>"))).append("</p>");
                case Composition.Table t -> {
                    s.append("<table border=\"1\">");
                    for (List<String> row : t.rows()) {
                        s.append("<tr>").append(row.stream().map(x -> "<td>" + esc(x) + "</td>").collect(Collectors.joining()))
                                .append("</tr>");
                    }
                    s.append("</table>");
                }
            }
        }
        Files.writeString(target, s.append("</body></html>").toString(), StandardCharsets.UTF_8);
    }

    static void csv(Composition c, Path target) throws IOException {
        try (CSVPrinter out = new CSVPrinter(Files.newBufferedWriter(target, StandardCharsets.UTF_8),
                CSVFormat.DEFAULT.builder().setDelimiter(';').get())) {
            for (Composition.Part p : c.parts) {
                if (p instanceof Composition.Table t) {
                    for (List<String> row : t.rows()) {
                        out.printRecord(row);
                    }
                }
            }
        }
    }

    /** The first page of a PDF as a scanner delivers it: 200 dpi grey, turned by {@code degrees}, speckled. */
    static void scan(Path pdf, double degrees, long seed, Path target) throws IOException {
        BufferedImage page;
        try (PDDocument d = Loader.loadPDF(pdf.toFile())) {
            page = new PDFRenderer(d).renderImageWithDPI(0, 200, ImageType.GRAY);
        }
        BufferedImage turned = new BufferedImage(page.getWidth(), page.getHeight(), BufferedImage.TYPE_BYTE_GRAY);
        Graphics2D g = turned.createGraphics();
        g.setColor(java.awt.Color.WHITE);
        g.fillRect(0, 0, turned.getWidth(), turned.getHeight());
        g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BILINEAR);
        g.drawImage(page, AffineTransform.getRotateInstance(Math.toRadians(degrees), page.getWidth() / 2.0, page.getHeight() / 2.0), null);
        g.dispose();
        Random r = new Random(seed);
        for (int k = 0; k < turned.getWidth() * turned.getHeight() / 400; k++) {
            int x = r.nextInt(turned.getWidth());
            int y = r.nextInt(turned.getHeight());
            turned.getRaster().setSample(x, y, 0, r.nextBoolean() ? 40 : 200);
        }
        ImageIO.write(turned, "png", target.toFile());
    }

    /** The composition as plain text, paragraphs as single long lines. */
    static String plain(Composition c) {
        List<String> out = new ArrayList<>();
        for (Composition.Part p : c.parts) {
            switch (p) {
                case Composition.Heading h -> out.add(h.text());
                case Composition.Paragraph para -> out.add(para.text());
                case Composition.Lines lines -> out.add(String.join("\n", lines.lines()));
                case Composition.Table t -> out.add(String.join("\n", t.rows().stream().map(row -> String.join("    ", row)).toList()));
            }
        }
        return String.join("\n\n", out) + "\n";
    }

    private static String esc(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }
}
