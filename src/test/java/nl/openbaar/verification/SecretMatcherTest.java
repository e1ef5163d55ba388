package nl.openbaar.verification;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;
import nl.openbaar.verification.internal.PdfStrings;
import nl.openbaar.verification.internal.SecretMatcher;
import nl.openbaar.verification.model.Secret;
import org.junit.jupiter.api.Test;

class SecretMatcherTest {

    private static Secret secret(String text) {
        return new Secret(1, "naam", text, false);
    }

    @Test
    void findsANameRegardlessOfCaseSpacingAndLineBreaks() {
        SecretMatcher m = new SecretMatcher(List.of(secret("Ingrid van den Heuvel")));
        assertThat(m.foundIn("Kun jij navragen bij INGRID van den\nHeuvel van inkoop?")).hasSize(1);
        assertThat(m.foundIn("Kun jij navragen bij Ingrid van den Heuvelrug?")).isEmpty();
    }

    @Test
    void aNameInsideALongerWordIsNotALeak() {
        SecretMatcher m = new SecretMatcher(List.of(secret("Smit")));
        assertThat(m.foundIn("John Smith schreef")).isEmpty();
        assertThat(m.foundIn("D. Smit schreef")).hasSize(1);
        assertThat(m.foundIn("smit@minbzk.nl")).hasSize(1);
    }

    @Test
    void comparesNumbersWithoutTheirSeparators() {
        SecretMatcher m = new SecretMatcher(List.of(secret("06 - 23 45 67 81"), secret("123456782")));
        assertThat(m.foundIn("bel 06-23456781 na vijven")).hasSize(1);
        assertThat(m.foundIn("BSN 1234.56.782")).hasSize(1);
        assertThat(m.foundIn("zaaknummer 9123456782")).isEmpty();
    }

    @Test
    void toleratesOneMisreadLetterInOcrText() {
        SecretMatcher m = new SecretMatcher(List.of(new Secret(1, "naam", "Ingrid Heuvel", true)));
        assertThat(m.foundInOcr("Verzoek van lngrid Heuve1")).hasSize(1);
        assertThat(m.foundInOcr("Verzoek over Clearview")).isEmpty();
    }

    @Test
    void skipsTextsTooShortToSearchAFileFor() {
        SecretMatcher m = new SecretMatcher(List.of(secret("J."), secret("Daan")));
        assertThat(m.skipped()).isEqualTo(1);
        assertThat(m.size()).isEqualTo(1);
    }

    @Test
    void decodesPdfStringsAsAReaderWouldJoinThem() {
        String pdf = "BT [(Lo) 35 (tte) -250 (Ver) 12 (beek)] TJ ET /Author <FEFF004C006F007400740065> (esc\\141ped \\(x\\))";
        String text = PdfStrings.decode(pdf.getBytes(StandardCharsets.ISO_8859_1));
        assertThat(text).contains("Lotte Verbeek").contains("Lotte").contains("escaped (x)");
    }
}
