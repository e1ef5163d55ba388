package nl.openbaar.law;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import nl.openbaar.shared.InvalidInputException;
import org.junit.jupiter.api.Test;

class RuleBaseTest {

    private final RuleBase law = RuleBase.standard();

    @Test
    void deadlineRulesPerRegimeComeFromTheRuleBase() {
        assertThat(law.deadlines(Regime.WOO).decideWeeks()).isEqualTo(4);
        assertThat(law.deadlines(Regime.WOO).extensionWeeks()).isEqualTo(2);
        assertThat(law.deadlines(Regime.WOB).extensionWeeks()).isEqualTo(4);
        assertThat(law.deadlines(Regime.WOB).objectionWeeks()).isEqualTo(6);
        assertThat(law.deadlines(Regime.WOB).dwangsomAppliesBefore()).hasToString("2016-10-01");
        assertThat(law.deadlines(Regime.WOO).dwangsomAppliesBefore()).isNull();
    }

    @Test
    void groundsAreFoundByCodeAndByEveryAlias() {
        assertThat(law.ground(Regime.WOB, "10.2.e")).map(Weigeringsgrond::labelNl).contains("Eerbiediging van de persoonlijke levenssfeer");
        assertThat(law.ground(Regime.WOB, "10.2e")).map(Weigeringsgrond::code).contains("10.2.e");
        assertThat(law.ground(Regime.WOO, "5.1.2.e")).map(Weigeringsgrond::code).contains("5.1.2e");
        assertThat(law.ground(Regime.WOO, "5.1.2 e")).map(Weigeringsgrond::code).contains("5.1.2e");
        assertThat(law.ground(Regime.WOO, "10.2.e")).isEmpty();
        assertThatThrownBy(() -> law.requireGround(Regime.WOO, "9.9", "ground"))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("9.9");
    }

    @Test
    void aGroundCitesItsArticleAsALetterDoes() {
        assertThat(law.ground(Regime.WOB, "10.2.e").orElseThrow().citation())
                .isEqualTo("artikel 10, tweede lid, aanhef en onder e, van de Wob");
        assertThat(law.ground(Regime.WOO, "5.1.2e").orElseThrow().citation())
                .isEqualTo("artikel 5.1, tweede lid, aanhef en onder e, van de Woo");
        assertThat(law.ground(Regime.WOB, "10.2.e").orElseThrow().text()).isEqualTo("de eerbiediging van de persoonlijke levenssfeer;");
    }

    @Test
    void theRegimeFollowsTheDateOfReceipt() {
        assertThat(Regime.forReceivedDate(java.time.LocalDate.of(2022, 4, 30))).isEqualTo(Regime.WOB);
        assertThat(Regime.forReceivedDate(java.time.LocalDate.of(2022, 5, 1))).isEqualTo(Regime.WOO);
        assertThatThrownBy(() -> Regime.parse("wet", "regime")).isInstanceOf(InvalidInputException.class)
                .extracting(e -> ((InvalidInputException) e).field()).isEqualTo("regime");
    }
}
