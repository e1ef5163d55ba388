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
 * Writes a small publication package in the layout of docs/architecture.md, for the demo's already decided
 * case and for tests of publication: an anonymised decision, an inventory, and documents whose redacted parts
 * were never written (black boxes with the ground code stand where they were). Every text here is invented
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

    /** The demo decision on facial recognition software, with two documents. */
    public static Path clearview(Path dir, String kenmerk) {
        List<Doc> docs = List.of(
                new Doc("0001", "E-mail over gezichtsherkenningssoftware", "deels openbaar", "5.1.2e", "2020-02-28", List.of(List.of(
                        Line.text("Van: "), Line.redacted("5.1.2e"),
                        Line.text("Aan: directie Digitale Overheid"),
                        Line.text("Onderwerp: gezichtsherkenning en Clearview AI"),
                        Line.text(""),
                        Line.text("Collega's, de staatssecretaris wil weten of het ministerie ervaring heeft"),
                        Line.text("met de software van Clearview AI. Voor zover bekend is er geen proefaccount"),
                        Line.text("aangemaakt en zijn er geen contracten gesloten."),
                        Line.text("Met vriendelijke groet,"), Line.redacted("5.1.2e")))),
                new Doc("0002", "Notitie gebruik gezichtsherkenning door de overheid", "openbaar", "", "2020-03-04", List.of(List.of(
                        Line.text("Notitie: gezichtsherkenning door de overheid"),
                        Line.text(""),
                        Line.text("Gezichtsherkenning raakt aan grondrechten. Een inventarisatie laat zien dat"),
                        Line.text("geen enkel onderdeel van het ministerie Clearview AI gebruikt of heeft gebruikt."),
                        Line.text("Advies: de Autoriteit Persoonsgegevens betrekken bij nieuw beleid.")))));
        List<Line> decision = List.of(
                Line.text("Besluit op uw verzoek om informatie"), Line.text("Ons kenmerk: " + kenmerk), Line.text(""),
                Line.text("Geachte heer/mevrouw,"), Line.text(""),
                Line.text("U hebt gevraagd om documenten over het gebruik van Clearview AI door het ministerie."),
                Line.text("Ik heb twee documenten gevonden. Ik maak document 2 geheel en document 1 gedeeltelijk"),
                Line.text("openbaar. Namen en contactgegevens van medewerkers maak ik niet openbaar (artikel 5.1,"),
                Line.text("tweede lid, aanhef en onder e, van de Wet open overheid)."), Line.text(""),
                Line.text("Hoogachtend,"), Line.text("de minister van Binnenlandse Zaken en Koninkrijksrelaties"));
        return write(dir, decision, docs, "Gegenereerd door de demo van Openbaar: verzonnen teksten zonder persoonsgegevens; "
                + "de controlestap van de pijplijn is hier niet uitgevoerd.");
    }

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
