package nl.openbaar.detection;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import nl.openbaar.detection.model.DetectionResult;
import nl.openbaar.detection.model.PublicMention;
import nl.openbaar.law.Regime;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Real published decisions whose personal data the ministry already removed: detection proposes nothing to
 * redact there (no false alarms on real government text: letterheads, legal citations, English disclaimers,
 * parliamentary questions) and keeps the public names visible for the right reason.
 */
class PublishedDecisionsTest {

    static String text(String file) throws IOException {
        try (InputStream in = PublishedDecisionsTest.class.getResourceAsStream("/nl/openbaar/detection/published/" + file)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "000-besluit-wob-clearview-jenv.txt|J.W. Schaper",
        "003-besluit-geen-documenten.txt|M.R. Schutink",
        "004-gelakte-mailbundel.txt|Kathalijne Buitenweg",
    })
    void nothingIsProposedAndThePublicNamesStay(String file, String visible) throws IOException {
        DetectionResult r = DetectingPersonalData.standard().detect(List.of(TextPages.page(1, text(file))),
                DetectionSettings.of(Regime.WOB));
        assertThat(r.toRedact()).as(file).isEmpty();
        assertThat(r.publicMentions()).extracting(PublicMention::text).contains(visible);
    }

    @org.junit.jupiter.api.Test
    void membersOfParliamentAreKeptForTheirOffice() throws IOException {
        DetectionResult r = DetectingPersonalData.standard().detect(List.of(TextPages.page(1, text("004-gelakte-mailbundel.txt"))),
                DetectionSettings.of(Regime.WOB));
        assertThat(r.publicMentions()).anySatisfy(m -> {
            assertThat(m.text()).isEqualTo("Kees Verhoeven");
            assertThat(m.reason()).contains("D66");
        });
        assertThat(r.publicMentions()).anySatisfy(m -> {
            assertThat(m.text()).isEqualTo("Buitenweg");
            assertThat(m.reason()).contains("Kamerlid");
        });
    }
}
