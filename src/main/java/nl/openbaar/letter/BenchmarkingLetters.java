package nl.openbaar.letter;

import java.io.ByteArrayOutputStream;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import nl.openbaar.deadline.ComputingDeadline;
import nl.openbaar.inventory.InventoryExport;
import nl.openbaar.inventory.model.Beoordeling;
import nl.openbaar.inventory.model.DocumentBeoordeling;
import nl.openbaar.inventory.model.DocumentRedactions;
import nl.openbaar.inventory.model.InventoryDocument;
import nl.openbaar.inventory.model.InventoryRules;
import nl.openbaar.inventory.model.Inventaris;
import nl.openbaar.law.Regime;
import nl.openbaar.law.RuleBase;
import nl.openbaar.letter.compose.CaseFiles;
import nl.openbaar.letter.compose.DecisionComposer;
import nl.openbaar.letter.compose.DefaultTexts;
import nl.openbaar.letter.model.ArticleTexts;
import nl.openbaar.letter.model.Letter;
import nl.openbaar.letter.render.AccessiblePdf;
import nl.openbaar.letter.render.InventoryPdf;
import nl.openbaar.letter.render.LetterDocx;
import nl.openbaar.letter.render.LetterHtml;
import nl.openbaar.request.model.Channel;
import nl.openbaar.request.model.Event;
import nl.openbaar.request.model.EventType;
import nl.openbaar.request.model.Timeline;
import nl.openbaar.request.model.Verzoek;
import nl.openbaar.request.model.VerzoekView;
import nl.openbaar.request.model.Verzoeker;
import org.apache.pdfbox.Loader;

/**
 * {@code openbaar bench letters}: how long a decision with a large inventory takes, on a generated case (Woo,
 * documents split over the four judgements, three grounds): derive the inventory, compose the decision, render it
 * as PDF/A + PDF/UA and DOCX, and write the inventory as XLSX, CSV and PDF. One warm-up round is not counted.
 */
public final class BenchmarkingLetters {

    public record Result(int documents, int decisionPages, int inventoryPages, long decisionPdfBytes, double deriveSeconds,
            double composeSeconds, double decisionPdfSeconds, double decisionDocxSeconds, double inventoryXlsxSeconds,
            double inventoryCsvSeconds, double inventoryPdfSeconds) {

        public double totalSeconds() {
            return deriveSeconds + composeSeconds + decisionPdfSeconds + decisionDocxSeconds + inventoryXlsxSeconds
                    + inventoryCsvSeconds + inventoryPdfSeconds;
        }
    }

    /** An invented body: the bench measures time, not who sends the letter. */
    private static final nl.openbaar.organisation.model.Organisation BENCH_ORGANISATION = new nl.openbaar.organisation.model.Organisation(
            "Ministerie van Voorbeeldzaken", "het ministerie", "mijn ministerie", "De Minister van Voorbeeldzaken", null,
            "Postbus 1 2500 AA Den Haag", null, "Postbus 1, 2500 AA Den Haag", "www.example.org", null,
            new nl.openbaar.organisation.model.Organisation.Signer("namens deze,", "B. Ench", "directeur"));

    private BenchmarkingLetters() {
    }

    public static Result run(int documents) {
        measure(Math.min(documents, 50));
        return measure(documents);
    }

    private static Result measure(int n) {
        RuleBase law = RuleBase.standard();
        Verzoek v = new Verzoek(1, "WOO-BENCH-0001", Regime.WOO, new Verzoeker("Bench Verzoeker", "Straat 1, 1000 AA Plaats", null, null),
                LocalDate.of(2025, 1, 6), LocalDate.of(2025, 1, 7), Channel.EMAIL, "een grote hoeveelheid documenten", List.of("Alles."),
                null, null, null, null, Instant.EPOCH);
        LocalDate decided = LocalDate.of(2025, 2, 14);
        List<Event> events = List.of(new Event(1, EventType.RECEIVED, v.receivedDate(), null, null, Map.of(), Instant.EPOCH, "bench"),
                new Event(2, EventType.DECIDED, decided, null, null, Map.of(), Instant.EPOCH, "bench"));
        VerzoekView view = new VerzoekView(v, events, ComputingDeadline.standard().compute(Timeline.facts(v, events, decided)));

        List<InventoryDocument> docs = new ArrayList<>();
        Map<Long, DocumentBeoordeling> judgements = new HashMap<>();
        Map<Long, DocumentRedactions> boxes = new HashMap<>();
        Beoordeling[] cycle = {Beoordeling.DEELS_OPENBAAR, Beoordeling.DEELS_OPENBAAR, Beoordeling.OPENBAAR, Beoordeling.NIET_OPENBAAR,
            Beoordeling.REEDS_OPENBAAR};
        for (int i = 1; i <= n; i++) {
            long id = i;
            docs.add(new InventoryDocument(id, i, "RE: overleg over de aanbesteding, deel " + i, "mail-" + i + ".eml", "email",
                    LocalDate.of(2024, 1, 1).plusDays(i % 365), null, (long) (i / 5 + 1), null));
            Beoordeling b = cycle[i % cycle.length];
            judgements.put(id, new DocumentBeoordeling(id, b, b == Beoordeling.NIET_OPENBAAR ? List.of("5.2") : List.of(), null,
                    b == Beoordeling.REEDS_OPENBAAR ? List.of("https://open.overheid.nl/documenten/" + i) : List.of(), null, false,
                    "bench", Instant.EPOCH));
            if (b == Beoordeling.DEELS_OPENBAAR) {
                boxes.put(id, new DocumentRedactions(id, List.of(new DocumentRedactions.Mark("5.1.2e", "Persoon " + i),
                        new DocumentRedactions.Mark("5.1.2i", "groep" + i + "@example.org"))));
            }
        }
        long t0 = System.nanoTime();
        Inventaris inv = InventoryRules.derive(v.kenmerk(), Regime.WOO, docs, judgements, boxes, law);
        long t1 = System.nanoTime();
        Letter letter = new DecisionComposer(law, new ArticleTexts(law, DefaultTexts.articleSupplement()))
                .compose(CaseFiles.of(view, inv, boxes, null, DefaultTexts.catalogue(), BENCH_ORGANISATION, decided, true,
                        ComputingDeadline.standard()));
        long t2 = System.nanoTime();
        byte[] pdf = AccessiblePdf.render(LetterHtml.of(letter, AccessiblePdf.css("brief.css")));
        long t3 = System.nanoTime();
        LetterDocx.of(letter);
        long t4 = System.nanoTime();
        InventoryExport.xlsx(inv, new ByteArrayOutputStream());
        long t5 = System.nanoTime();
        InventoryExport.csv(inv, new ByteArrayOutputStream());
        long t6 = System.nanoTime();
        byte[] invPdf = InventoryPdf.of(inv, BENCH_ORGANISATION.name());
        long t7 = System.nanoTime();
        return new Result(n, pages(pdf), pages(invPdf), pdf.length, s(t1 - t0), s(t2 - t1), s(t3 - t2), s(t4 - t3), s(t5 - t4),
                s(t6 - t5), s(t7 - t6));
    }

    private static int pages(byte[] pdf) {
        try (var doc = Loader.loadPDF(pdf)) {
            return doc.getNumberOfPages();
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static double s(long nanos) {
        return nanos / 1e9;
    }
}
