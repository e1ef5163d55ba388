package nl.openbaar.pipeline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import nl.openbaar.detection.model.Category;
import nl.openbaar.detection.model.Finding;
import nl.openbaar.detection.model.Handling;
import nl.openbaar.shared.layout.Box;
import nl.openbaar.shared.layout.PageArea;
import nl.openbaar.shared.layout.PageRange;
import org.junit.jupiter.api.Test;

/** Only sure findings are accepted without a person; the threshold is the setting openbaar.review.accept-unattended-from. */
class UnattendedAcceptanceTest {

    private static Finding finding(Category c, double score, Handling h) {
        return new Finding(List.of(new PageRange(1, 0, 10)), "Kerkstraat 8", List.of(new PageArea(1, new Box(72, 100, 60, 12))), c, score,
                "address", "5.1.2e", h, null, "straat + huisnummer");
    }

    private static ProposingForReview proposing(double from) {
        return new ProposingForReview(null, null, null, null, from);
    }

    @Test
    void anAddressWithoutAPostcodeWaitsForAPersonAndAnEmailAddressDoesNot() {
        ProposingForReview standard = proposing(0.9);
        assertThat(standard.sure(finding(Category.STREET_ADDRESS, 0.7, Handling.REDACT))).isFalse();
        assertThat(standard.sure(finding(Category.EMAIL_LOCAL_PART, 0.95, Handling.REDACT))).isTrue();
        assertThat(standard.sure(finding(Category.PERSON_NAME, 0.99, Handling.REVIEW))).isFalse();
        // The setting moves the line: 0 accepts all that detection would redact, 1 leaves everything to a person.
        assertThat(proposing(0).sure(finding(Category.STREET_ADDRESS, 0.7, Handling.REDACT))).isTrue();
        assertThat(proposing(1).sure(finding(Category.EMAIL_LOCAL_PART, 0.95, Handling.REDACT))).isFalse();
        assertThatThrownBy(() -> proposing(1.5)).isInstanceOf(IllegalArgumentException.class);
    }
}
