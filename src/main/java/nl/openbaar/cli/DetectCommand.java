package nl.openbaar.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import nl.openbaar.detection.DetectingPersonalData;
import nl.openbaar.detection.DetectionSettings;
import nl.openbaar.detection.TextPages;
import nl.openbaar.detection.model.DetectionResult;
import nl.openbaar.detection.model.Finding;
import nl.openbaar.detection.model.Handling;
import nl.openbaar.detection.model.PublicMention;
import nl.openbaar.document.Documents;
import nl.openbaar.document.model.Document;
import nl.openbaar.document.model.DocumentStatus;
import nl.openbaar.redaction.BoxesFile;
import nl.openbaar.redaction.model.RedactionBox;
import nl.openbaar.law.Regime;
import nl.openbaar.request.FindingRequests;
import nl.openbaar.request.model.Verzoek;
import nl.openbaar.shared.InvalidInputException;
import nl.openbaar.document.ReadingPdfPages;
import nl.openbaar.shared.layout.DocumentText;
import nl.openbaar.shared.layout.PageArea;
import nl.openbaar.shared.layout.ReadingOrder;
import nl.openbaar.shared.layout.PageLayout;
import nl.openbaar.shared.layout.PageRange;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code openbaar detect}: the personal data and sensitive passages detection proposes to redact, with their
 * ground codes, for the read documents of a case or for plain-text files (pages split at form feeds, as
 * {@code pdftotext} writes them). Shows what would be redacted; storing proposals is the redaction step's job.
 */
@Command(name = "detect", description = "Toon de persoonsgegevens en passages die Openbaar voorstelt te lakken.")
public class DetectCommand implements Callable<Integer> {

    @Parameters(arity = "0..*", paramLabel = "BESTAND", description = "PDF-bestanden of tekstbestanden (UTF-8; '-' is standaardinvoer)")
    List<String> files = new ArrayList<>();

    @Option(names = "--case", paramLabel = "KENMERK", description = "alle gelezen documenten van dit verzoek")
    String kenmerk;

    @Option(names = "--regime", description = "woo of wob (standaard: dat van het verzoek, anders woo)")
    String regime;

    @Option(names = "--name", paramLabel = "NAAM", description = "een naam die overal gevonden moet worden (herhaalbaar)")
    List<String> names = new ArrayList<>();

    @Option(names = "--review", description = "toon ook de kandidaten ter beoordeling (beleidsopvattingen, zwakke namen)")
    boolean review;

    @Option(names = "--json")
    boolean json;

    @Option(names = "--text", description = "toon de tekst zoals de detectie hem leest (leesvolgorde; '~' achter een regel die doorloopt)")
    boolean text;

    @Option(names = "--boxes", paramLabel = "MAP", description = "schrijf per document de voorgestelde vlakken als JSON"
            + " voor 'openbaar redact' (alleen met --case; bestandsnaam = inventarisnummer of documentnummer)")
    Path boxesDir;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    record DocumentFindings(String document, int pages, List<FindingView> findings, List<PublicMention> publicMentions) {
    }

    /** A finding as scripts read it: where it starts, and every piece's text range and box on its page. */
    record FindingView(int page, String text, String category, String ground, double score, String handling, String recognizer,
            String subject, String explanation, List<PageRange> ranges, List<PageArea> boxes) {

        static FindingView of(Finding f) {
            return new FindingView(f.page(), f.text(), f.category().name(), f.ground(), f.score(), f.handling().name(),
                    f.recognizer(), f.subject(), f.explanation(), f.ranges(), f.areas());
        }
    }

