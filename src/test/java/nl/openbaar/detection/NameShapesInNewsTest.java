package nl.openbaar.detection;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import nl.openbaar.detection.model.Category;
import nl.openbaar.detection.model.Finding;
import nl.openbaar.detection.model.Handling;
import nl.openbaar.law.Regime;
import org.junit.jupiter.api.Test;

/**
 * Names as news writes them (issue 11, names that generalise): a nationality or role in front is no part of the
 * name, a capital "Van" mid-sentence opens a surname, a cue confirms an unsure name, and a place is no person.
 */
class NameShapesInNewsTest {

    private static List<Finding> all(String text) {
        return DetectingPersonalData.standard().detect(List.of(TextPages.page(1, text)), DetectionSettings.of(Regime.WOO))
                .findings().stream().filter(f -> f.category() == Category.PERSON_NAME).toList();
    }

    private static List<String> redacted(String text) {
        return all(text).stream().filter(f -> f.handling() == Handling.REDACT).map(Finding::text).toList();
    }

    @Test
    void aNationalityOrRoleInFrontIsNoPartOfTheName() {
        assertThat(redacted("Het verschil was miniem, 0,07 punt op de Duitser Beerbaum, maar hanteerbaar."))
                .containsExactly("Beerbaum");
        assertThat(redacted("Bondscoach Louis van Gaal stelde gisteren vier verdedigers op."))
                .containsExactly("Louis van Gaal");
        assertThat(redacted("Mauresmo won onverwacht van de Thaise Tanasugarn in drie sets.")).contains("Tanasugarn");
    }

    @Test
    void aNationalityBeforeANeuterNounNamesNoPerson() {
        assertThat(redacted("Het Letse Liepajas Metalurgs won de beker.")).isEmpty();
    }

    @Test
    void thePrepositionVanBeforeANameThatStartsByItselfIsLeftOut() {
        assertThat(redacted("Springruiter Wout-Jan van der Schans won goud. De droom van Van der Schans kwam uit."))
                .containsExactly("Wout-Jan van der Schans", "Van der Schans");
        assertThat(redacted("Hij las het rapport van mevrouw van Dijk.")).containsExactly("van Dijk");
    }

    @Test
    void aCapitalVanMidSentenceOpensASurnameEvenBeforeAnOrdinaryWord() {
        assertThat(redacted("Na een fout van Van Dieren kwam het team op achterstand; Van der Vaart scoorde."))
                .contains("Van Dieren", "Van der Vaart");
    }

    @Test
    void aRoleConfirmsAnUnsureName() {
        assertThat(redacted("De spelmaker speelde kort achter spits Eikelboom en aanvoerder Delmee in de verdediging."))
                .contains("Eikelboom", "Delmee");
    }

    @Test
    void aPlaceAfterInOrNaarIsNoPersonEvenWhenItIsAFirstName() {
        assertThat(all("Vorig jaar op de Olympische Spelen in Sydney vloog de ploeg eruit; de finale was in Rosario."))
                .isEmpty();
        // a first name that is also a place stays a name without a place preposition
        assertThat(redacted("De wedstrijd werd gefloten door scheidsrechter Martin.")).containsExactly("Martin");
        assertThat(redacted("Dat heeft Florence Jansen gisteren gezegd.")).containsExactly("Florence Jansen");
    }
}
