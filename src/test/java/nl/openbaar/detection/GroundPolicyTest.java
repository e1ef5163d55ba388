package nl.openbaar.detection;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import nl.openbaar.detection.model.Category;
import nl.openbaar.law.Regime;
import nl.openbaar.law.RuleBase;
import nl.openbaar.shared.InvalidInputException;
import org.junit.jupiter.api.Test;

class GroundPolicyTest {

    @Test
    void everyCategoryHasAGroundOfTheRuleBaseUnderBothRegimes() {
        GroundPolicy p = GroundPolicy.standard();
        for (Regime r : Regime.values()) {
            for (Category c : Category.values()) {
                String code = p.ground(c, r);
                assertThat(RuleBase.standard().ground(r, code)).as(c + " " + r).isPresent();
                p.alternatives(c, r).forEach(a -> assertThat(RuleBase.standard().ground(r, a)).isPresent());
            }
        }
        assertThat(p.ground(Category.PERSON_NAME, Regime.WOO)).isEqualTo("5.1.2e");
        assertThat(p.ground(Category.PERSON_NAME, Regime.WOB)).isEqualTo("10.2.e");
        assertThat(p.ground(Category.BSN, Regime.WOO)).isEqualTo("5.1.1e");
        assertThat(p.ground(Category.BSN, Regime.WOB)).isEqualTo("10.1.d");
        assertThat(p.ground(Category.GROUP_MAILBOX, Regime.WOB)).isEqualTo("10.2.g");
        assertThat(p.ground(Category.POLICY_OPINION, Regime.WOO)).isEqualTo("5.2");
        assertThat(p.ground(Category.POLICY_OPINION, Regime.WOB)).isEqualTo("11.1");
    }

    @Test
    void aCodeOutsideTheRuleBaseIsRejected() {
        assertThatThrownBy(() -> GroundPolicy.standard().with(Category.GROUP_MAILBOX, Regime.WOO, "10.2.g"))
                .isInstanceOf(InvalidInputException.class);
        String bad = "{\"categories\": {\"PERSON_NAME\": {\"woo\": \"5.1.9z\", \"wob\": \"10.2.e\"}}}";
        assertThatThrownBy(() -> GroundPolicy.read(new ByteArrayInputStream(bad.getBytes(StandardCharsets.UTF_8)),
                RuleBase.standard())).hasMessageContaining("5.1.9z");
        assertThat(GroundPolicy.standard().with(Category.GROUP_MAILBOX, Regime.WOO, "5.1.2.e")
                .ground(Category.GROUP_MAILBOX, Regime.WOO)).isEqualTo("5.1.2e");
    }

    @Test
    void theAllowListIsDataWithItsSource() {
        PublicOfficeHolders list = PublicOfficeHolders.standard();
        assertThat(list.source()).contains("rijksoverheid.nl");
        assertThat(list.compiled()).isNotNull();
        assertThat(list.holders()).anyMatch(h -> h.surname().equals("Knops") && h.role().contains("staatssecretaris"));
        assertThat(list.holders()).allMatch(h -> h.from() != null && !h.role().isBlank());
    }
}
