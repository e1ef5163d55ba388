package nl.openbaar.tools.split;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import nl.openbaar.publication.model.FileKind;
import nl.openbaar.tools.split.BundleWriter.Page;

/**
 * Generates published bundles as ministries put them online — decision, inventory, then the documents that are
 * (partly) public — with the truth of where each part begins and ends. What marks a document's first page varies
 * per bundle ({@link Cue}) and per document ({@link DocumentKind}), because that is what a splitter lives on: a
 * bookmark, a number stamped in the header or footer, or only what the page itself shows (an e-mail header, a
 * letterhead, "pagina 1 van 3") — and some documents show nothing at all. People in the text are already redacted
 * ("[5.1.2e]"), as in a published bundle.
 */
public final class GeneratingBundles {

    /** How the bundle marks its documents. */
    public enum Cue {
        BOOKMARKS, HEADER_STAMP, FOOTER_ID, NONE
    }

    /**
     * What a document looks like on its first page. The last two give a splitter nothing on the page itself: a scan
     * without a text layer, and a note whose first line is not the inventory's description of it.
     */
    public enum DocumentKind {
        EMAIL, MEMO, LETTER, REPORT, SCAN, NOTE
    }

    /** One part of the truth: kind (decision, inventory, document), its pages (from 1), the document's number. */
    public record TruePart(FileKind kind, int firstPage, int lastPage, String number, DocumentKind documentKind) {
    }

    public record Bundle(Path file, Cue cue, int pages, List<TruePart> parts) {
    }

