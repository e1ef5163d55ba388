package nl.openbaar.letter;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import nl.openbaar.deadline.ComputingDeadline;
import nl.openbaar.law.Regime;
import nl.openbaar.law.RuleBase;
import nl.openbaar.letter.compose.CaseFiles;
import nl.openbaar.letter.compose.DefaultTexts;
import nl.openbaar.letter.compose.LetterComposer;
import nl.openbaar.letter.compose.Reason;
import nl.openbaar.letter.compose.Words;
import nl.openbaar.letter.model.Letter;
import nl.openbaar.request.model.Channel;
import nl.openbaar.request.model.Event;
import nl.openbaar.request.model.EventType;
import nl.openbaar.request.model.Timeline;
import nl.openbaar.request.model.Verzoek;
import nl.openbaar.request.model.VerzoekView;
import nl.openbaar.request.model.Verzoeker;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;
import org.junit.jupiter.api.Test;

/** The defects a lawyer found in the letters: how a reason, a list of numbers and a long subject are written. */
class LetterPhrasingTest {

    @Test
    void aReasonIsPlacedAsAClauseAPhraseOrASentenceOfItsOwn() {
        assertThat(Reason.of("de omvang van de informatie vergt meer tijd.")).isEqualTo(new Reason("de omvang van de informatie vergt meer tijd", null, null));
        assertThat(Reason.of("omdat er derden zijn")).isEqualTo(new Reason("er derden zijn", null, null));
        assertThat(Reason.of("gelet op de omvang van de informatie")).isEqualTo(new Reason(null, "gelet op de omvang van de informatie", null));
        assertThat(Reason.of("Gelet op de omvang van de gevraagde informatie is meer tijd nodig"))
                .isEqualTo(new Reason(null, null, "Gelet op de omvang van de gevraagde informatie is meer tijd nodig."));
        assertThat(Reason.of("  ")).isEqualTo(new Reason(null, null, null));
    }

    @Test
    void theExtensionNeverReadsOmdatGeletOp() {
        Letter sentence = extension("Gelet op de omvang van de gevraagde informatie is meer tijd nodig.");
        String text = sentence.section("tekst").text();
        assertThat(text).doesNotContain("omdat Gelet").contains("zorgvuldig te beslissen. Gelet op de omvang van de gevraagde"
                + " informatie is meer tijd nodig. Daarom verdaag ik");
        assertThat(extension("gelet op de omvang van de informatie").section("tekst").text())
                .contains("zorgvuldig te beslissen, gelet op de omvang van de informatie. Daarom");
        assertThat(extension("de omvang van de informatie dat vergt").section("tekst").text())
                .contains("zorgvuldig te beslissen, omdat de omvang van de informatie dat vergt. Daarom");
    }

    @Test
    void numbersAreListedAsALawyerWritesThem() {
        assertThat(Words.numbers(List.of(3, 4, 6, 7))).isEqualTo("3, 4, 6 en 7");
        assertThat(Words.numbers(List.of(1, 3, 4, 5, 9))).isEqualTo("1, 3 tot en met 5 en 9");
        assertThat(Words.numbers(List.of(8))).isEqualTo("8");
    }

    @Test
    void aLongSubjectWrapsInsideThePage() throws IOException {
        // The published decision has no address block, so its subject runs beside the sender's column.
        Letter letter = new nl.openbaar.letter.compose.DecisionComposer(RuleBase.standard(), new nl.openbaar.letter.model.ArticleTexts(
                RuleBase.standard(), DefaultTexts.articleSupplement())).compose(file("de omvang van de informatie dat vergt", true));
        byte[] pdf = SeedDecisionTest.pdf(letter);
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            float width = doc.getPage(0).getMediaBox().getWidth();
            List<TextPosition> outside = new ArrayList<>();
            PDFTextStripper stripper = new PDFTextStripper() {
                @Override
                protected void processTextPosition(TextPosition t) {
                    if (t.getXDirAdj() + t.getWidthDirAdj() > width - 30) {
                        outside.add(t);
                    }
                    super.processTextPosition(t);
                }
            };
            stripper.setStartPage(1);
            stripper.setEndPage(1);
            String text = stripper.getText(doc).replaceAll("\\s+", " ");
            assertThat(outside).as("glyphs in the right margin").isEmpty();
            assertThat(text).contains("samenwerking met Clearview AI door het ministerie");
        }
        PdfCompliance.assertPdfA2aAndUa1(pdf);
    }

    private static Letter extension(String reason) {
        return extension(reason, false);
    }

    private static Letter extension(String reason, boolean published) {
        var file = file(reason, published);
        return new LetterComposer(RuleBase.standard()).extension(file, file.view().events().get(1), LocalDate.of(2026, 12, 15));
    }

    private static nl.openbaar.letter.compose.CaseFile file(String reason, boolean published) {
        Verzoek v = new Verzoek(3, "WOO-2026-0003", Regime.WOO, new Verzoeker("Sanne de Wit", "Keizersgracht 412-III, 1016 GC Amsterdam",
                null, null), LocalDate.of(2026, 11, 2), LocalDate.of(2026, 11, 3), Channel.EMAIL,
                "het gebruik van dan wel de samenwerking met Clearview AI door het ministerie", List.of(), null, null, null,
                "Directie Digitale Overheid", Instant.EPOCH);
        List<Event> events = List.of(new Event(1, EventType.RECEIVED, v.receivedDate(), null, null, Map.of(), Instant.EPOCH, "t"),
                new Event(2, EventType.EXTENDED, LocalDate.of(2026, 11, 20), null, null, Map.of(Event.REASON, reason), Instant.EPOCH, "t"));
        LocalDate day = LocalDate.of(2026, 11, 20);
        VerzoekView view = new VerzoekView(v, events, ComputingDeadline.standard().compute(Timeline.facts(v, events, day)));
        var file = CaseFiles.of(view, null, null, null, DefaultTexts.catalogue(), SeedCases.BZK, day, published,
                ComputingDeadline.standard());
        return file;
    }
}
