package nl.openbaar.detection;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import nl.openbaar.detection.model.Category;
import nl.openbaar.detection.model.DetectionResult;
import nl.openbaar.detection.model.Finding;
import nl.openbaar.law.Regime;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * What is no personal data stays readable: organisations (internal.OrganisationRecognizer), an organisation's own
 * contact data (internal.OrganisationContactRecognizer), headings and timestamps (internal.HeadingAndTimeRecognizer),
 * dropped from the findings by internal.OverlapResolver.suppressPublic.
 */
class PublicOrganisationsTest {

    private static DetectionResult detect(String text) {
        return DetectingPersonalData.standard().detect(List.of(TextPages.page(1, text)), DetectionSettings.of(Regime.WOO));
    }

    private static List<String> redacted(String text) {
        return detect(text).toRedact().stream().map(Finding::text).toList();
    }

    @ParameterizedTest
    @ValueSource(strings = {"Vermeulen Groep B.V.", "Janssen Holding", "De Vries Beheer B.V.", "Van der Meer & Zn. V.O.F.",
        "Veiligheidsregio Hollands Midden", "Veiligheidsregio Gooi en Vechtstreek", "GGD Hart voor Brabant", "RIVM",
        "Politie Eenheid Den Haag", "gemeente Alphen aan den Rijn", "Waterschap Rivierenland", "Clearview AI",
        "Directie Wetgeving en Juridische Zaken", "Capgemini Nederland B.V."})
    void organisationsAreNoPersonalData(String organisation) {
        String text = "Van: Pieter Bakker <p.bakker@minjenv.nl>\n\nWij spraken gisteren met " + organisation + " over de planning.\n";
        List<String> found = redacted(text);
        assertThat(found).contains("Pieter Bakker");
        assertThat(found).allSatisfy(f -> assertThat(organisation).doesNotContain(f));
    }

    @Test
    void aPersonNextToACompanyStaysAPerson() {
        List<String> found = redacted("Beste heer Vermeulen,\n\nDank voor de offerte van Vermeulen Groep B.V. Ik sprak met Jan Jansen "
                + "van Vermeulen Groep.\n");
        assertThat(found).contains("Vermeulen", "Jan Jansen").doesNotContain("Vermeulen Groep", "Vermeulen Groep B.V.");
    }

    @Test
    void aOneWordCompanyThatIsAlsoASurnameIsAPersonAfterATitle() {
        assertThat(redacted("Ik belde met mevrouw Heijmans over de aanbesteding van Heijmans.")).containsExactly("Heijmans");
    }

    @Test
    void theChamberOfCommerceNumberIsTheCompanys() {
        assertThat(redacted("Accenture B.V. (KvK 30102486) begeleidde de test.")).isEmpty();
    }

    @Test
    void aLetterheadsAddressPostcodeSwitchboardAndWebsiteStay() {
        String letterhead = "Ministerie van Justitie en Veiligheid\nTurfmarkt 147\n2511 DP Den Haag\nPostbus 20301\n2500 EH Den Haag\n"
                + "T 070 370 79 11\nwww.rijksoverheid.nl/jenv\n\nDatum 12 maart 2021\n";
        assertThat(redacted(letterhead)).isEmpty();
    }

    @Test
    void aSignaturesMobileAndDirectNumberStayPersonalUnderTheMinistrysAddress() {
        List<String> found = redacted("Met vriendelijke groet,\n\nPieter Bakker\nSenior beleidsmedewerker\n"
                + "Ministerie van Justitie en Veiligheid\nTurfmarkt 147 | 2511 DP | Den Haag\nPostbus 20301 | 2500 EH | Den Haag\n"
                + "T 070-370 1234\nM 06-87654321\n");
        assertThat(found).contains("Pieter Bakker", "070-370 1234", "06-87654321").doesNotContain("Turfmarkt 147", "2511 DP");
    }

    @Test
    void aPersonsAddressAtTheirOwnFirmStaysPersonal() {
        List<String> found = redacted("Aan: Mw. mr. E.J.M. Kuijpers-van Leeuwen\nAdvocatenkantoor Kuijpers & Partners\nStationsweg 41\n"
                + "2515 BM Den Haag\n");
        assertThat(String.join(" | ", found)).contains("Stationsweg 41", "2515 BM");
    }

    @Test
    void aMunicipalitysNumberAndAnOrganisationsAddressOnOneLineStay() {
        assertThat(redacted("De receptie van het stadhuis is bereikbaar op 14 030.")).isEmpty();
        assertThat(redacted("Locatie: Ministerie van Justitie en Veiligheid, Turfmarkt 147, 2511 DP Den Haag")).isEmpty();
    }

    @Test
    void aPrivateAddressBlockIsNoLetterhead() {
        assertThat(String.join(" | ", redacted("Jeroen Smits\nKerkstraat 12\n3512 AB Utrecht\n"))).contains("Jeroen Smits", "Kerkstraat 12",
                "3512 AB");
    }

    @Test
    void headingsAreNoStreetAddresses() {
        assertThat(detect("Vraag 1\nIs het bericht juist?\n\nAntwoord 1\nJa.\n\nBijlage 2: overzicht").findings())
                .noneMatch(f -> f.category() == Category.STREET_ADDRESS || f.category() == Category.POSTCODE);
        assertThat(detect("Vraag 1\nIs het bericht juist?\n\nAntwoord 1\nJa.\n\nBijlage 2: overzicht").publicMentions()).isEmpty();
    }

    @Test
    void chatTimestampsAreNoPhoneNumbers() {
        DetectionResult r = detect("[12-03-2021 09:15] Lotte Verbeek: zie bijlage\n14-04-2020 08:02 - Daan de Wit: prima\n10:42 ok\n");
        assertThat(r.toRedact()).extracting(Finding::category).containsOnly(Category.PERSON_NAME);
        assertThat(r.toRedact()).extracting(Finding::text).containsExactlyInAnyOrder("Lotte Verbeek", "Daan de Wit");
    }

    @Test
    void aNameInsideAnOrganisationIsReportedAsPublicWithTheReason() {
        DetectionResult r = detect("Wij spraken met Veiligheidsregio Gooi en Vechtstreek.");
        assertThat(r.toRedact()).isEmpty();
        assertThat(r.publicMentions()).allSatisfy(m -> assertThat(m.reason()).contains("organisatie"));
    }
}
