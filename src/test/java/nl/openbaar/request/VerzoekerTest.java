package nl.openbaar.request;

import static org.assertj.core.api.Assertions.assertThat;

import nl.openbaar.request.model.Verzoeker;
import org.junit.jupiter.api.Test;

/** Which requesters' names detection looks for as a person's name throughout the case. */
class VerzoekerTest {

    private static Verzoeker named(String name) {
        return new Verzoeker(name, null, null, null);
    }

    @Test
    void aPersonsNameIsSearchedFor() {
        assertThat(named("  Sanne de Wit ").personName()).contains("Sanne de Wit");
        assertThat(named("mr. F. Bouzid").personName()).contains("mr. F. Bouzid");
        assertThat(named("Jan Bondt").personName()).contains("Jan Bondt");
    }

    @Test
    void anOrganisationsNameIsNot() {
        assertThat(named("Stichting Digitale Burgerrechten").personName()).isEmpty();
        assertThat(named("Advocatenkantoor De Boer B.V.").personName()).isEmpty();
        assertThat(named("Redactie Trouw").personName()).isEmpty();
        assertThat(named("Gemeente Utrecht").personName()).isEmpty();
        assertThat(named("Coöperatie De Eendracht U.A.").personName()).isEmpty();
        assertThat(named(null).personName()).isEmpty();
    }
}