    @Override
    public Integer call() throws IOException {
        if ((kenmerk == null) == files.isEmpty()) {
            throw new InvalidInputException("case", "geef --case KENMERK of een of meer bestanden");
        }
        if (boxesDir != null && kenmerk == null) {
            throw new InvalidInputException("boxes", "--boxes werkt alleen met --case: tekstbestanden hebben geen pagina-opmaak");
        }
        Map<String, List<PageLayout>> documents = new LinkedHashMap<>();
        Map<String, Document> byLabel = new LinkedHashMap<>();
        Regime chosen = regime == null ? null : Regime.parse(regime, "regime");
        DetectionSettings settings;
        if (kenmerk != null) {
            Verzoek v = Cli.bean(FindingRequests.class).get(kenmerk).verzoek();
            settings = DetectionSettings.of(chosen != null ? chosen : v.regime());
            if (chosen == null && v.regime() == Regime.WOB && !LocalDate.now().isBefore(Regime.WOO_IN_FORCE)) {
                spec.commandLine().getErr().println("Let op: " + kenmerk + " is een Wob-verzoek; een besluit vanaf"
                        + " 01-05-2022 gebruikt de Woo-gronden (ABRvS 20 april 2022, ECLI:NL:RVS:2022:1223)."
                        + " Gebruik --regime woo voor Woo-codes.");
            }
            if (v.verzoeker() != null) {
                v.verzoeker().personName().ifPresent(n -> settings.register().addPerson(n, "verzoeker"));
            }
            Documents docs = Cli.bean(Documents.class);
            for (Document d : docs.forRequest(v.id())) {
                if (d.status() == DocumentStatus.READ) {
                    documents.put(label(d), docs.pages(d.id()));
                    byLabel.put(label(d), d);
                }
            }
        } else {
            settings = DetectionSettings.of(chosen != null ? chosen : Regime.WOO);
            for (String f : files) {
                documents.put(f, f.toLowerCase(Locale.ROOT).endsWith(".pdf") ? new ReadingPdfPages().read(existing(f))
                        : TextPages.pages(List.of(read(f).split("\f", -1))));
            }
        }
        for (String n : names) {
            settings.register().addPerson(n, "opgegeven");
        }
        if (text) {
            PrintWriter w = spec.commandLine().getOut();
            documents.forEach((doc, pages) -> {
                w.println("== " + doc);
                w.println(readingText(ReadingOrder.of(pages)));
            });
            w.flush();
            return 0;
        }
        Map<String, DetectionResult> results = DetectingPersonalData.standard().detectCase(documents, settings);
        List<DocumentFindings> out = new ArrayList<>();
        results.forEach((doc, r) -> out.add(new DocumentFindings(doc, documents.get(doc).size(),
                (review ? r.findings() : r.toRedact()).stream().map(FindingView::of).toList(), r.publicMentions())));
        PrintWriter w = spec.commandLine().getOut();
        if (boxesDir != null) {
            writeBoxes(results, byLabel, w);
        }
        if (json) {
            Cli.printJson(w, Map.of("regime", settings.regime().code(), "documents", out));
            return 0;
        }
        int total = 0;
        for (DocumentFindings d : out) {
            w.println(d.document() + " (" + d.pages() + " pagina's)");
            for (Finding f : results.get(d.document()).findings()) {
                if (!review && f.handling() != Handling.REDACT) {
                    continue;
                }
                total++;
                w.printf(Locale.ROOT, "  p.%-3d %-7s %-28s %-6s %s%s%n", f.page(), f.ground(), f.category().labelNl(),
                        f.handling() == Handling.REVIEW ? "?" : String.format(Locale.ROOT, "%.2f", f.score()),
                        oneLine(f.text()), f.handling() == Handling.REVIEW ? "  (ter beoordeling)" : "");
            }
            for (PublicMention m : d.publicMentions()) {
                w.printf(Locale.ROOT, "  p.%-3d zichtbaar  %s  (%s)%n", m.page(), oneLine(m.text()), m.reason());
            }
        }
        w.printf(Locale.ROOT, "%d voorstellen in %d documenten (%s)%n", total, out.size(), settings.regime().fullName());
        w.flush();
        return 0;
    }

    /** One file per document, named by number only (an original file name may itself hold a name). */
    private void writeBoxes(Map<String, DetectionResult> results, Map<String, Document> byLabel, PrintWriter w)
            throws IOException {
        Files.createDirectories(boxesDir);
        for (Map.Entry<String, DetectionResult> e : results.entrySet()) {
            Document d = byLabel.get(e.getKey());
            List<RedactionBox> boxes = new ArrayList<>();
            for (Finding f : e.getValue().toRedact()) {
                for (PageArea a : f.areas()) {
                    if (a.box().width() > 0 && a.box().height() > 0) {
                        boxes.add(new RedactionBox(a.page(), a.box(), f.ground(), f.category().labelNl()));
                    }
                }
            }
            String name = (d.inventoryNumber() == null ? "document-" + d.id() : String.format(Locale.ROOT, "%04d", d.inventoryNumber()))
                    + ".json";
            BoxesFile.write(boxesDir.resolve(name), boxes);
            if (!json) {
                w.println(boxesDir.resolve(name) + ": " + boxes.size() + " vlakken voor "
                        + Cli.bean(Documents.class).rendition(d.id()));
            }
        }
    }

    private static String label(Document d) {
        return (d.inventoryNumber() == null ? "#" + d.id() : String.format(Locale.ROOT, "%04d", d.inventoryNumber()))
                + " " + (d.fileName() == null ? "" : d.fileName());
    }

    private static String oneLine(String s) {
        String t = s.replace('\n', ' ');
        return t.length() > 90 ? t.substring(0, 87) + "…" : t;
    }

    /** The text in reading order with a '~' where a line runs on (a wrap, a column or page turn). */
    static String readingText(DocumentText d) {
        StringBuilder b = new StringBuilder(d.length() + 64);
        String t = d.text();
        for (int i = 0; i < t.length(); i++) {
            if (d.softBreak(i)) {
                b.append('~');
            }
            b.append(t.charAt(i));
        }
        return b.toString();
    }

    private static Path existing(String file) {
        Path p = Path.of(file);
        if (!Files.isRegularFile(p)) {
            throw new InvalidInputException("bestand", "geen bestand: " + file);
        }
        return p;
    }

    private String read(String file) throws IOException {
        if (file.equals("-")) {
            return new String(System.in.readAllBytes(), StandardCharsets.UTF_8);
        }
        Path p = Path.of(file);
        if (!Files.isRegularFile(p)) {
            throw new InvalidInputException("bestand", "geen bestand: " + file);
        }
        if (Files.size(p) > 200L << 20) {
            throw new InvalidInputException("bestand", file + " is groter dan 200 MB");
        }
        try {
            return Files.readString(p, StandardCharsets.UTF_8);
        } catch (java.nio.charset.CharacterCodingException e) {
            throw new InvalidInputException("bestand", file + " is geen PDF- of UTF-8-tekstbestand; lees andere bestanden in met"
                    + " 'openbaar collect' en gebruik dan --case");
        }
    }
}
