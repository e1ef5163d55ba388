package nl.openbaar.tools.detection;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import nl.openbaar.detection.DetectingPersonalData;
import nl.openbaar.law.Regime;
import org.junit.jupiter.api.Test;

/** The figures of {@code eval public} on documents whose outcome is known. */
class EvaluatingPublicMentionsTest {

    private final EvaluatingPublicMentions eval = new EvaluatingPublicMentions(DetectingPersonalData.standard());

    @Test
    void countsPublicMentionsRedactedAndNamesakesLeftReadable() {
        // a signature name labelled public is redacted (over-redaction); "rutte" in lower case is found by nobody
        LabelledDocument d = LabelledDocument.parse("t.txt", "Wij spraken met {{PUBLIC-ORG:Veiligheidsregio Twente}} en de "
                + "{{PUBLIC-ORG:GGD Twente}}.\n\nMet vriendelijke groet,\n\n{{PUBLIC-PERSON:Jeroen Smits}}\n\n"
                + "Het bericht van [[NAMESAKE:rutte]] kwam later. Ook [[NAME:Lotte Verbeek]] schreef.\n");
        EvaluatingPublicMentions.Score s = eval.score(List.of(d), Regime.WOO);
        assertThat(s.publicTotal()).isEqualTo(3);
        assertThat(s.publicRedacted()).isEqualTo(1);
        assertThat(s.kinds().get("ORG").redacted()).isZero();
        assertThat(s.kinds().get("PERSON").redacted()).isEqualTo(1);
        assertThat(s.overRedaction()).isEqualTo(1.0 / 3);
        assertThat(s.namesakes()).isEqualTo(1);
        assertThat(s.namesakesReadable()).isEqualTo(1);
        assertThat(s.namesakesSilent()).isEqualTo(1);
        assertThat(s.personalTotal()).isEqualTo(1);
        assertThat(s.personalRedacted()).isEqualTo(1);
        assertThat(s.examples()).anyMatch(e -> e.contains("Jeroen Smits") && e.contains("gelakt"));
    }

    @Test
    void aNamesakeInAPrivateRoleIsCountedRedacted() {
        LabelledDocument d = LabelledDocument.parse("t.txt", "Datum: 2 mei 2022\n\nMijn naam is [[NAMESAKE:Mark Rutte]], "
                + "wonende te Zwolle.\n");
        EvaluatingPublicMentions.Score s = eval.score(List.of(d), Regime.WOO);
        assertThat(s.namesakes()).isEqualTo(1);
        assertThat(s.namesakesReadable()).isZero();
        assertThat(s.underRedaction()).isZero();
    }
}
