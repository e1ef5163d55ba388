package nl.openbaar.detection;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import nl.openbaar.detection.model.Category;
import nl.openbaar.detection.model.Finding;
import nl.openbaar.detection.model.Handling;
import nl.openbaar.law.Regime;
import org.junit.jupiter.api.Test;

/** A person named in full and then by surname alone is found both times (issue 11, names that generalise). */
class NamesMentionedAgainTest {

    private static List<Finding> names(String text) {
        return DetectingPersonalData.standard().detect(List.of(TextPages.page(1, text)), DetectionSettings.of(Regime.WOO))
                .findings().stream().filter(f -> f.category() == Category.PERSON_NAME && f.handling() == Handling.REDACT)
                .toList();
    }

    @Test
    void aBareForeignSurnameAfterTheFullNameIsTheSamePerson() {
        List<Finding> found = names("De benedictines Joan Chittister is de enige spreekster. Vrouwen bestuderen de tora, "
                + "zegt Chittister, alleen niet in de kerk. Chittisters boek verschijnt in mei.");
        assertThat(found).extracting(Finding::text).containsExactly("Joan Chittister", "Chittister", "Chittisters");
        assertThat(found.get(2).recognizer()).isEqualTo("name.again");
        assertThat(found.get(2).explanation()).contains("Joan Chittister");
    }

    @Test
    void theInterfixComesAlongWhenItLeadsTheBareSurname() {
        List<Finding> found = names("Springruiter Wout-Jan van der Schans won goud. Van der Schans: het was zwaar.");
        assertThat(found).extracting(Finding::text).contains("Van der Schans");
    }

    @Test
    void withoutAFullNameOnThePageAnUnknownWordStaysUnnamed() {
        assertThat(names("Het rapport over Chittister als merknaam ligt ter inzage.")).extracting(Finding::text)
                .doesNotContain("Chittister als");
        assertThat(names("De gemeente Rosario heeft een haven.")).isEmpty();
    }

    @Test
    void aSurnameAfterAVerbOfSayingOrARoleIsAPerson() {
        assertThat(names("Dit was kwaliteit, sprak bondscoach Eenhoorn zuinig. Het was zwaar, zei Kwartsmeijer.")
                .stream().map(Finding::text).toList()).contains("Eenhoorn", "Kwartsmeijer");
        assertThat(names("Dat meldt PSV-trainer Verhaeren.")).extracting(Finding::text).contains("Verhaeren");
        assertThat(names("Het was zwaar, zei Rotterdam in een verklaring over mei.")).extracting(Finding::text)
                .doesNotContain("Rotterdam");
    }
}