    private static final DateTimeFormatter DMY = DateTimeFormatter.ofPattern("dd-MM-yyyy");
    private static final DateTimeFormatter WORDS = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.forLanguageTag("nl"));
    private static final int WIDTH = 88;
    private static final int BODY_LINES = 54;
    private static final String[] MINISTRIES = {"Ministerie van Volksgezondheid, Welzijn en Sport", "Ministerie van Justitie en Veiligheid",
        "Ministerie van Infrastructuur en Waterstaat", "Ministerie van Binnenlandse Zaken en Koninkrijksrelaties"};
    private static final String[] SUBJECTS = {"inzet van gezichtsherkenning", "aanbesteding van beschermingsmiddelen", "onderhoud van sluizen",
        "evaluatie van het crisisteam", "gebruik van clouddiensten", "subsidieregeling voor verduurzaming"};
    private static final String[] SENTENCES = {
        "In het overleg van vorige week is afgesproken dat de directie de stand van zaken opnieuw beoordeelt.",
        "Graag ontvang ik voor vrijdag een reactie op de bijgevoegde notitie, zodat wij de planning kunnen bijwerken.",
        "De financiele gevolgen zijn nog niet volledig in beeld en worden in het volgende kwartaal uitgewerkt.",
        "Het advies van de landsadvocaat wordt meegenomen in de verdere besluitvorming over dit onderwerp.",
        "Wij stellen voor om de betrokken uitvoeringsorganisaties vroegtijdig te informeren over de wijzigingen.",
        "Er is contact geweest met de gemeente over de gevolgen voor de regio en de inzet van de veiligheidsregio.",
        "De Kamer heeft om een brief gevraagd; een eerste opzet daarvan is als bijlage toegevoegd.",
        "Voor de volledigheid verwijs ik naar het verslag van het overleg en de actiepunten die daaruit volgen.",
        "Het is van belang dat de communicatie richting de pers vooraf wordt afgestemd met de woordvoering.",
        "De juridische houdbaarheid van de voorgestelde aanpak is getoetst aan de geldende regelgeving.",
        "Uit de eerste analyse blijkt dat de kosten hoger uitvallen dan eerder werd aangenomen.",
        "Ik stel voor dit punt te agenderen voor het eerstvolgende bewindspersonenoverleg."};
    private static final String[] JUDGEMENTS = {"Openbaar", "Deels openbaar", "Deels openbaar", "Niet openbaar", "Reeds openbaar"};

    private final Random random;

    public GeneratingBundles(long seed) {
        this.random = new Random(seed);
    }

    /** Writes one bundle of {@code documents} inventory lines to {@code target} and returns it with its truth. */
    public Bundle write(Path target, Cue cue, int documents) throws IOException {
        LocalDate decided = LocalDate.of(2021 + random.nextInt(5), 1 + random.nextInt(12), 1 + random.nextInt(28));
        String ministry = pick(MINISTRIES);
        String subject = pick(SUBJECTS);
        int firstNumber = cue == Cue.FOOTER_ID ? 1_000_000 + random.nextInt(8_000_000) : 1;
        List<Line> inventory = inventory(documents, firstNumber, decided, subject);
        List<Page> pages = new ArrayList<>();
        List<TruePart> truth = new ArrayList<>();
        add(pages, truth, decision(ministry, subject, decided, documents), FileKind.DECISION, null, null, cue, "Besluit");
        add(pages, truth, inventoryPages(inventory), FileKind.INVENTORY, null, null, cue, "Inventarislijst");
        for (Line l : inventory) {
            if (!l.judgement().equals("Niet openbaar") && !l.judgement().equals("Reeds openbaar")) {
                DocumentKind kind = DocumentKind.values()[random.nextInt(DocumentKind.values().length)];
                add(pages, truth, document(kind, l, ministry), FileKind.DOCUMENT, l.number(), kind, cue, "Document " + l.number());
            }
        }
        BundleWriter.write(pages, target);
        return new Bundle(target, cue, pages.size(), truth);
    }

    private record Line(String number, LocalDate date, String title, String judgement, String grounds) {
    }

    private void add(List<Page> pages, List<TruePart> truth, List<List<String>> partPages, FileKind kind, String number, DocumentKind documentKind,
            Cue cue, String bookmark) {
        int first = pages.size() + 1;
        for (int i = 0; i < partPages.size(); i++) {
            List<String> lines = new ArrayList<>(partPages.get(i));
            if (number != null && cue == Cue.HEADER_STAMP) {
                lines.addFirst("Document " + number);
            } else if (number != null && cue == Cue.FOOTER_ID) {
                while (lines.size() < BODY_LINES + 2) {
                    lines.add("");
                }
                lines.add(number);
            }
            pages.add(new Page(lines, cue == Cue.BOOKMARKS && i == 0 ? bookmark : null));
        }
        truth.add(new TruePart(kind, first, pages.size(), number, documentKind));
    }

    private List<Line> inventory(int documents, int firstNumber, LocalDate decided, String subject) {
        List<Line> lines = new ArrayList<>();
        int number = firstNumber;
        for (int i = 0; i < documents; i++) {
            String judgement = pick(JUDGEMENTS);
            String grounds = judgement.equals("Openbaar") || judgement.equals("Reeds openbaar") ? "" : random.nextBoolean() ? "5.1.2e" : "5.1.2e, 5.2.1";
            String title = pick(new String[] {"E-mail over ", "Notitie over ", "Brief over ", "Verslag over ", "Concept Kamerbrief over "}) + subject;
            lines.add(new Line(String.valueOf(number), decided.minusDays(30 + random.nextInt(700)), title, judgement, grounds));
            number += firstNumber >= 1_000_000 ? 1 + random.nextInt(40) : 1; // archive ids leave gaps
        }
        return lines;
    }

    private List<List<String>> decision(String ministry, String subject, LocalDate decided, int documents) {
        List<String> lines = new ArrayList<>(List.of(ministry, "", "Datum " + WORDS.format(decided), "Betreft Besluit op uw Woo-verzoek over " + subject,
                "", "Geachte [5.1.2e],", ""));
        lines.addAll(wrap("In uw verzoek van " + WORDS.format(decided.minusMonths(3)) + " heeft u met een beroep op de Wet open overheid (Woo) "
                + "gevraagd om openbaarmaking van documenten over " + subject + "."));
        lines.add("");
        lines.add("1. Verloop van de procedure");
        lines.addAll(paragraphs(2 + random.nextInt(4)));
        lines.add("2. Besluit");
        lines.addAll(wrap("Ik heb besloten de " + documents + " documenten die onder uw verzoek vallen gedeeltelijk openbaar te maken. "
                + "Een overzicht is opgenomen in de inventarislijst bij dit besluit."));
        lines.add("");
        lines.add("3. Overwegingen");
        lines.addAll(paragraphs(4 + random.nextInt(14)));
        lines.addAll(List.of("", "De minister, namens deze,", "", "[5.1.2e]", "Directeur Informatiehuishouding"));
        return pages(lines, BODY_LINES);
    }

    private List<List<String>> inventoryPages(List<Line> inventory) {
        List<String> lines = new ArrayList<>(List.of("Inventarislijst", "Nr. Datum Omschrijving Beoordeling Weigeringsgrond"));
        for (Line l : inventory) {
            lines.add(l.number() + " " + DMY.format(l.date()) + " " + l.title() + " " + l.judgement() + (l.grounds().isEmpty() ? "" : " " + l.grounds()));
        }
        return pages(lines, BODY_LINES);
    }

    private List<List<String>> document(DocumentKind kind, Line l, String ministry) {
        int bodyParagraphs = 1 + random.nextInt(random.nextInt(4) == 0 ? 24 : 6);
        List<String> lines = new ArrayList<>();
        switch (kind) {
            case EMAIL -> {
                lines.addAll(header(l.date()));
                lines.addAll(paragraphs(bodyParagraphs));
                if (random.nextBoolean()) {
                    lines.addAll(List.of("Met vriendelijke groet,", "[5.1.2e]", ""));
                    if (random.nextInt(3) == 0) {
                        // The quoted earlier e-mail happens to begin at the top of a page: the same document goes on.
                        while (lines.size() % BODY_LINES != 0) {
                            lines.add("");
                        }
                    }
                    lines.addAll(header(l.date().minusDays(1 + random.nextInt(5))));
                    lines.addAll(paragraphs(1 + random.nextInt(3)));
                }
            }
            case MEMO -> {
                lines.addAll(List.of(ministry, "Directie Wetgeving", "", "Datum " + WORDS.format(l.date()), "Notitie", ""));
                lines.addAll(paragraphs(bodyParagraphs));
            }
            case LETTER -> {
                lines.addAll(List.of("Aan de Voorzitter van de Tweede Kamer der Staten-Generaal", "Postbus 20018", "2500 EA  Den Haag", "",
                        "Onderwerp: " + l.title(), ""));
                lines.addAll(paragraphs(bodyParagraphs));
                List<List<String>> pages = pages(lines, BODY_LINES - 2);
                for (int i = 0; i < pages.size(); i++) {
                    pages.get(i).add("");
                    pages.get(i).add("Pagina " + (i + 1) + " van " + pages.size());
                }
                return pages;
            }
            case REPORT -> {
                lines.addAll(List.of(l.title(), ""));
                lines.addAll(paragraphs(bodyParagraphs));
            }
            case NOTE -> {
                lines.addAll(List.of(pick(new String[] {"Aantekeningen", "Verslag overleg", "Samenvatting", "Q&A"}), ""));
                lines.addAll(paragraphs(bodyParagraphs));
            }
            case SCAN -> {
                List<List<String>> blank = new ArrayList<>();
                for (int i = 0; i < 1 + random.nextInt(3); i++) {
                    blank.add(new ArrayList<>());
                }
                return blank;
            }
        }
        return pages(lines, BODY_LINES);
    }

    private List<String> header(LocalDate date) {
        return new ArrayList<>(List.of("Van: [5.1.2e]", "Verzonden: " + WORDS.format(date) + " " + (8 + random.nextInt(10)) + ":" + (10 + random.nextInt(50)),
                "Aan: [5.1.2e]", "Onderwerp: RE: " + pick(SUBJECTS), ""));
    }

    private List<String> paragraphs(int n) {
        List<String> lines = new ArrayList<>();
        for (int p = 0; p < n; p++) {
            StringBuilder b = new StringBuilder();
            for (int s = 0; s < 2 + random.nextInt(4); s++) {
                b.append(pick(SENTENCES)).append(' ');
            }
            lines.addAll(wrap(b.toString().strip()));
            lines.add("");
        }
        return lines;
    }

    private static List<String> wrap(String text) {
        List<String> lines = new ArrayList<>();
        StringBuilder line = new StringBuilder();
        for (String word : text.split(" ")) {
            if (line.length() + word.length() + 1 > WIDTH) {
                lines.add(line.toString());
                line.setLength(0);
            }
            line.append(line.isEmpty() ? "" : " ").append(word);
        }
        lines.add(line.toString());
        return lines;
    }

    private static List<List<String>> pages(List<String> lines, int perPage) {
        return BundleWriter.paginate(lines, perPage);
    }

    private String pick(String[] options) {
        return options[random.nextInt(options.length)];
    }
}
