package nl.openbaar.demo;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;

/**
 * Writes a small publication package in the layout of docs/architecture.md, for tests of publication: an
 * anonymised decision, an inventory, and documents whose redacted parts were never written (black boxes with the ground code stand where they were). Every text here is invented
 * and holds no personal data. It is a stand-in for the pipeline's output, not a product of it: its
 * verificatie.json says so.
 */
public final class DemoPackage {

    /** A document of the package: its number, title, judgement, grounds, date, and its pages' lines. */
    public record Doc(String number, String title, String judgement, String grounds, String date, List<List<Line>> pages) {
    }

    /** A line of text, or a redaction box with its ground code (text null). */
    public record Line(String text, String redactedCode) {
        public static Line text(String t) {
            return new Line(t, null);
        }

        public static Line redacted(String code) {
            return new Line(null, code);
        }
    }

    private DemoPackage() {
    }

    /** A package with the given decision lines and documents. */
    public static Path write(Path dir, List<Line> decision, List<Doc> docs, String verificationNote) {
        try {
            Files.createDirectories(dir.resolve("documenten"));
            pdf(dir.resolve("besluit.pdf"), List.of(decision));
            StringBuilder csv = new StringBuilder("Document ID;Documentnummer;Bestandsnaam;Beoordeling;Beoordelingsgrond;Datum\n");
            List<String> docNames = new ArrayList<>();
            for (Doc d : docs) {
                pdf(dir.resolve("documenten").resolve(d.number() + ".pdf"), d.pages());
                csv.append(d.number()).append(';').append(d.number()).append(';').append(d.title().replace(';', ',')).append(';')
                        .append(d.judgement()).append(';').append(d.grounds()).append(';').append(d.date()).append('\n');
                docNames.add(d.number() + ".pdf");
            }
            Files.writeString(dir.resolve("inventaris.csv"), csv.toString(), StandardCharsets.UTF_8);
            Files.writeString(dir.resolve("verificatie.json"), "{\"passed\": true, \"note\": \"" + verificationNote.replace("\"", "'")
                    + "\", \"documents\": " + docNames.size() + "}\n", StandardCharsets.UTF_8);
            return dir;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void pdf(Path file, List<List<Line>> pages) throws IOException {
        try (PDDocument doc = new PDDocument()) {
            PDType1Font font = new PDType1Font(Standard14Fonts.FontName.HELVETICA);
            for (List<Line> lines : pages) {
                PDPage page = new PDPage(PDRectangle.A4);
                doc.addPage(page);
                try (PDPageContentStream cs = new PDPageContentStream(doc, page)) {
                    float y = 780;
                    for (Line l : lines) {
                        if (l.text() != null) {
                            if (!l.text().isEmpty()) {
                                cs.beginText();
                                cs.setFont(font, 11);
                                cs.newLineAtOffset(60, y);
                                cs.showText(l.text());
                                cs.endText();
                            }
                        } else {
                            cs.setNonStrokingColor(0f, 0f, 0f);
                            cs.addRect(60, y - 3, 160, 14);
                            cs.fill();
                            cs.beginText();
                            cs.setFont(font, 9);
                            cs.setNonStrokingColor(1f, 1f, 1f);
                            cs.newLineAtOffset(64, y);
                            cs.showText(l.redactedCode());
                            cs.endText();
                            cs.setNonStrokingColor(0f, 0f, 0f);
                        }
                        y -= 18;
                    }
                }
            }
            doc.save(file.toFile());
        }
    }
}
