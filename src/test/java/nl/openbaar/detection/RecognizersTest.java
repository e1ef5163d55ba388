package nl.openbaar.detection;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import nl.openbaar.detection.model.Category;
import nl.openbaar.detection.model.Finding;
import nl.openbaar.law.Regime;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Each recognizer on the forms people write, and on the look-alikes it must leave alone. */
class RecognizersTest {

    static List<Finding> redact(String text) {
        return DetectingPersonalData.standard().detect(List.of(TextPages.page(1, text)), DetectionSettings.of(Regime.WOO))
                .toRedact();
    }

    static List<String> found(String text, Category c) {
        return redact(text).stream().filter(f -> f.category() == c).map(Finding::text).toList();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "Zijn BSN is 999999990.|999999990",
        "burgerservicenummer: 1112.22.333|1112.22.333",
        "sofinummer 111 222 333 bekend|111 222 333",
    })
    void bsnPassingTheElfproefIsFound(String text, String bsn) {
        assertThat(found(text, Category.BSN)).containsExactly(bsn);
    }

    @Test
    void aPostcodeWrittenWithoutItsSpaceIsNoTitleBeforeTheCity() {
        // "2721MR Amersfoort" read as "mr. Amersfoort" redacted the city in one document and left it everywhere else
        assertThat(found("wonende aan de Wilhelminapark 397 te 2721MR Amersfoort, geboren op 13-01-1973", Category.PERSON_NAME)).isEmpty();
        assertThat(found("wonende aan de Wilhelminapark 397 te 2721MR Amersfoort", Category.POSTCODE)).containsExactly("2721MR");
        // the title itself still opens a name
        assertThat(found("Namens cliënt schrijft mr. Amersfoort het volgende.", Category.PERSON_NAME)).containsExactly("Amersfoort");
    }

    @Test
    void bsnLookAlikesAreNot() {
        assertThat(found("BSN 999999991 (elfproef faalt), 000000000, kenmerk 1234567890123", Category.BSN)).isEmpty();
        assertThat(found("bedrag 99999999,0 euro", Category.BSN)).isEmpty();
    }

    @Test
    void ibanWithValidCheckDigitsOnly() {
        assertThat(found("Rekening NL91 ABNA 0417 1643 00 of NL91ABNA0417164300.", Category.IBAN))
                .containsExactly("NL91 ABNA 0417 1643 00", "NL91ABNA0417164300");
        assertThat(found("Rekening NL91 ABNA 0417 1643 01.", Category.IBAN)).isEmpty();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "bel 06-12345678 morgen|06-12345678",
        "T: +31 (0)20 123 4567|+31 (0)20 123 4567",
        "tel. 070 - 426 77 88.|070 - 426 77 88",
        "mobiel 0612345678|0612345678",
        "vanuit het buitenland 0031 6 12345678|0031 6 12345678",
        "Belgisch nummer +32 2 123 45 67|+32 2 123 45 67",
    })
    void phoneNumbersInTheirUsualForms(String text, String number) {
        assertThat(found(text, Category.PHONE_NUMBER)).containsExactly(number);
    }

    @Test
    void datesAmountsAndServiceNumbersAreNoPhoneNumbers() {
        assertThat(found("Op 04-03-2020 om 10.00 uur; bedrag 1.234.567,89; kenmerk 2021-0000598812; bel 0800-1234567"
                + " of 0900 1234567; Postbus 20011", Category.PHONE_NUMBER)).isEmpty();
    }

    @Test
    void postcodesAndStreetAddresses() {
        assertThat(found("Wonende Kerkstraat 8, 1017 GM Amsterdam", Category.STREET_ADDRESS)).containsExactly("Kerkstraat 8");
        assertThat(found("Wonende Kerkstraat 8, 1017 GM Amsterdam", Category.POSTCODE)).containsExactly("1017 GM");
        assertThat(found("aan de Laan van Meerdervoort 12-14 en Prinses Beatrixlaan 112a", Category.STREET_ADDRESS))
                .containsExactly("Laan van Meerdervoort 12-14", "Prinses Beatrixlaan 112a");
        assertThat(found("Het Weg 12 rapport", Category.STREET_ADDRESS)).isEmpty();
        // the organisation's own address next to its Postbus is public
        assertThat(redact("Turfmarkt 147 | 2511 DP | Den Haag\nPostbus 20301 | 2500 EH | Den Haag")).isEmpty();
        // "1000 SS" is never issued; lower-case letters are no postcode
        assertThat(found("tussen 1000 SS en 2000 ab", Category.POSTCODE)).isEmpty();
    }

    @Test
    void dateOfBirthOnlyWithContext() {
        assertThat(found("geboren op 12 maart 1961 te Delft", Category.DATE_OF_BIRTH)).containsExactly("12 maart 1961");
        assertThat(found("Geboortedatum: 03-11-1988", Category.DATE_OF_BIRTH)).containsExactly("03-11-1988");
        assertThat(found("De vergadering van 12 maart 2020 is verplaatst.", Category.DATE_OF_BIRTH)).isEmpty();
    }

    @Test
    void licencePlatesInRdwSideCodes() {
        assertThat(found("kenteken 52-XKB-7 en AB-12-CD en 1-KBB-23", Category.LICENCE_PLATE))
                .containsExactly("52-XKB-7", "AB-12-CD", "1-KBB-23");
        assertThat(found("artikel 5-1-2 en WOB-2021-12 en AB-CD-EF", Category.LICENCE_PLATE)).isEmpty();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "Graag overleg met mevrouw Van der Linden hierover.|Van der Linden",
        "Namens de heer Th. Vermeulen schrijf ik u.|Th. Vermeulen",
        "Aanwezig: Willemijn Hoekstra-de Graaf (AP)|Willemijn Hoekstra-de Graaf",
        "Dit is besproken met Joost van 't Hek en anderen.|Joost van 't Hek",
        "Ook mw. drs. A.B. de Vries-Jansen was er.|A.B. de Vries-Jansen",
        "Hallo Sanne, hoe gaat het?|Sanne",
        "Contact: Mohamed Ouali of een collega.|Mohamed Ouali",
    })
    void personNamesTheDutchWay(String text, String name) {
        assertThat(found(text, Category.PERSON_NAME)).containsExactly(name);
    }

    @Test
    void capitalisedOrdinaryWordsOrganisationsAndDaysAreNoNames() {
        assertThat(found("Heb je het NOS-bericht gezien? Volgens de Autoriteit Persoonsgegevens moet de Directie "
                + "Digitale Overheid op Maandag 3 Jan 2020 reageren. Clearview AI en de Staat der Nederlanden.",
                Category.PERSON_NAME)).isEmpty();
    }

    @Test
    void publicOfficeHoldersStayVisibleByListAndByContext() {
        String text = "Staatssecretaris Raymond Knops en minister Grapperhaus spraken met GroenLinks-kamerlid "
                + "Kathalijne Buitenweg en Kees Verhoeven van D66; ook wethouder Pietje Puk was er.";
        var r = DetectingPersonalData.standard().detect(List.of(TextPages.page(1, text)), DetectionSettings.of(Regime.WOO));
        assertThat(r.toRedact()).isEmpty();
        assertThat(r.publicMentions()).extracting(m -> m.text()).contains("Raymond Knops", "Kathalijne Buitenweg",
                "Kees Verhoeven", "Pietje Puk");
        // a civil servant who shares a minister's surname is redacted
        assertThat(found("Vraag het Jan Knops van de afdeling inkoop.", Category.PERSON_NAME)).containsExactly("Jan Knops");
    }

    @Test
    void personalEmailVersusGroupMailbox() {
        String text = "Mail naar info@gemeente.nl, woo-verzoeken@minbzk.nl, j.dejong@minbzk.nl of x7q2@example.com";
        assertThat(found(text, Category.GROUP_MAILBOX)).containsExactly("info", "woo-verzoeken");
        assertThat(found(text, Category.EMAIL_LOCAL_PART)).containsExactly("j.dejong", "x7q2");
    }
}
