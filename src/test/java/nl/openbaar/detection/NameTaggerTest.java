package nl.openbaar.detection;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import nl.openbaar.detection.model.Category;
import nl.openbaar.detection.model.DetectionResult;
import nl.openbaar.detection.model.Finding;
import nl.openbaar.detection.model.Handling;
import nl.openbaar.detection.internal.Lexicon;
import nl.openbaar.detection.internal.NameTagger;
import nl.openbaar.detection.internal.NameTaggerTrainer;
import nl.openbaar.detection.internal.Tokens;
import nl.openbaar.law.Regime;
import nl.openbaar.shared.layout.PageLayout;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The statistical name tagger: shipped, combined with the rules, reproducible to train. */
class NameTaggerTest {

    private static DetectionResult detect(DetectingPersonalData d, String text) {
        return d.detect(List.of(TextPages.page(1, text)), DetectionSettings.of(Regime.WOO));
    }

    private static List<String> names(DetectionResult r) {
        return r.findings().stream().filter(f -> f.category() == Category.PERSON_NAME && f.handling() == Handling.REDACT)
                .map(Finding::text).toList();
    }

    @Test
    void theShippedModelFindsSurnamesAloneThatNoRuleFinds() {
        String text = "De motie van Brekelmans en Zoutendijk werd dinsdag aangenomen.";
        assertThat(names(detect(DetectingPersonalData.rulesOnly(), text))).isEmpty();
        DetectionResult r = detect(DetectingPersonalData.standard(), text);
        assertThat(names(r)).containsExactly("Brekelmans", "Zoutendijk");
        Finding f = r.findings().get(0);
        assertThat(f.recognizer()).isEqualTo("name.tagger");
        assertThat(f.explanation()).contains("naammodel");
        assertThat(f.ground()).isEqualTo("5.1.2e");
        assertThat(DetectingPersonalData.standard().hasNameModel()).isTrue();
    }

    @Test
    void organisationsAndOrdinaryCapitalisedWordsStay() {
        String text = "Analisten van ING en ABN AMRO verwachten dat de rente stijgt. Prima. Kun jij de "
                + "directie Informatiehuishouding bellen? Het Openbaar Ministerie in Den Haag onderzoekt de zaak.";
        assertThat(names(detect(DetectingPersonalData.standard(), text))).isEmpty();
    }

    @Test
    void aPublicOfficeHolderTheTaggerFindsStaysVisible() {
        DetectionResult r = detect(DetectingPersonalData.standard(), "Ook minister Zoutendijk en Kamerlid Brekelmans (VVD) stemden tegen.");
        assertThat(names(r)).isEmpty(); // neither is redacted
        assertThat(r.publicMentions()).extracting(m -> m.text()).contains("Brekelmans");
        assertThat(names(detect(DetectingPersonalData.standard(), "Ook Brekelmans (VVD) stemde tegen."))).isEmpty();
    }

    @Test
    void aNameTheTaggerIsSureOfIsFoundEverywhereInTheCase() {
        Map<String, List<PageLayout>> docs = new LinkedHashMap<>();
        docs.put("1", List.of(TextPages.page(1, "De roman van Kwabena Brekelmans-Owusu werd lovend besproken.")));
        docs.put("2", List.of(TextPages.page(1, "Volgens Brekelmans-Owusu is het boek af.")));
        Map<String, DetectionResult> r = DetectingPersonalData.standard().detectCase(docs, DetectionSettings.of(Regime.WOO));
        assertThat(names(r.get("1"))).containsExactly("Kwabena Brekelmans-Owusu");
        assertThat(names(r.get("2"))).containsExactly("Brekelmans-Owusu");
    }

    @Test
    void theRulesNameGrowsToTheWholeNameTheTaggerSees() {
        // the rules find "Jeroen"; the tagger sees "Jeroen P." as one name (a suspect as the press writes one)
        String text = "De rechtbank in Zwolle heeft Jeroen P. veroordeeld tot een taakstraf.";
        assertThat(names(detect(DetectingPersonalData.rulesOnly(), text))).containsExactly("Jeroen");
        assertThat(names(detect(DetectingPersonalData.standard(), text))).containsExactly("Jeroen P.");
    }

    @Test
    void aModelSurvivesWritingAndReadingAndABadFileIsRefused() throws IOException {
        NameTagger shipped = NameTagger.standard();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        shipped.write(out);
        NameTagger copy = NameTagger.read(new ByteArrayInputStream(out.toByteArray()));
        Tokens t = Tokens.of("Van: Verbeek, Lotte\nHoi Daan, volgens mevrouw Öztürk en D.J. van den Heuvel klopt het.", Lexicon.standard());
        assertThat(copy.tag(t)).isEqualTo(shipped.tag(t));
        assertThat(shipped.tag(t)).extracting(n -> t.text.substring(n.start(), n.end()))
                .contains("Verbeek, Lotte", "Öztürk", "D.J. van den Heuvel");
        ByteArrayOutputStream junk = new ByteArrayOutputStream();
        try (var gz = new java.util.zip.GZIPOutputStream(junk)) {
            gz.write("geen model".getBytes());
        }
        assertThatThrownBy(() -> NameTagger.read(new ByteArrayInputStream(junk.toByteArray()))).isInstanceOf(IOException.class);
        assertThatThrownBy(() -> NameTagger.read(new ByteArrayInputStream(new byte[] {1, 2, 3}))).isInstanceOf(IOException.class);
    }

    @Test
    void trainerMarksNamesOnTheTaggersTokens() {
        // a display name with its comma, an initial's full stop kept, the title left out
        NameTaggerTrainer.Example e = new NameTaggerTrainer.Example("Aan: Verbeek, Lotte; mr. D.J. Smit.",
                List.of(new int[] {5, 19}, new int[] {25, 34}));
        NameTaggerTrainer.Result r = new NameTaggerTrainer(Lexicon.standard(), 12).train(List.of(e), List.of(e), 1, 1);
        assertThat(r.names()).isEqualTo(2);
        assertThat(r.unreachable()).isZero();
    }
}
