package nl.openbaar.letter;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.HashMap;
import java.util.Map;
import nl.openbaar.law.Regime;
import nl.openbaar.letter.compose.DefaultTexts;
import nl.openbaar.letter.model.Template;
import nl.openbaar.letter.model.TextCatalogue;
import nl.openbaar.shared.InvalidInputException;
import org.junit.jupiter.api.Test;

/** The text format an administrator edits, the layering, and the filling of places. */
class TextCatalogueTest {

    @Test
    void parsesKeysParagraphsCommentsAndRegimeVariants() {
        TextCatalogue c = TextCatalogue.parse("""
                # comment
                [groet]
                Met vriendelijke groet,

                [besluit.dwangsom@wob]
                Wob-tekst
                regel twee

                tweede alinea
                [besluit.dwangsom]
                Algemeen
                """, "test");
        assertThat(c.get("besluit.dwangsom", Regime.WOB)).isEqualTo("Wob-tekst\nregel twee\n\ntweede alinea");
        assertThat(c.get("besluit.dwangsom", Regime.WOO)).isEqualTo("Algemeen");
        assertThat(c.get("groet", Regime.WOO)).isEqualTo("Met vriendelijke groet,");
    }

    @Test
    void aLaterLayerReplacesKeysAndRemembersWhereATextCameFrom() {
        TextCatalogue base = DefaultTexts.catalogue();
        TextCatalogue layered = base.overriddenBy(TextCatalogue.of(Map.of("afzender.organisatie", "Gemeente Voorbeeldstad"), "beheer"));
        assertThat(layered.get("afzender.organisatie", Regime.WOO)).isEqualTo("Gemeente Voorbeeldstad");
        assertThat(layered.origin("afzender.organisatie")).isEqualTo("beheer");
        assertThat(layered.origin("groet")).isEqualTo("standaard:algemeen.txt");
    }

    @Test
    void badFilesAreRefusedWithTheLine() {
        assertThatThrownBy(() -> TextCatalogue.parse("tekst zonder sleutel\n[a]\nb", "x.txt"))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("regel 1");
        assertThatThrownBy(() -> TextCatalogue.parse("[a]\nb\n[a]\nc", "x.txt"))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("twee keer");
        assertThatThrownBy(() -> TextCatalogue.parse("[Hoofdletters Fout]\nb", "x.txt"))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("geen geldige sleutel");
    }

    @Test
    void optionalPartsAppearOnlyWithAllTheirValues() {
        Map<String, String> v = new HashMap<>();
        v.put("datum", "25 juni 2021");
        v.put("briefkenmerk", null);
        String t = "Bij brief van {datum}[[ (met kenmerk {briefkenmerk})]] heb ik";
        assertThat(Template.fill(t, v, "k")).isEqualTo("Bij brief van 25 juni 2021 heb ik");
        v.put("briefkenmerk", "3405378");
        assertThat(Template.fill(t, v, "k")).isEqualTo("Bij brief van 25 juni 2021 (met kenmerk 3405378) heb ik");
    }

    @Test
    void anUnknownPlaceIsAnErrorNamingTheText() {
        assertThatThrownBy(() -> Template.fill("Op {datm}", Map.of("datum", "x"), "procedure.ontvangen"))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.describe())
                        .contains("[procedure.ontvangen]").contains("{datm}").contains("{datum}"));
    }

    @Test
    void everyDefaultTextParsesAndEveryDecisionVariantHasItsText() {
        TextCatalogue c = DefaultTexts.catalogue();
        for (String key : new String[] {"besluit.openbaar", "besluit.deels-openbaar", "besluit.niet-openbaar", "besluit.reeds-openbaar",
            "besluit.geen-documenten", "ontvangstbevestiging.tekst", "verdaging.tekst", "doorzending.tekst", "zienswijze.tekst"}) {
            assertThat(c.find(key, Regime.WOO)).as(key).isPresent();
            assertThat(c.find(key, Regime.WOB)).as(key).isPresent();
        }
        assertThat(c.find("overweging.algemeen", Regime.WOO).orElseThrow()).contains("artikel 1.1 van de Woo");
        assertThat(c.find("overweging.algemeen", Regime.WOB).orElseThrow()).contains("artikel 3, vijfde lid, van de Wob");
    }
}
