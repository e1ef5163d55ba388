package nl.openbaar.detection;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import nl.openbaar.detection.model.Category;
import nl.openbaar.detection.model.DetectionResult;
import nl.openbaar.detection.model.Finding;
import nl.openbaar.detection.model.PublicMention;
import nl.openbaar.law.Regime;
import org.junit.jupiter.api.Test;

/**
 * Office holders against the document's date and their role (internal.PublicOffices): a holder named in office stays
 * visible as a public mention; the same name in a private role, or outside the office period, stays a finding.
 */
class PublicOfficesTest {

    private static DetectionResult detect(String text) {
        return DetectingPersonalData.standard().detect(List.of(TextPages.page(1, text)), DetectionSettings.of(Regime.WOO));
    }

    private static DetectionResult detect(String text, DetectionSettings settings, LocalDate date) {
        return DetectingPersonalData.standard().detect(List.of(TextPages.page(1, text)), settings, date);
    }

    private static List<String> redacted(DetectionResult r) {
        return r.toRedact().stream().filter(f -> f.category() == Category.PERSON_NAME).map(Finding::text).toList();
    }

    private static List<String> visible(DetectionResult r) {
        return r.publicMentions().stream().map(PublicMention::text).toList();
    }

    @Test
    void theRegisterHasDatedOfficesFromItsSources() {
        PublicOfficeHolders register = PublicOfficeHolders.standard();
        assertThat(register.holders()).hasSizeGreaterThan(500);
        assertThat(register.source()).contains("ParlaMint-NL", "CC BY 4.0");
        // the hand-compiled supplement closes what the source leaves open
        assertThat(register.holders()).anySatisfy(h -> {
            assertThat(h.name()).isEqualTo("Mark Rutte");
            assertThat(h.role()).startsWith("minister-president");
            assertThat(h.until()).isEqualTo(LocalDate.of(2024, 7, 2));
        });
        assertThat(register.holders()).filteredOn(h -> h.name().equals("Mark Rutte") && h.role().startsWith("minister-president"))
                .hasSize(1);
    }

    @Test
    void aMinisterNamedInOfficeOnTheDocumentsDateStaysVisible() {
        DetectionResult r = detect("Datum 12 maart 2021\n\nHet overleg met Ferd Grapperhaus en Sigrid Kaag is verplaatst.");
        assertThat(redacted(r)).isEmpty();
        assertThat(visible(r)).contains("Ferd Grapperhaus", "Sigrid Kaag");
        assertThat(r.publicMentions()).anySatisfy(m -> assertThat(m.reason()).contains("register", "2021-03-12"));
    }

    @Test
    void theSameNameBeforeTheOfficeBeganIsNotKeptByTheRegister() {
        DetectionResult r = detect("Datum: 3 februari 2012\n\nIn 2011 adviseerde Ferd Grapperhaus de vakbond over het akkoord.");
        assertThat(redacted(r)).containsExactly("Ferd Grapperhaus");
        assertThat(r.toRedact()).anySatisfy(f -> assertThat(f.explanation()).contains("buiten de ambtsperiode"));
    }

    @Test
    void theDateGivenByTheCallerCountsWhenTheTextGivesNone() {
        String text = "Het overleg met Ferd Grapperhaus is verplaatst.";
        assertThat(redacted(detect(text, DetectionSettings.of(Regime.WOO), LocalDate.of(2019, 5, 1)))).isEmpty();
        assertThat(redacted(detect(text, DetectionSettings.of(Regime.WOO), LocalDate.of(2010, 5, 1)))).containsExactly("Ferd Grapperhaus");
    }

    @Test
    void anOfficeInContextKeepsANameTheRegisterLacks() {
        DetectionResult r = detect("Datum 4 november 2020\n\nAanwezig: Hubert Bruls (voorzitter, burgemeester van Nijmegen), "
                + "wethouder Marjolein Moorman en Kamerlid Jesse Klaver (GroenLinks).");
        assertThat(visible(r)).contains("Hubert Bruls", "Marjolein Moorman", "Jesse Klaver");
        assertThat(redacted(r)).isEmpty();
    }

    @Test
    void aNamesakeWithAHomeAddressOrAPrivateMailboxIsRedactedAndSaysWhy() {
        DetectionResult r = detect("Mark Rutte\nDorpsstraat 14\n8011 AB Zwolle\nmarkrutte1968@hotmail.com\n\nZwolle, 2 mei 2022\n\n"
                + "Geachte heer, mevrouw,\n\nMijn naam is Mark Rutte, ik verzoek u om alle documenten.\n\nMet vriendelijke groet,\n\nMark Rutte\n");
        assertThat(visible(r)).doesNotContain("Mark Rutte");
        assertThat(redacted(r)).containsOnly("Mark Rutte").hasSize(3);
        assertThat(r.toRedact()).filteredOn(f -> f.category() == Category.PERSON_NAME)
                .allSatisfy(f -> assertThat(f.explanation()).contains("naamgenoot van Mark Rutte", "privérol"));
    }

    @Test
    void theRequesterIsNeverTheMinisterOfTheSameName() {
        DetectionSettings settings = DetectionSettings.of(Regime.WOO);
        settings.register().addPerson("Sigrid Kaag", "verzoeker");
        DetectionResult r = detect("Datum 1 juni 2021\n\nOp 3 mei ontvingen wij het verzoek van Sigrid Kaag.", settings, null);
        assertThat(redacted(r)).containsExactly("Sigrid Kaag");
    }

    @Test
    void aCommonSurnameAloneIsNobodyInParticularButARareOneIsTheMinisters() {
        // Sander Dekker was minister in 2020, but "Dekker" alone is one of the most frequent surnames
        assertThat(visible(detect("Datum 1 juni 2020\n\nMevrouw Dekker belde over de aanvraag."))).doesNotContain("Dekker");
        assertThat(visible(detect("Datum 1 juni 2020\n\nGrapperhaus belde over de aanvraag."))).contains("Grapperhaus");
    }

    @Test
    void aSurnameFirstNamedAsAnOfficeHolderStaysPublicFurtherOn() {
        // Pietersma is in no register: the office before the full name makes the later "de heer Pietersma" public too
        DetectionResult r = detect("Datum 4 november 2020\n\nWethouder Jan Pietersma opent. Later vraagt de heer Pietersma naar de handhaving.");
        assertThat(visible(r)).contains("Jan Pietersma", "Pietersma");
        assertThat(redacted(r)).isEmpty();
    }
}
